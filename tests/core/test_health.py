"""/healthz (liveness: the process answers) and /readyz (readiness: database and cache answer)."""

import json
import os
import subprocess
import sys
from pathlib import Path
from unittest import mock

import pytest
from django.db import OperationalError
from django.db.backends.base.base import BaseDatabaseWrapper
from django.test import override_settings

from core.cache import FailOpenRedisCache

ROOT = Path(__file__).resolve().parents[2]
DEAD_REDIS = "redis://127.0.0.1:1/0"
DEAD_REDIS_CACHES = {
    "default": {
        "BACKEND": "core.cache.FailOpenRedisCache",
        "LOCATION": DEAD_REDIS,
        "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
    }
}


@pytest.fixture(autouse=True)
def _quiet_cache_warnings(monkeypatch):
    # The once-a-minute warning is class-wide state; each test starts as if none had been logged.
    monkeypatch.setattr(FailOpenRedisCache, "_last_warning", 0.0)


@pytest.mark.django_db
def test_healthz_answers_without_touching_the_database(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert "no-cache" in response["Cache-Control"] and "max-age=0" in response["Cache-Control"]


def test_healthz_answers_even_when_the_database_is_down(client):
    with mock.patch.object(BaseDatabaseWrapper, "ensure_connection", side_effect=OperationalError("down")):
        response = client.get("/healthz")
    assert response.status_code == 200


@pytest.mark.django_db
def test_readyz_is_ok_when_database_and_cache_answer(client):
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "checks": {"database": "ok", "cache": "ok"}}
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.django_db
def test_readyz_is_503_when_the_database_cannot_connect(client):
    with mock.patch.object(BaseDatabaseWrapper, "ensure_connection", side_effect=OperationalError("refused")):
        response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json() == {"status": "unavailable", "checks": {"database": "down", "cache": "ok"}}


@pytest.mark.django_db
def test_readyz_is_503_when_a_query_fails(client):
    failing_cursor = mock.MagicMock()
    failing_cursor.__enter__.return_value.execute.side_effect = OperationalError("server closed the connection")
    with mock.patch("core.health.connection.cursor", return_value=failing_cursor):
        response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["checks"] == {"database": "down", "cache": "ok"}


def test_readyz_is_503_with_a_dead_database_server():
    """A real connection attempt to a port nobody listens on, in a fresh process."""
    script = """
import json
import django
django.setup()
from django.test import Client
response = Client(raise_request_exception=False, HTTP_HOST="127.0.0.1").get("/readyz")
print(json.dumps({"status": response.status_code, "body": response.json()}))
"""
    env = {k: v for k, v in os.environ.items() if k not in {"REDIS_URL", "DJANGO_ENV", "DEBUG"}}
    env |= {"DJANGO_SETTINGS_MODULE": "careerguide.settings", "DATABASE_URL": "postgres://postgres@127.0.0.1:1/x"}
    env["ALLOWED_HOSTS"] = "127.0.0.1"
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout.strip().splitlines()[-1])
    assert answer == {"status": 503, "body": {"status": "unavailable", "checks": {"database": "down", "cache": "ok"}}}


@pytest.mark.django_db
def test_readyz_is_503_when_redis_is_down(client, caplog):
    with override_settings(CACHES=DEAD_REDIS_CACHES):  # Django resets its cache handlers on this change
        response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json() == {"status": "unavailable", "checks": {"database": "ok", "cache": "down"}}
    assert any("cache check failed" in record.getMessage() for record in caplog.records)


@pytest.mark.django_db
def test_readyz_uses_a_real_round_trip_not_the_fail_open_path(client):
    # FailOpenRedisCache swallows errors in get/set; readiness must not be fooled by that.
    dead = FailOpenRedisCache(DEAD_REDIS, {"OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1}})
    assert dead.get("anything", "fallback") == "fallback"
    with mock.patch("core.health.cache", dead):
        response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["checks"]["cache"] == "down"


@pytest.mark.django_db
def test_readyz_is_503_when_both_are_down(client):
    with (
        override_settings(CACHES=DEAD_REDIS_CACHES),
        mock.patch.object(BaseDatabaseWrapper, "ensure_connection", side_effect=OperationalError("refused")),
    ):
        response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["checks"] == {"database": "down", "cache": "down"}


@pytest.mark.django_db
def test_probes_answer_head_and_refuse_writes(client):
    for url in ("/healthz", "/readyz"):
        assert client.head(url).status_code == 200
        assert client.post(url).status_code == 405
        assert client.put(url).status_code == 405
