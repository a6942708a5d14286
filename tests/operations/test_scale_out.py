"""Two app servers that share nothing but PostgreSQL and Redis serve the same users.

Starts two gunicorn instances on different ports against a PostgreSQL database and a Redis
database of their own (REDIS_DB below), then logs in through one and carries on through the other,
writes progress through one and reads it through the other, and edits content in one's admin and
sees the other serve the new text at once.
"""

from __future__ import annotations

import http.client
import http.cookiejar
import os
import re
import secrets
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from html.parser import HTMLParser
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PG = ("127.0.0.1", 5432)
REDIS = ("127.0.0.1", 6379)
PASSWORD = "correct horse battery staple"
# Redis database 13 belongs to this test alone: it is emptied (FLUSHDB, never FLUSHALL) before and
# after. Others on this Redis: 0 is the app's default, 1 CI's test run (REDIS_URL in .ci/run), 3 the
# benchmark (bench/) and 11 tests/operations/test_outages.py.
REDIS_DB = 13
REDIS_URL = f"redis://127.0.0.1:6379/{REDIS_DB}"
# How long a server may take to start, and another to hear of a change, on a busy machine.
READY_SECONDS = 120
PROPAGATION_SECONDS = 30
# Every way a request to a server that is still starting (or too busy to answer in time) can fail:
# socket.timeout is TimeoutError; URLError (and HTTPError, a 503 from /readyz), ConnectionError and
# TimeoutError are all OSErrors, listed for the reader; http.client's errors are not OSErrors.
NOT_YET = (TimeoutError, urllib.error.URLError, ConnectionError, http.client.HTTPException, OSError)

# One xdist group: both servers start once (two_servers is module-scoped) on one worker, and no other
# worker empties REDIS_DB under them.
pytestmark = [pytest.mark.postgres, pytest.mark.ops, pytest.mark.xdist_group("scale-out")]


def _reachable(address: tuple[str, int]) -> bool:
    try:
        with socket.create_connection(address, timeout=1):
            return True
    except OSError:
        return False


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _manage(env: dict, *args: str) -> str:
    result = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=180
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


class Forms(HTMLParser):
    """Every form on a page: its id and its submittable values, as a browser would send them."""

    def __init__(self):
        super().__init__()
        self.forms: list[tuple[str | None, str, dict]] = []
        self._fields = self._textarea = self._select = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self._fields = {}
            self.forms.append((attrs.get("id"), attrs.get("action") or "", self._fields))
        owner = attrs.get("form")  # <input form="id">: it belongs to that form, wherever it stands
        if owner is not None:
            fields = next((fields for form_id, _, fields in self.forms if form_id == owner), None)
        else:
            fields = self._fields
        if fields is None:
            return
        name, kind = attrs.get("name"), attrs.get("type")
        if tag == "input" and name and "disabled" not in attrs and kind not in ("submit", "file", "checkbox"):
            fields[name] = attrs.get("value", "")
        elif tag == "input" and name and kind == "checkbox" and "checked" in attrs:
            fields[name] = attrs.get("value", "on")
        elif tag == "textarea" and name:
            self._textarea, fields[name] = name, ""
        elif tag == "select" and name:
            self._select = name
            fields.setdefault(name, [] if "multiple" in attrs else "")
        elif tag == "option" and self._select and "selected" in attrs:
            current = fields[self._select]
            value = attrs.get("value", "")
            fields[self._select] = [*current, value] if isinstance(current, list) else value

    def handle_endtag(self, tag):
        if tag == "form":
            self._fields = None
        elif tag == "textarea":
            self._textarea = None
        elif tag == "select":
            self._select = None

    def handle_data(self, data):
        if self._textarea and self._fields is not None:
            self._fields[self._textarea] += data

    def find(self, *, form_id: str | None, needs: set[str]) -> tuple[str, dict]:
        for found_id, action, fields in self.forms:
            if (form_id is None or found_id == form_id) and needs <= set(fields):
                return action, fields
        raise AssertionError(f"no form with {form_id=} and fields {needs}")


class Browser:
    """A cookie-keeping HTTP client; cookies are per host, not per port, as in a real browser."""

    def __init__(self):
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))

    def get(self, url: str) -> tuple[int, str]:
        return self._open(urllib.request.Request(url))

    def post(self, url: str, data: dict, referer: str) -> tuple[int, str]:
        body = urllib.parse.urlencode(data, doseq=True).encode()
        return self._open(urllib.request.Request(url, data=body, headers={"Referer": referer}))

    def _open(self, request) -> tuple[int, str]:
        try:
            with self.opener.open(request, timeout=60) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as exc:
            return exc.code, exc.read().decode()

    def submit(self, url: str, changes: dict, form_id: str | None = None) -> tuple[int, str]:
        """Fill in the page's form that has the changed fields (or the given id), and send it."""
        status, html = self.get(url)
        assert status == 200, (url, status)
        forms = Forms()
        forms.feed(html)
        action, fields = forms.find(form_id=form_id, needs=set() if form_id else set(changes) - {"_save"})
        return self.post(urllib.parse.urljoin(url, action), {**fields, **changes}, referer=url)


