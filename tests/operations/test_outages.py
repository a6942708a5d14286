"""The site degrades gracefully: Redis down means no cache, the database down means a friendly 503.

Tests that need a real Redis or PostgreSQL skip when it is missing on a laptop, and fail in CI
(where CI is set), so CI cannot quietly stop testing them.
"""

import json
import os
import socket
import subprocess
import sys
from pathlib import Path
from unittest import mock

import pytest
from django.contrib.auth import SESSION_KEY as AUTH_USER_KEY
from django.core.cache import caches
from django.db import OperationalError
from django.db.backends.base.base import BaseDatabaseWrapper
from django.test import Client, override_settings

from core import page_cache
from core.cache import FailOpenRedisCache
from tests.progress_helpers import make_career

ROOT = Path(__file__).resolve().parents[2]
REDIS = ("127.0.0.1", 6379)
POSTGRES = ("127.0.0.1", 5432)
DEAD_REDIS = "redis://127.0.0.1:1/0"
REDIS_OPTIONS = {"socket_connect_timeout": 1, "socket_timeout": 1}
CACHED_DB_SESSIONS = "django.contrib.sessions.backends.cached_db"
# A Redis database no other test (and no xdist worker, tests/settings.py) uses.
OWN_REDIS_DB = 11


def _caches(location: str) -> dict:
    return {
        "default": {
            "BACKEND": "core.cache.FailOpenRedisCache",
            "LOCATION": location,
            "KEY_PREFIX": f"outage-test-{os.getpid()}",
            "OPTIONS": REDIS_OPTIONS,
        }
    }


def _require(service: str, address: tuple[str, int]) -> None:
    """Skip when the service is not running here; fail in CI, which must provide it."""
    try:
        with socket.create_connection(address, timeout=1):
            return
    except OSError:
        message = f"{service} is not answering on {address[0]}:{address[1]}"
        if os.environ.get("CI"):
            pytest.fail(f"{message}; CI must run it")
        pytest.skip(message)


@pytest.fixture(autouse=True)
def _fresh_warning_clock(monkeypatch):
    # The once-a-minute warning is class-wide state; each test starts as if none had been logged.
    monkeypatch.setattr(FailOpenRedisCache, "_last_warning", 0.0)


def _cache_warnings(caplog) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "core.cache" and r.levelname == "WARNING"]


# Redis down


@pytest.mark.django_db
def test_pages_answer_when_redis_is_down(client, caplog):
    make_career()
    with override_settings(CACHES=_caches(DEAD_REDIS)):
        for url in ("/", "/skills/tech-0/", "/progress/", "/skills/", "/resources/"):
            response = client.get(url)
            assert response.status_code == 200, url
        # A visitor's first change creates a session; that works without the cache too.
        assert client.post("/progress/skills/tech-0/", {"level": "2"}).status_code == 302
        assert "level 2" in client.get("/progress/").content.decode().lower()
    warnings = _cache_warnings(caplog)
    assert len(warnings) == 1  # one warning a minute, not one per request
    assert warnings[0].startswith("Cache unavailable, serving without it (get failed:")


@pytest.mark.django_db
def test_sessions_work_during_a_redis_outage_with_cached_db_sessions(client, alice):
    make_career()
    with override_settings(CACHES=_caches(DEAD_REDIS), SESSION_ENGINE=CACHED_DB_SESSIONS):
        response = client.post("/accounts/login/", {"username": "alice", "password": "correct horse battery staple"})
        assert response.status_code == 302
        assert client.get("/accounts/").status_code == 200
        assert client.session[AUTH_USER_KEY] == str(alice.pk)


def test_the_cache_fails_open_method_by_method(caplog):
    dead = FailOpenRedisCache(DEAD_REDIS, {"OPTIONS": REDIS_OPTIONS})
    assert dead.get("key") is None
    assert dead.get("key", "fallback") == "fallback"
    assert dead.set("key", "value", 30) is None
    assert dead.add("key", "value") is False
    assert dead.get_many(["a", "b"]) == {}
    assert dead.set_many({"a": 1, "b": 2}) == ["a", "b"]
    assert dead.has_key("key") is False
    assert dead.touch("key") is False
    assert dead.delete("key") is False
    assert dead.delete_many(["a", "b"]) is None
    assert dead.clear() is None
    assert dead.get_or_set("key", "computed") == "computed"
    assert len(_cache_warnings(caplog)) == 1


