"""Logging under load: an error repeated by every request (a database outage) is logged once per interval
with a count; a refused Host header is one warning line without a traceback; the CSRF cookie is HttpOnly."""

import logging
from unittest import mock

import pytest
from django.db import OperationalError
from django.db.backends.base.base import BaseDatabaseWrapper
from django.test import Client

from core import page_cache
from core.log_filters import OncePerInterval, WarningWithoutTraceback
from tests.progress_helpers import make_career


def _record(message: str = "Database unavailable: %s", exc: Exception | None = None) -> logging.LogRecord:
    exc_info = (type(exc), exc, exc.__traceback__) if exc else None
    return logging.LogRecord("careerguide.outage", logging.ERROR, __file__, 10, message, ("refused",), exc_info)


def _raised(error: Exception) -> Exception:
    try:
        raise error
    except Exception as caught:
        return caught


def test_it_lets_one_record_through_per_interval_and_counts_the_rest():
    once = OncePerInterval(interval=60)
    passed = []
    with mock.patch("core.log_filters.time.monotonic") as clock:
        for now in (1000.0, 1001.0, 1030.0, 1059.9, 1060.0, 1061.0, 1200.0):
            clock.return_value = now
            record = _record()
            if once.filter(record):
                passed.append((now, record.getMessage()))
    assert passed == [
        (1000.0, "Database unavailable: refused"),
        (1060.0, "Database unavailable: refused [3 more like this in the last 60 s]"),
        (1200.0, "Database unavailable: refused [1 more like this in the last 60 s]"),
    ]


def test_different_errors_are_counted_apart():
    once = OncePerInterval(interval=60)
    operational = _raised(OperationalError("refused"))
    value = _raised(ValueError("bad"))
    assert once.filter(_record(exc=operational))
    assert once.filter(_record(exc=value))
    assert not once.filter(_record(exc=_raised(OperationalError("refused again"))))
    assert not once.filter(_record(exc=value))


def test_an_interval_of_zero_lets_everything_through():
    once = OncePerInterval(interval=0)
    assert all(once.filter(_record()) for _ in range(5))


@pytest.mark.django_db
def test_a_database_outage_is_logged_once_per_interval_not_once_per_request(caplog):
    make_career()
    page_cache.clear()
    client = Client(raise_request_exception=False)
    with mock.patch.object(BaseDatabaseWrapper, "ensure_connection", side_effect=OperationalError("refused")):
        statuses = {client.get(url).status_code for url in ["/skills/tech-0/", "/progress/", "/faq/"] * 10}
    assert statuses == {503}
    errors = [record for record in caplog.records if record.levelno >= logging.ERROR]
    # One line from the error handler and one from Django's request logger (with the traceback), not 60.
    assert sorted(record.name for record in errors) == ["careerguide.outage", "django.request"]
    assert sum(1 for record in errors if record.exc_info) == 1


def test_a_record_becomes_one_warning_line_without_a_traceback():
    record = _record(exc=_raised(ValueError("bad")))
    assert WarningWithoutTraceback().filter(record)
    assert (record.levelno, record.levelname, record.exc_info) == (logging.WARNING, "WARNING", None)


@pytest.mark.django_db
def test_a_disallowed_host_is_one_warning_line_without_a_traceback(caplog):
    client = Client(raise_request_exception=False)
    response = client.get("/", HTTP_HOST="evil.example")
    assert response.status_code == 400
    records = [record for record in caplog.records if record.name.startswith("django.security")]
    assert len(records) == 1
    [record] = records
    assert record.levelname == "WARNING" and record.exc_info is None and record.exc_text is None
    assert "\n" not in record.getMessage() and "evil.example" in record.getMessage()
    assert not [record for record in caplog.records if record.levelno >= logging.ERROR]


@pytest.mark.django_db
def test_the_csrf_cookie_is_http_only(client):
    response = client.get("/accounts/login/")
    assert response.status_code == 200
    assert response.cookies["csrftoken"]["httponly"] is True
