"""Junk and 404 addresses store nothing: 20,000 distinct junk query strings leave the cache as it was.

The figures (what was stored, this run's keys in Redis with REDIS_URL, Redis's memory and this process's
resident memory, before and after) are printed at the end of the run, with pytest-xdist too.
"""

import logging
import os
import resource

import pytest
from django.conf import settings
from django.core.cache import cache
from django.test import Client
from django.urls import path

from careerguide import urls as site_urls
from tests.core import test_page_keys as keyed
from tests.progress_helpers import make_career

pytestmark = [pytest.mark.django_db, pytest.mark.urls(__name__)]

# The site's own pages, and two of the cache tests' views, which answer in microseconds: one that
# reads no parameter and one that reads kind (each stored once, at its plain address).
urlpatterns = [
    path("keyed/filtered/", keyed.filtered),
    path("keyed/plain/", keyed.reads_nothing),
    *site_urls.urlpatterns,
]
JUNK = 20_000


@pytest.fixture
def stores(monkeypatch):
    """Every key the page cache writes."""
    written = []
    real_set = cache.set

    def counting_set(key, value, timeout=None, **kwargs):
        written.append(key)
        return real_set(key, value, timeout, **kwargs)

    monkeypatch.setattr(cache, "set", counting_set)
    return written


def redis_figures() -> dict:
    """This run's keys in Redis (its own key prefix, tests/settings.py), their count, and Redis's memory.

    Only this run's keys: anything else on the server (another run, a benchmark) may add or remove its own.
    """
    options = settings.CACHES["default"]
    if not os.environ.get("REDIS_URL") or "KEY_PREFIX" not in options:
        return {}
    import redis

    with redis.Redis.from_url(options["LOCATION"]) as client:
        keys = set(client.scan_iter(match=f"{options['KEY_PREFIX']}:*", count=1000))
        return {"keys": len(keys), "used_memory": client.info("memory")["used_memory"], "names": keys}


def shown(figures: dict) -> dict | str:
    return {name: value for name, value in figures.items() if name != "names"} or "-"


def resident_kb() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * resource.getpagesize() // 1024


def test_junk_addresses_store_nothing(stores, print_figures):
    make_career()
    client = Client()
    for url in ("/", "/skills/tech-0/", "/resources/", "/keyed/plain/", "/keyed/filtered/"):
        assert client.get(url).status_code == 200  # each stored once
    stored = list(stores)
    assert len(stored) == 5
    answers = {}

    def send(url: str) -> None:
        status = client.get(url).status_code
        answers[status] = answers.get(status, 0) + 1

    logging.disable(logging.INFO)  # pytest would keep each request's log line in memory
    try:
        for n in range(1000):  # warms the process up, so that its memory shows only what is kept
            send(f"/keyed/plain/?warm={n}")
        answers.clear()
        before = (redis_figures(), resident_kb())
        for n in range(JUNK):
            send(f"/keyed/plain/?utm_source=junk{n}" if n % 2 else f"/keyed/filtered/?kind=junk{n}")
        # The site's own pages, fewer times (each is rendered: its address is not the stored one).
        for n in range(100):
            for url in (f"/?junk={n}", f"/skills/tech-0/?x={n}", f"/resources/?kind=junk{n}", f"/skills/junk-{n}/"):
                send(url)
    finally:
        logging.disable(logging.NOTSET)
    after = (redis_figures(), resident_kb())
    redis_before, redis_after = (shown(figures) for figures in (before[0], after[0]))
    print_figures(
        f"{JUNK + 400} junk requests, answered {answers}; pages stored: {len(stored)} before them, "
        f"{len(stores) - len(stored)} by them; Redis: {redis_before} before, {redis_after} after; "
        f"this process's resident memory (not asserted): {before[1]} KB before, {after[1]} KB after"
    )
    assert stores == stored  # nothing more was stored
    assert answers == {200: JUNK + 300, 404: 100}
    if before[0]:
        assert before[0]["keys"] >= len(stored)  # the pages stored above are among the keys looked at
        assert after[0]["keys"] == before[0]["keys"]
        assert after[0]["names"] == before[0]["names"]