def test_the_warning_is_repeated_once_a_minute(caplog):
    dead = FailOpenRedisCache(DEAD_REDIS, {"OPTIONS": REDIS_OPTIONS})
    with mock.patch("core.cache.time.monotonic") as clock:
        for now in (1000.0, 1001.0, 1059.0, 1060.0, 1061.0, 1119.9, 1120.0):
            clock.return_value = now
            dead.get("key")
    # Warned at 1000, 1060 and 1120: each a full minute after the one before.
    assert len(_cache_warnings(caplog)) == 3


def test_the_readiness_ping_is_not_failed_open():
    dead = FailOpenRedisCache(DEAD_REDIS, {"OPTIONS": REDIS_OPTIONS})
    with pytest.raises(Exception) as error:
        dead.ping()
    assert type(error.value).__module__.startswith("redis")


# Sessions survive a Redis outage


@pytest.mark.django_db
def test_a_logged_in_user_stays_logged_in_when_redis_goes_down(alice):
    _require("Redis", REDIS)
    make_career()
    live = _caches(f"redis://127.0.0.1:6379/{OWN_REDIS_DB}")  # a database of its own: nothing else is touched
    client = Client(raise_request_exception=False)
    with override_settings(CACHES=live, SESSION_ENGINE=CACHED_DB_SESSIONS):
        client.force_login(alice)
        assert client.get("/accounts/").status_code == 200
        session_cache_key = f"django.contrib.sessions.cached_db{client.session.session_key}"
        # The session really is in Redis (and, for cached_db, in the database too).
        assert caches["default"].get(session_cache_key) is not None

        with override_settings(CACHES=_caches(DEAD_REDIS)):
            response = client.get("/accounts/")
            assert response.status_code == 200
            assert "alice" in response.content.decode()
            assert client.post("/progress/skills/tech-0/", {"level": "3"}).status_code == 302

        # Redis is back: still the same user, and the change made during the outage is kept.
        assert client.get("/accounts/").status_code == 200
        assert "level 3" in client.get("/progress/").content.decode().lower()
        caches["default"].delete(session_cache_key)


# Database down


OUTAGE_SCRIPT = """
import json
import django
django.setup()
from django.test import Client

client = Client(raise_request_exception=False, HTTP_HOST="127.0.0.1")
answers = {}
for url in ["/", "/skills/", "/skills/docker/", "/progress/", "/faq/", "/healthz", "/readyz"]:
    response = client.get(url)
    answers[url] = {
        "status": response.status_code,
        "headers": dict(response.headers),
        "body": response.content.decode(),
    }
print(json.dumps(answers))
"""


def _run_against(database_url: str, script: str) -> tuple[dict, str]:
    """Run script in a fresh Django process on database_url (no Redis); its last line of JSON and its stderr."""
    env = {k: v for k, v in os.environ.items() if k not in {"REDIS_URL", "DJANGO_ENV", "DEBUG"}}
    env |= {
        "DJANGO_SETTINGS_MODULE": "careerguide.settings",
        "DATABASE_URL": database_url,
        "ALLOWED_HOSTS": "127.0.0.1",
    }
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1]), result.stderr


def _run_with_dead_database(script: str) -> tuple[dict, str]:
    return _run_against("postgres://postgres@127.0.0.1:1/careerguide", script)


@pytest.fixture(scope="module")
def dead_database_answers():
    return _run_with_dead_database(OUTAGE_SCRIPT)


@pytest.mark.parametrize("url", ["/", "/skills/", "/skills/docker/", "/progress/", "/faq/"])
def test_pages_are_a_friendly_503_when_the_database_is_down(dead_database_answers, url):
    answers, _ = dead_database_answers
    answer = answers[url]
    assert answer["status"] == 503
    assert answer["headers"]["Retry-After"] == "30"
    assert answer["headers"]["Cache-Control"] == "no-store"
    assert "<h1>Back in a moment</h1>" in answer["body"]
    assert "Traceback" not in answer["body"] and "OperationalError" not in answer["body"]
    # The outage page is still served with the site's security headers.
    assert "default-src 'none'" in answer["headers"]["Content-Security-Policy"]
    assert answer["headers"]["X-Frame-Options"] == "DENY"


