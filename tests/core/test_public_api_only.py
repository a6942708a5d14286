"""Our code uses only the documented names of Django, django-csp and every other library.

A name that starts with an underscore, or an undocumented request.META key, breaks silently on an
upgrade (STYLE.md, habit 15). This walks our own source, not the tests and not migrations.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
OURS = ("core", "careerguide", "skills", "pathways", "progress", "accounts", "bench", "deploy")
UNDOCUMENTED_META_KEYS = {"CSRF_COOKIE", "CSRF_COOKIE_NEEDS_UPDATE"}
# Underscored, yet documented: the Model _meta API, and the default and base managers.
DOCUMENTED = {"_meta", "_default_manager", "_base_manager"}


def _private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__")) and name not in DOCUMENTED


def _ours(module: str) -> bool:
    return module.split(".")[0] in OURS


def problems(source: str) -> list[str]:
    """What in source reaches past a library's documented names."""
    found, modules = [], {}
    tree = ast.parse(source)
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if _private(alias.name.split(".")[-1]):
                    found.append(f"line {node.lineno}: import {alias.name}")
                if not _ours(alias.name):
                    modules[alias.asname or alias.name.split(".")[0]] = alias.name
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            for alias in node.names:
                if _private(alias.name):
                    found.append(f"line {node.lineno}: from {node.module} import {alias.name}")
                elif not _ours(node.module):  # a module, a class or a function of a library
                    modules[alias.asname or alias.name] = f"{node.module}.{alias.name}"
        elif isinstance(node, ast.Constant) and node.value in UNDOCUMENTED_META_KEYS:
            found.append(f"line {node.lineno}: the undocumented request.META key {node.value!r}")
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and _private(node.attr):
            base = node.value
            while isinstance(base, ast.Attribute):
                base = base.value
            if isinstance(base, ast.Name) and base.id in modules:
                found.append(f"line {node.lineno}: {ast.unparse(node)} (in {modules[base.id]})")
        elif isinstance(node, ast.ClassDef):
            found += _inherited_private_names(node, modules)
    return found


def _inherited_private_names(cls: ast.ClassDef, modules: dict[str, str]) -> list[str]:
    """self._name in a subclass of a library's class, where the subclass does not define _name."""
    library_bases = [ast.unparse(base) for base in cls.bases if ast.unparse(base).split(".")[0] in modules]
    if not library_bases:
        return []
    own = {item.name for item in cls.body if isinstance(item, ast.FunctionDef | ast.ClassDef)}
    for node in ast.walk(cls):
        if isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store):
            own.add(node.attr)
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            own.add(node.id)
    return [
        f"line {node.lineno}: {ast.unparse(node)} (from {', '.join(library_bases)})"
        for node in ast.walk(cls)
        if isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Name)
        and node.value.id in ("self", "cls", "super")
        and _private(node.attr)
        and node.attr not in own
    ]


def our_source() -> list[Path]:
    files = []
    for top in OURS:
        for path in sorted((ROOT / top).rglob("*.py")):
            if "migrations" not in path.parts and "node_modules" not in path.parts:
                files.append(path)
    return files


@pytest.mark.parametrize("path", our_source(), ids=lambda path: str(path.relative_to(ROOT)))
def test_our_code_uses_only_documented_names(path):
    assert problems(path.read_text()) == []


@pytest.mark.parametrize(
    "source",
    [
        "from django.utils.regex_helper import _lazy_re_compile",
        "from csp.middleware import CSPMiddleware\nCSPMiddleware._make_nonce",
        "import django.middleware.csrf\ndjango.middleware.csrf._get_new_csrf_string()",
        "from django.middleware import csrf\ncsrf._unmask_cipher_token('x')",
        "import redis as r\nr._private",
        "from csp.middleware import CSPMiddleware\n"
        "class M(CSPMiddleware):\n    def f(self, r):\n        return self._make_nonce(r)",
        "def f(request):\n    return request.META['CSRF_COOKIE']",
        "def f(request):\n    request.META['CSRF_COOKIE_NEEDS_UPDATE'] = True",
    ],
)
def test_it_catches_each_kind(source):
    assert len(problems(source)) == 1


def test_it_lets_documented_names_and_our_own_helpers_be():
    source = (
        "from django.middleware.csrf import get_token\n"
        "from core import page_cache\n"
        "page_cache._split_at_token('x')\n"  # our own module
        "def f(model):\n    return model._meta.label, model.__name__\n"
        "from django.core.cache.backends.redis import RedisCache\n"
        "class C(RedisCache):\n    _last = 0\n    def _warn(self):\n        return self._last, self._warn\n"
    )
    assert problems(source) == []


def test_it_reads_every_app():
    tops = {path.relative_to(ROOT).parts[0] for path in our_source()}
    assert tops >= {"core", "careerguide", "skills", "pathways", "progress", "accounts", "bench", "deploy"}
