"""Test settings: the real settings, with fast password hashing and no outgoing email."""

import os
import tempfile

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