@pytest.fixture(scope="module")
def two_servers():
    if not (_reachable(PG) and _reachable(REDIS)):
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL and Redis must run on 127.0.0.1 in CI")
        pytest.skip("needs PostgreSQL on 127.0.0.1:5432 and Redis on 127.0.0.1:6379")
    import psycopg

    database = f"careerguide_scaleout_{os.getpid()}"
    with psycopg.connect("postgresql://postgres@127.0.0.1:5432/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{database}"')
        conn.execute(f'CREATE DATABASE "{database}"')
    env = {k: v for k, v in os.environ.items() if k not in {"DJANGO_SETTINGS_MODULE", "DATABASE_URL", "REDIS_URL"}}
    env.update(
        {
            "SECRET_KEY": secrets.token_urlsafe(60),
            "DATABASE_URL": f"postgres://postgres@127.0.0.1:5432/{database}",
            "REDIS_URL": REDIS_URL,
            "DEBUG": "false",
        }
    )
    servers = []
    try:
        _manage(env, "migrate", "--noinput")
        _manage(env, "load_guide")
        _manage(env, "shell", "-c", _CREATE_USERS)
        _empty_redis()
        for _ in range(2):
            port = _free_port()
            process = subprocess.Popen(  # noqa: S603
                [sys.executable, "-m", "gunicorn", "careerguide.wsgi", "--bind", f"127.0.0.1:{port}"]
                + ["--workers", "1", "--threads", "2", "--log-level", "warning"],
                cwd=ROOT,
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                start_new_session=True,
            )
            servers.append((f"http://127.0.0.1:{port}", process))
        for base, process in servers:
            _wait_until_ready(base, process)
        yield [base for base, _ in servers]
    finally:
        for _, process in servers:
            _stop(process)
        _empty_redis()
        with psycopg.connect("postgresql://postgres@127.0.0.1:5432/postgres", autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')


_CREATE_USERS = f"""
from django.contrib.auth.models import Group, User
User.objects.create_user("alice", "alice@example.com", "{PASSWORD}")
edith = User.objects.create_user("edith", "edith@example.com", "{PASSWORD}", is_staff=True)
edith.groups.add(Group.objects.get(name="Editors"))
"""


def _empty_redis() -> None:
    import redis

    with redis.Redis.from_url(REDIS_URL, socket_timeout=30) as connection:
        connection.flushdb()


def _wait_until_ready(base: str, process: subprocess.Popen) -> None:
    """Poll /readyz until it answers 200, retrying every kind of timeout and connection error."""
    deadline = time.monotonic() + READY_SECONDS
    last_error = "no answer yet"
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"{base} stopped with exit code {process.returncode} before it was ready")
        try:
            with urllib.request.urlopen(f"{base}/readyz", timeout=10) as response:  # noqa: S310
                if response.status == 200:
                    return
                last_error = f"status {response.status}"
        except NOT_YET as exc:
            last_error = repr(exc)
        time.sleep(0.3)
    pytest.fail(f"{base} was not ready after {READY_SECONDS} s: {last_error}")


def _stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=30)


def _log_in(browser: Browser, base: str, path: str = "/accounts/login/", username: str = "alice") -> None:
    status, _ = browser.submit(f"{base}{path}", {"username": username, "password": PASSWORD})
    assert status == 200  # the redirect after log-in is followed


def test_it_keeps_a_user_logged_in_across_servers(two_servers):
    first, second = two_servers
    browser = Browser()
    _log_in(browser, first)
    status, html = browser.get(f"{second}/accounts/")
    assert status == 200
    assert "alice" in html


def test_progress_written_through_one_server_is_read_through_the_other(two_servers):
    first, second = two_servers
    browser = Browser()
    _log_in(browser, first)
    status, _ = browser.submit(
        f"{first}/skills/cloud-platforms/", {"status": "learning", "level": "3", "notes": "Wrote my first Terraform"}
    )
    assert status == 200
    status, html = browser.get(f"{second}/progress/")
    assert status == 200
    assert re.search(r"Cloud Platforms: status learning, level 3", html)
    status, skill_page = browser.get(f"{second}/skills/cloud-platforms/")
    assert "Wrote my first Terraform" in skill_page


def test_an_edit_in_one_servers_admin_is_served_by_the_other_at_once(two_servers):
    first, second = two_servers
    reader = Browser()
    status, before = reader.get(f"{second}/skills/communication/")
    assert status == 200  # now cached in Redis for anonymous readers
    assert "Edited through the first server" not in before

    editor = Browser()
    _log_in(editor, first, path="/admin/login/?next=/admin/", username="edith")
    status, html = editor.get(f"{first}/admin/skills/skill/?q=Communication")
    skill_id = re.search(r'href="/admin/skills/skill/(\d+)/change/', html).group(1)
    change_url = f"{first}/admin/skills/skill/{skill_id}/change/"
    status, _ = editor.submit(
        change_url, {"summary": "Edited through the first server.", "_save": "Save"}, "skill_form"
    )
    assert status == 200

    # The second server reads the content version from the database at most once a second
    # (core/page_cache.py), and a busy machine can stretch that, so poll until a deadline.
    deadline = time.monotonic() + PROPAGATION_SECONDS
    while True:
        status, after = reader.get(f"{second}/skills/communication/")
        assert status == 200
        if "Edited through the first server." in after or time.monotonic() > deadline:
            break
        time.sleep(0.05)
    assert "Edited through the first server." in after
