"""Our apps depend one way: core < skills < pathways < careerguide < progress < accounts.

An app may use itself and the apps before it, never one after it: in its imports, its
migrations' dependencies and its models' relations. core (plumbing) uses none of ours. The
project's root (careerguide/urls.py, careerguide/settings.py) names the apps after the guide by
string only, so importing the guide never imports them.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.db import models
from django.db.migrations.loader import MigrationLoader
from django.test import override_settings

from tests.operations.legacy_migrations import MIGRATION_MODULES as LEGACY_MIGRATIONS

ROOT = Path(__file__).resolve().parents[2]
ORDER = ["core", "skills", "pathways", "careerguide", "progress", "accounts"]
RANK = {app: rank for rank, app in enumerate(ORDER)}
PROJECT_ROOT = {
    "careerguide/urls.py": {"progress.urls", "accounts.urls"},
    "careerguide/settings.py": {"progress", "accounts"},
}
CONTENT_APPS = {"core", "skills", "pathways", "careerguide"}
DYNAMIC_IMPORTS = {"import_module", "__import__"}


# --- imports --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Import:
    path: str
    line: int
    module: str
    names: tuple[str, ...]

    @property
    def app(self) -> str | None:
        first = self.module.split(".")[0]
        return first if first in RANK else None

    def __str__(self) -> str:
        names = f" ({', '.join(self.names)})" if self.names else ""
        return f"{self.path}:{self.line} imports {self.module}{names}"


def our_files() -> list[str]:
    """Every Python file of our apps, as a path from the repository root; not migrations or tests."""
    files = []
    for app in ORDER:
        for path in sorted((ROOT / app).rglob("*.py")):
            parts = path.relative_to(ROOT).parts
            if "migrations" in parts or "tests" in parts or parts[-1].startswith("test_"):
                continue
            files.append("/".join(parts))
    return files


def imports_in(path: str, source: str) -> list[Import]:
    """Every import in source, wherever it stands (in a function, under TYPE_CHECKING), relative
    imports resolved, and calls of import_module or __import__ with a literal name."""
    package = path.removesuffix(".py").split("/")[:-1]
    found = []
    for node in ast.walk(ast.parse(source, filename=path)):
        if isinstance(node, ast.Import):
            found += [Import(path, node.lineno, alias.name, ()) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            module = ".".join([*base, *([node.module] if node.module else [])])
            found.append(Import(path, node.lineno, module, tuple(alias.name for alias in node.names)))
        elif isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
            function = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", None)
            if function in DYNAMIC_IMPORTS and isinstance(node.args[0].value, str):
                found.append(Import(path, node.lineno, node.args[0].value, ()))
    return found


def upward_imports(path: str, source: str) -> list[str]:
    app = path.split("/")[0]
    return [
        f"{found}: {app} may not use {found.app}"
        for found in imports_in(path, source)
        if found.app is not None and RANK[found.app] > RANK[app]
    ]


def read(path: str) -> str:
    return (ROOT / path).read_text(encoding="utf-8")


def test_the_declared_order_is_the_order_of_installed_apps():
    assert [app for app in settings.INSTALLED_APPS if app in RANK] == ORDER


def test_every_app_imports_only_itself_and_the_apps_before_it():
    files = our_files()
    assert {path.split("/")[0] for path in files} == set(ORDER)
    assert [problem for path in files for problem in upward_imports(path, read(path))] == []


def test_the_app_import_graph_runs_one_way():
    uses = defaultdict(set)
    for path in our_files():
        app = path.split("/")[0]
        uses[app] |= {found.app for found in imports_in(path, read(path)) if found.app not in (None, app)}
    for app, used in uses.items():
        assert all(RANK[other] < RANK[app] for other in used), f"{app} uses {sorted(used)}"
    assert uses["core"] == set()
    # The check reads real imports: the tracker builds on all three content apps.
    assert uses["progress"] >= {"core", "skills", "pathways", "careerguide"}


def test_the_project_root_names_later_apps_by_string_only():
    for path, names in PROJECT_ROOT.items():
        source = read(path)
        assert [str(found) for found in imports_in(path, source) if found.app in {"progress", "accounts"}] == []
        strings = {node.value for node in ast.walk(ast.parse(source)) if isinstance(node, ast.Constant)}
        assert names <= strings, path


@pytest.mark.parametrize(
    "source",
    [
        "from progress import services\n",
        "import accounts.views\n",
        "import progress.models as learners\n",
        "def mark(request):\n    from progress.services import learner_get\n",
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from progress.models import Learner\n",
        "from importlib import import_module\nservices = import_module('progress.services')\n",
        "import importlib\nviews = importlib.import_module('accounts.views')\n",
    ],
)
def test_the_import_check_sees_an_upward_import_however_it_is_written(source):
    assert len(upward_imports("skills/models.py", source)) == 1


def test_the_import_check_resolves_relative_imports():
    assert [found.module for found in imports_in("progress/views.py", "from . import services\n")] == ["progress"]
    assert [found.module for found in imports_in("careerguide/templatetags/guide.py", "from ..models import X\n")] == [
        "careerguide.models"
    ]
    assert upward_imports("careerguide/views.py", "from .models import Career\nfrom skills import models\n") == []


# --- migrations -----------------------------------------------------------------------------


def migration_dependencies(graph) -> dict[str, set[str]]:
    """For each app with migrations, the other apps its migrations depend on."""
    depends = defaultdict(set)
    for (app, _), node in graph.node_map.items():
        depends[app] |= {parent.key[0] for parent in node.parents if parent.key[0] != app}
    return depends


def app_cycles(depends: dict[str, set[str]]) -> list[tuple[str, ...]]:
    """Every loop in an app-level dependency graph, once each, starting from its first app by name."""
    cycles = set()

    def visit(app: str, path: tuple[str, ...]) -> None:
        for other in depends.get(app, ()):
            if other == path[0]:
                cycles.add(path)
            elif other not in path and other > path[0]:
                visit(other, (*path, other))

    for start in sorted(depends):
        visit(start, (start,))
    return sorted(cycles)


def test_migrations_depend_one_way_with_no_loop():
    depends = migration_dependencies(MigrationLoader(None, ignore_no_migrations=True).graph)
    assert app_cycles(depends) == []
    for app in ORDER:
        later = {other for other in depends.get(app, ()) if other in RANK and RANK[other] > RANK[app]}
        assert later == set(), f"{app}'s migrations depend on {sorted(later)}"
    assert depends["progress"] >= {"skills", "pathways", "careerguide"}


def test_the_migration_check_sees_the_loops_of_the_old_layout():
    with override_settings(MIGRATION_MODULES=LEGACY_MIGRATIONS):
        depends = migration_dependencies(MigrationLoader(None, ignore_no_migrations=True).graph)
    assert {frozenset(cycle) for cycle in app_cycles(depends)} >= {
        frozenset({"careerguide", "skills"}),
        frozenset({"careerguide", "pathways"}),
        frozenset({"skills", "pathways"}),
    }


# --- models ---------------------------------------------------------------------------------


def test_every_model_points_down_the_order():
    """Content models never point at a learner's or an account's model; no model points up."""
    wrong = []
    for model in apps.get_models(include_auto_created=True):
        app = model._meta.app_label
        if app not in RANK:
            continue
        for field in model._meta.get_fields():
            if not isinstance(field, models.ForeignObject | models.ManyToManyField):
                continue  # reverse relations are the other model's fields
            target = field.related_model._meta.app_label
            if target in RANK and RANK[target] > RANK[app]:
                wrong.append(f"{model._meta.label}.{field.name} -> {field.related_model._meta.label}")
    assert wrong == []


def test_content_models_know_nothing_of_learners_or_accounts():
    content = [model for model in apps.get_models(include_auto_created=True) if model._meta.app_label in CONTENT_APPS]
    assert {model._meta.app_label for model in content} >= {"skills", "pathways", "careerguide"}
    for model in content:
        for field in model._meta.get_fields():
            if isinstance(field, models.ForeignObject | models.ManyToManyField):
                assert field.related_model._meta.app_label not in {"progress", "accounts"}, (model, field.name)
