"""Test settings: the real settings, with fast password hashing and no outgoing email."""

import os
import tempfile
import urllib.parse

from django.core.exceptions import ImproperlyConfigured

from careerguide.settings import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Mail is sent when the transaction commits, in the request's own thread, so a test reads mail.outbox
# at once (inside django_capture_on_commit_callbacks); tests/core/test_mail.py and the timing test
# switch the background thread on.
EMAIL_IN_BACKGROUND = False
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
AXES_ENABLED = True

# A file, not SQLite's shared in-memory database, so the live server's threads get their own
# connections and concurrency tests exercise real locking (WAL, busy timeout, IMMEDIATE).
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    # One file per run, so two runs in the same checkout never share (and delete) it.
    DATABASES["default"]["TEST"] = {  # noqa: F405
        "NAME": os.path.join(tempfile.gettempdir(), f"careerguide-test-{os.getpid()}.sqlite3")
    }
elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":  # noqa: F405
    # One test database per run, so two runs on the same server (CI beside a developer's run) never
    # drop each other's.
    DATABASES["default"]["TEST"] = {"NAME": f"test_{DATABASES['default']['NAME']}_{os.getpid()}"}  # noqa: F405

# Not the project's ./staticfiles, which `make bench` and collectstatic rewrite while tests may run.
STATIC_ROOT = os.path.join(tempfile.gettempdir(), f"careerguide-test-static-{os.getpid()}")

# Redis (REDIS_URL). The tests empty the cache before and after each test with RedisCache.clear(), which is
# FLUSHDB on the whole database, so each pytest-xdist worker gets a database of its own: gw0 the one
# REDIS_URL names, gw1 the next free one, and so on, never one that other code on the server owns. The key
# prefix is this process's own, so a test that looks at Redis's keys sees only its run's
# (tests/core/test_junk_addresses.py).
# 0 the app's default, 3 the benchmark (bench/), 11 tests/operations/test_outages.py, 13 test_scale_out.py,
# 14 tests/core/test_junk_addresses.py.
REDIS_DATABASES_TAKEN = {0, 3, 11, 13, 14}
REDIS_DATABASES = 16  # Redis's default `databases`


def redis_url_for_this_worker(url: str, worker: str) -> str:
    parts = urllib.parse.urlsplit(url)
    first = int(parts.path.strip("/") or 0)
    free = [n for n in range(first, REDIS_DATABASES) if n == first or n not in REDIS_DATABASES_TAKEN]
    index = int(worker.removeprefix("gw") or 0)
    if index >= len(free):
        raise ImproperlyConfigured(f"No free Redis database for pytest-xdist worker {worker} after {first}")
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, f"/{free[index]}", parts.query, parts.fragment))


if CACHES["default"]["BACKEND"] == "core.cache.FailOpenRedisCache":  # noqa: F405
    CACHES["default"]["LOCATION"] = redis_url_for_this_worker(  # noqa: F405
        CACHES["default"]["LOCATION"],  # noqa: F405
        os.environ.get("PYTEST_XDIST_WORKER", ""),
    )
    CACHES["default"]["KEY_PREFIX"] = f"careerguide-test-{os.getpid()}"  # noqa: F405