def test_probes_tell_live_from_ready_when_the_database_is_down(dead_database_answers):
    answers, _ = dead_database_answers
    assert answers["/healthz"]["status"] == 200
    assert answers["/readyz"]["status"] == 503
    assert json.loads(answers["/readyz"]["body"])["checks"]["database"] == "down"


def test_a_database_outage_is_logged_once_per_interval_without_secrets(dead_database_answers):
    _, stderr = dead_database_answers
    # Five pages failed the same way: one line (and one traceback) for all of them, not one per request.
    assert stderr.count("Database unavailable:") == 1
    # One traceback (psycopg's error chained to Django's), for the first page only.
    assert stderr.count("The above exception was the direct cause of the following exception") == 1
    assert stderr.count("Service Unavailable: /skills/") == 0
    assert '"status": 503' in stderr  # the request log records what the visitor got
    assert "password" not in stderr.lower()


@pytest.mark.django_db
def test_the_site_recovers_by_itself_when_the_database_comes_back(client):
    make_career()
    client = Client(raise_request_exception=False)
    assert client.get("/skills/tech-0/").status_code == 200
    # so the next answer cannot come from the page cache (which, with the content version in
    # memory, would still answer during the outage)
    page_cache.clear()
    with mock.patch.object(BaseDatabaseWrapper, "ensure_connection", side_effect=OperationalError("refused")):
        down = client.get("/skills/tech-0/")
        assert down.status_code == 503
        assert down["Retry-After"] == "30"
    up = client.get("/skills/tech-0/")
    assert up.status_code == 200
    assert "Tech 0" in up.content.decode()


@pytest.mark.django_db
def test_a_write_during_a_database_outage_is_a_503_and_the_retry_succeeds(client):
    make_career()
    client = Client(raise_request_exception=False)
    with mock.patch.object(BaseDatabaseWrapper, "ensure_connection", side_effect=OperationalError("refused")):
        assert client.post("/progress/skills/tech-0/", {"level": "2"}).status_code == 503
    assert client.post("/progress/skills/tech-0/", {"level": "2"}).status_code == 302
    assert "level 2" in client.get("/progress/").content.decode().lower()


RECONNECT_SCRIPT = """
import json
import django
django.setup()
import psycopg
from django.db import connection
from django.test import RequestFactory
from django.core.handlers.wsgi import WSGIHandler

# The real WSGI handler, so request_started/finished run Django's connection housekeeping
# (the test client switches it off).
application = WSGIHandler()
environ = RequestFactory()._base_environ(PATH_INFO="/readyz", REQUEST_METHOD="GET", SERVER_NAME="127.0.0.1")

def readyz():
    statuses = []
    body = b"".join(application(dict(environ), lambda status, headers: statuses.append(status)))
    return int(statuses[0].split()[0]), json.loads(body)

first = readyz()
backend = connection.connection.info.backend_pid
with psycopg.connect("host=127.0.0.1 port=5432 user=postgres dbname=postgres", autocommit=True) as admin:
    admin.execute("SELECT pg_terminate_backend(%s)", [backend])
second = readyz()
print(json.dumps({"first": first, "second": second, "reconnected": connection.connection.info.backend_pid != backend}))
"""


@pytest.mark.postgres
def test_a_dropped_database_connection_is_replaced_without_an_error():
    """PostgreSQL restarts or fails over: the pooled connection dies and the next request reconnects."""
    _require("PostgreSQL", POSTGRES)
    answer, _ = _run_against("postgres://postgres@127.0.0.1:5432/postgres", RECONNECT_SCRIPT)
    assert answer["first"][0] == 200
    assert answer["second"] == [200, {"status": "ok", "checks": {"database": "ok", "cache": "ok"}}]
    assert answer["reconnected"] is True
