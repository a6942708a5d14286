"""Concurrent updates against a real server: every one lands, none is a server error.

Eight threads, each request on its own HTTP connection, post 40 changes for one learner at
once: levels, notes and target dates spread over 10 skills, and ticks on 10 pathway steps.
Runs on SQLite (WAL, busy timeout, IMMEDIATE transactions) and on PostgreSQL (CI's DATABASE_URL).
"""

import datetime
import http.client
import http.cookiejar
import json
import re
import threading
import urllib.parse
import urllib.request
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection

from progress.models import Learner, PathwayPlan, ProgressEvent, ProgressStatus, SkillProgress, StepCompletion
from tests.factories import SkillFactory
from tests.progress_helpers import make_career, make_pathway

THREADS = 8
SKILLS = 10
PASSWORD = "correct horse battery staple"
CSRF_FIELD = re.compile(r'name="csrfmiddlewaretoken"(?: form="[^"]+")? value="([^"]+)"')


class Browser:
    """Just enough of a browser: a cookie jar, and the CSRF token from the last page with a form."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))
        self.token = ""

    def get(self, path: str) -> str:
        html = self.opener.open(self.base_url + path).read().decode()
        match = CSRF_FIELD.search(html)
        self.token = match.group(1) if match else self.token
        return html

    def post(self, path: str, data: dict) -> None:
        body = urllib.parse.urlencode({**data, "csrfmiddlewaretoken": self.token}).encode()
        # The live server's own http:// address, never a file: or other scheme.
        request = urllib.request.Request(self.base_url + path, data=body, headers={"Referer": self.base_url})  # noqa: S310
        self.opener.open(request)

    @property
    def cookie_header(self) -> str:
        return "; ".join(f"{cookie.name}={cookie.value}" for cookie in self.jar)


def _log_in(browser: Browser, username: str) -> None:
    browser.get("/accounts/login/")
    browser.post("/accounts/login/", {"username": username, "password": PASSWORD})
    assert "Log in</a>" not in browser.get("/progress/"), "the login did not take"


def _updates(steps: list[int]) -> list[tuple[str, dict, bool]]:
    """40 (path, form data, wants JSON) posts, each changing something that no other post touches."""
    updates = []
    for index in range(SKILLS):
        path = f"/progress/skills/skill-{index}/"
        updates.append((path, {"level": str(index % 4 + 1)}, index % 2 == 0))
        updates.append((path, {"notes": f"Notes on skill {index}"}, index % 2 == 1))
        updates.append((path, {"target_date": f"2030-01-{index + 1:02d}"}, True))
    updates += [(f"/progress/steps/{step_id}/", {"done": "1"}, step_id % 2 == 0) for step_id in steps]
    return updates


def _expected(index: int) -> dict:
    return {
        "level": index % 4 + 1,
        "status": ProgressStatus.LEARNING,  # a level above zero means started
        "notes": f"Notes on skill {index}",
        "target_date": datetime.date(2030, 1, index + 1),
    }


def _fire(browser: Browser, updates: list) -> tuple[Counter, int]:
    """Post the updates from THREADS threads at once; return the statuses seen and the most requests in flight."""
    host, port = urllib.parse.urlsplit(browser.base_url).netloc.split(":")
    headers = {
        "Cookie": browser.cookie_header,
        "X-CSRFToken": browser.token,
        "Referer": browser.base_url,
        "Content-Type": "application/x-www-form-urlencoded",
    }
    lock, in_flight, most = threading.Lock(), [0], [0]
    start = threading.Barrier(THREADS)

    def post(update: tuple[str, dict, bool]) -> int:
        path, data, wants_json = update
        accept = "application/json" if wants_json else "text/html"
        if updates.index(update) < THREADS:
            start.wait(timeout=30)  # the first wave leaves together
        # A connection per request, as Django's test server closes it after each response.
        client = http.client.HTTPConnection(host, int(port), timeout=60)
        with lock:
            in_flight[0] += 1
            most[0] = max(most[0], in_flight[0])
        try:
            client.request("POST", path, body=urllib.parse.urlencode(data), headers={**headers, "Accept": accept})
            response = client.getresponse()
            body = response.read()
        finally:
            client.close()
            with lock:
                in_flight[0] -= 1
        if wants_json and response.status == 200:
            assert json.loads(body)["ok"] is True
        return response.status

    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        statuses = list(pool.map(post, updates))
    return Counter(statuses), most[0]


@pytest.fixture
def content(db):
    make_career(technical=0, soft=0)
    for index in range(SKILLS):
        SkillFactory(name=f"Skill {index}", slug=f"skill-{index}")
    pathway = make_pathway(steps=SKILLS)
    return list(pathway.steps.values_list("pk", flat=True))


@pytest.fixture
def separate_connections(db):
    if connection.vendor == "sqlite" and connection.is_in_memory_db():
        pytest.fail(
            "SQLite's in-memory test database is one connection that the live server's threads share, "
            "so concurrent requests fail with 'database table is locked' whatever the code does. "
            "Give tests/settings.py a file test database for SQLite: "
            "DATABASES['default']['TEST'] = {'NAME': BASE_DIR / 'test_db.sqlite3'}."
        )


def _assert_all_landed(learner: Learner, steps: list[int], events: int) -> None:
    rows = {row.skill.slug: row for row in SkillProgress.objects.filter(learner=learner).select_related("skill")}
    assert sorted(rows) == sorted(f"skill-{index}" for index in range(SKILLS))  # exactly one row per skill
    for index in range(SKILLS):
        row = rows[f"skill-{index}"]
        assert {name: getattr(row, name) for name in _expected(index)} == _expected(index), f"skill-{index}"
    assert set(StepCompletion.objects.filter(learner=learner).values_list("step_id", flat=True)) == set(steps)
    assert PathwayPlan.objects.filter(learner=learner).count() == 1
    assert ProgressEvent.objects.filter(learner=learner).count() == events  # each post changed something


@pytest.mark.django_db(transaction=True)
def test_it_lands_every_one_of_40_concurrent_updates_by_alice(live_server, separate_connections, alice, content):
    browser = Browser(live_server.url)
    _log_in(browser, "alice")
    assert not Learner.objects.exists()  # the eight first posts race to create alice's learner

    updates = _updates(content)
    seen, most = _fire(browser, updates)
    print(f"\nconcurrency (alice): {len(updates)} POSTs, {THREADS} threads, {most} at once; statuses {dict(seen)}")

    assert not [status for status in seen if status >= 500]
    assert set(seen) <= {200, 302}
    assert most > 1
    assert Learner.objects.count() == 1
    _assert_all_landed(Learner.objects.get(user=alice), content, events=len(updates))


@pytest.mark.django_db(transaction=True)
def test_it_lands_every_one_of_40_concurrent_updates_by_a_visitor(live_server, separate_connections, content):
    browser = Browser(live_server.url)
    browser.get("/progress/")
    browser.post("/progress/skills/skill-0/", {"status": "learning"})  # creates the visitor's learner
    assert "sessionid" in browser.cookie_header

    updates = _updates(content)
    seen, most = _fire(browser, updates)
    print(f"\nconcurrency (visitor): {len(updates)} POSTs, {THREADS} threads, {most} at once; statuses {dict(seen)}")

    assert not [status for status in seen if status >= 500]
    assert set(seen) <= {200, 302}
    assert Learner.objects.count() == 1
    _assert_all_landed(Learner.objects.get(user=None), content, events=len(updates) + 1)
