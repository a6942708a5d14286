"""Settings come from the environment and a bad value stops start-up with one clear line."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from careerguide.env import ConfigError, env_bool, env_choice, env_int, env_list, env_str

ROOT = Path(__file__).resolve().parents[2]

# The environment alone, and fresh processes without a database URL: CI runs these once (the ops marker,
# see .ci/run).
pytestmark = pytest.mark.ops


@pytest.mark.parametrize("raw,expected", [("true", True), ("1", True), ("Yes", True), ("off", False), ("0", False)])
def test_env_bool_reads_common_spellings(monkeypatch, raw, expected):
    monkeypatch.setenv("FLAG", raw)
    assert env_bool("FLAG") is expected


def test_env_bool_defaults_when_unset(monkeypatch):
    monkeypatch.delenv("FLAG", raising=False)
    assert env_bool("FLAG", default=True) is True


def test_env_bool_refuses_junk_naming_the_variable(monkeypatch):
    monkeypatch.setenv("FLAG", "maybe")
    with pytest.raises(ConfigError, match="FLAG='maybe' is not a boolean"):
        env_bool("FLAG")


def test_env_int_refuses_junk_and_out_of_range(monkeypatch):
    monkeypatch.setenv("NUMBER", "ten")
    with pytest.raises(ConfigError, match="NUMBER='ten' is not a whole number"):
        env_int("NUMBER", 1)
    monkeypatch.setenv("NUMBER", "-1")
    with pytest.raises(ConfigError, match="NUMBER=-1 must be at least 0"):
        env_int("NUMBER", 1, minimum=0)


def test_env_int_maximum(monkeypatch):
    monkeypatch.setenv("NUMBER", "65535")
    assert env_int("NUMBER", 1, maximum=65535) == 65535
    monkeypatch.setenv("NUMBER", "65536")
    with pytest.raises(ConfigError, match="NUMBER=65536 must be at most 65535"):
        env_int("NUMBER", 1, maximum=65535)
    with pytest.raises(ConfigError, match="NUMBER=65536 must be between 1 and 65535"):
        env_int("NUMBER", 1, minimum=1, maximum=65535)
    monkeypatch.setenv("NUMBER", "0")
    with pytest.raises(ConfigError, match="NUMBER=0 must be between 1 and 65535"):
        env_int("NUMBER", 1, minimum=1, maximum=65535)


def test_env_int_bounds_do_not_apply_to_the_default(monkeypatch):
    monkeypatch.delenv("NUMBER", raising=False)
    assert env_int("NUMBER", 0, minimum=1, maximum=10) == 0


def test_env_module_loads_without_django():
    # gunicorn's config and the benchmark import it before (or without) Django.
    code = "import sys, careerguide.env; print(sorted(m for m in sys.modules if m.startswith('django')))"
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)  # noqa: S603
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_env_list_splits_and_refuses_empty_entries(monkeypatch):
    monkeypatch.setenv("HOSTS", "a.example, b.example")
    assert env_list("HOSTS") == ["a.example", "b.example"]
    monkeypatch.setenv("HOSTS", "a.example,,b.example")
    with pytest.raises(ConfigError, match="HOSTS"):
        env_list("HOSTS")


def test_env_str_required(monkeypatch):
    monkeypatch.delenv("NEEDED", raising=False)
    with pytest.raises(ConfigError, match="NEEDED must be set"):
        env_str("NEEDED", required=True)


def test_env_choice(monkeypatch):
    monkeypatch.setenv("MODE", "staging")
    with pytest.raises(ConfigError, match="must be one of: development, production"):
        env_choice("MODE", ("development", "production"), "development")


def run_manage(env_overrides: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in {"DJANGO_SETTINGS_MODULE", "DATABASE_URL", "REDIS_URL"}}
    env.update(env_overrides)
    return subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )


def test_bad_value_stops_start_up_with_one_line():
    result = run_manage({"DEBUG": "perhaps"}, "check")
    assert result.returncode == 1
    assert result.stderr.strip() == "Configuration error: DEBUG='perhaps' is not a boolean; use true or false"


def test_production_refuses_to_start_without_secret_key():
    result = run_manage({"DJANGO_ENV": "production", "ALLOWED_HOSTS": "guide.example"}, "check")
    assert result.returncode == 1
    assert "SECRET_KEY must be set" in result.stderr
    assert "Traceback" not in result.stderr


def test_production_refuses_weak_secret_key():
    result = run_manage({"DJANGO_ENV": "production", "SECRET_KEY": "short", "ALLOWED_HOSTS": "x.example"}, "check")
    assert result.returncode == 1
    assert "SECRET_KEY must be at least 50 random characters" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = run_manage({"DJANGO_ENV": "production", "SECRET_KEY": "k" * 30 + "abcdefghijklmnopqrstuvwxyz"}, "check")
    assert result.returncode == 1
    assert "ALLOWED_HOSTS must be set" in result.stderr


def test_bad_database_url_names_the_variable():
    result = run_manage({"DATABASE_URL": "nonsense://"}, "check")
    assert result.returncode == 1
    assert "DATABASE_URL" in result.stderr
    assert "Traceback" not in result.stderr


def test_debug_is_off_by_default():
    result = run_manage({}, "shell", "-c", "from django.conf import settings; print(settings.DEBUG)")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("False")
