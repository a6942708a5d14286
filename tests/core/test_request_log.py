"""RequestLogMiddleware writes one JSON line per request; a crash is logged with its traceback.

This module is also the URLconf of the crash tests (a view that raises).
"""

import json
import logging

import pytest
from django.test import Client
from django.urls import include, path

import careerguide.urls
from tests.progress_helpers import make_career


def _crash(request):
    raise RuntimeError("The view fell over")


urlpatterns = [path("crash/", _crash), path("", include(careerguide.urls))]
handler500 = careerguide.urls.handler500

pytestmark = pytest.mark.django_db


def _request_lines(caplog) -> list[dict]:
    return [json.loads(r.getMessage()) for r in caplog.records if r.name == "careerguide.requests"]


@pytest.fixture
def caplog(caplog):
    caplog.set_level(logging.INFO, logger="careerguide.requests")
    return caplog


def test_one_json_line_per_request_for_a_visitor(client, caplog):
    make_career()
    client.get("/skills/tech-0/")
    client.get("/no/such/page/")
    client.post("/progress/skills/tech-0/", {"level": "1"})
    lines = _request_lines(caplog)
    assert [(line["method"], line["path"], line["status"], line["user"]) for line in lines] == [
        ("GET", "/skills/tech-0/", 200, "anonymous"),
        ("GET", "/no/such/page/", 404, "anonymous"),
        ("POST", "/progress/skills/tech-0/", 302, "anonymous"),
    ]
    assert set(lines[0]) == {"method", "path", "status", "duration_ms", "user"}
    assert all(isinstance(line["duration_ms"], float) and line["duration_ms"] >= 0 for line in lines)


def test_a_logged_in_user_is_logged_by_id_only(client, caplog, alice):
    client.force_login(alice)
    client.get("/accounts/")
    [line] = _request_lines(caplog)
    assert line["user"] == alice.pk
    assert "alice" not in caplog.text  # no username or email in the log


def test_the_query_string_is_left_out_of_the_log(client, caplog):
    client.get("/search/", {"q": "my private search", "token": "secret"})
    [line] = _request_lines(caplog)
    assert line["path"] == "/search/"
    assert "private" not in caplog.text and "secret" not in caplog.text


def test_the_user_who_logs_in_or_out_is_logged_as_they_end_the_request(client, caplog, alice):
    client.post("/accounts/login/", {"username": "alice", "password": "correct horse battery staple"})
    client.post("/accounts/logout/")
    assert [line["user"] for line in _request_lines(caplog)] == [alice.pk, "anonymous"]


def test_every_record_is_a_single_line_of_json(client, caplog):
    client.get("/search/", {"q": "line\nbreak"})
    client.get('/skills/quote"and\\backslash/')
    for record in caplog.records:
        if record.name == "careerguide.requests":
            assert "\n" not in record.getMessage()
            json.loads(record.getMessage())


@pytest.mark.urls("tests.core.test_request_log")
def test_a_crash_is_logged_with_its_traceback_and_still_gets_a_request_line(caplog):
    client = Client(raise_request_exception=False)
    response = client.get("/crash/")
    assert response.status_code == 500
    errors = [r for r in caplog.records if r.name == "django.request" and r.levelno == logging.ERROR]
    assert len(errors) == 1
    assert errors[0].exc_info is not None
    assert errors[0].exc_info[0] is RuntimeError
    assert "The view fell over" in caplog.text
    assert "Traceback (most recent call last)" in caplog.text
    [line] = _request_lines(caplog)
    assert (line["path"], line["status"]) == ("/crash/", 500)


@pytest.mark.urls("tests.core.test_request_log")
def test_the_crash_page_shows_no_traceback(caplog):
    response = Client(raise_request_exception=False).get("/crash/")
    html = response.content.decode()
    assert "<h1>Something went wrong</h1>" in html
    assert "Traceback" not in html and "fell over" not in html


def test_django_request_logs_only_errors_so_404s_are_not_logged_twice(client, caplog):
    caplog.set_level(logging.DEBUG)
    client.get("/no/such/page/")
    assert not [r for r in caplog.records if r.name == "django.request" and r.levelno < logging.ERROR]
    assert len(_request_lines(caplog)) == 1
