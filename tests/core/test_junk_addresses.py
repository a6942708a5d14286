"""Junk and 404 addresses store nothing: 20,000 distinct junk query strings leave the cache as it was.

The cache's size is counted by this test's own keys (a key prefix of its own), never the whole Redis
database, which other test runs share. The figures (what was stored, this test's keys in Redis with
REDIS_URL, Redis's memory and this process's resident memory, before and after) are printed at the end of
the run, in its "figures" section (print_figures in tests/conftest.py: pytest-xdist shows no worker's output).
"""

import logging
import os
import resource
from urllib.parse import urlsplit

import pytest
from django.core.cache import caches
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


# With Redis, a database number no other test uses: every other test empties its cache's database
# (page_cache.clear() in conftest.py), which another run beside this one would do to these keys meanwhile.
OWN_REDIS_DB = 14


@pytest.fixture
def own_prefix(settings):
    """A cache key prefix of this test's own: its keys can be counted apart from anyone else's."""
    prefix = f"careerguide-junk-{os.getpid()}"
    default = {**settings.CACHES["default"], "KEY_PREFIX": prefix}
    if os.environ.get("REDIS_URL"):
        default["LOCATION"] = _own_redis_url()
    settings.CACHES = {**settings.CACHES, "default": default}
    yield prefix
    if os.environ.get("REDIS_URL"):
        client = _redis()
        for key in client.scan_iter(match=f"{prefix}:*", count=1000):
            client.delete(key)


@pytest.fixture
def stores(monkeypatch, own_prefix):
    """Every key the page cache writes."""
    written = []
    own_cache = caches["default"]  # this test's (own_prefix), not the proxy that outlives it
    real_set = own_cache.set

    def counting_set(key, value, timeout=None, **kwargs):
        written.append(key)
        return real_set(key, value, timeout, **kwargs)

    monkeypatch.setattr(own_cache, "set", counting_set)
    return written


def _own_redis_url() -> str:
    return urlsplit(os.environ["REDIS_URL"])._replace(path=f"/{OWN_REDIS_DB}").geturl()


def _redis():
    import redis

    return redis.Redis.from_url(_own_redis_url())


def redis_figures(prefix: str) -> dict:
    """This test's keys in Redis (those under its own prefix) and Redis's memory (shared, not asserted)."""
    if not os.environ.get("REDIS_URL"):
        return {}
    client = _redis()
    own_keys = sum(1 for _ in client.scan_iter(match=f"{prefix}:*", count=1000))
    return {"keys": own_keys, "used_memory": client.info("memory")["used_memory"]}


def resident_kb() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * resource.getpagesize() // 1024


def test_junk_addresses_store_nothing(stores, own_prefix, print_figures):
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
        before = (redis_figures(own_prefix), resident_kb())
        for n in range(JUNK):
            send(f"/keyed/plain/?utm_source=junk{n}" if n % 2 else f"/keyed/filtered/?kind=junk{n}")
        # The site's own pages, fewer times (each is rendered: its address is not the stored one).
        for n in range(100):
            for url in (
                f"/?junk={n}",
                f"/skills/tech-0/?x={n}",
                f"/resources/?kind=junk{n}",
                f"/skills/junk-{n}/",
                f"/search/?q=zq{n}xv",  # finds nothing: never stored
            ):
                send(url)
    finally:
        logging.disable(logging.NOTSET)
    after = (redis_figures(own_prefix), resident_kb())
    redis_before, redis_after = before[0] or "-", after[0] or "-"
    print_figures(
        f"{JUNK + 500} junk requests, answered {answers}; pages stored: {len(stored)} before them, "
        f"{len(stores) - len(stored)} by them; Redis: {redis_before} before, {redis_after} after; "
        f"this process's resident memory (not asserted): {before[1]} KB before, {after[1]} KB after"
    )
    assert stores == stored  # nothing more was stored
    assert answers == {200: JUNK + 400, 404: 100}
    if before[0]:
        assert before[0]["keys"] >= len(stored)  # the stored pages are this test's keys
        assert after[0]["keys"] == before[0]["keys"]
