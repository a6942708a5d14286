"""The content version pushed over Redis pub/sub (careerguide/version_watch.py), against the machine's Redis."""

import os
import socket
import time

import pytest
import redis

from core import version_watch
from core.version_watch import VersionWatcher

REDIS_URL = "redis://127.0.0.1:6379/12"
DEAD_REDIS_URL = "redis://127.0.0.1:1/0"


def _redis_runs() -> bool:
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=1).close()
        return True
    except OSError:
        return False


@pytest.fixture
def channel(monkeypatch):
    """A channel of this test's own: channels are shared by every database of a Redis server."""
    if not _redis_runs():
        if os.environ.get("CI"):
            pytest.fail("Redis must run on 127.0.0.1:6379 in CI")
        pytest.skip("needs Redis on 127.0.0.1:6379")
    name = f"careerguide-test-{os.getpid()}-{time.monotonic_ns()}"
    monkeypatch.setattr(version_watch, "CHANNEL", name)
    monkeypatch.setattr(version_watch, "_publisher", None)
    return name


@pytest.fixture
def watcher(settings, channel):
    settings.REDIS_URL = REDIS_URL
    watching = VersionWatcher()
    yield watching
    watching.stop()


def eventually(check, attempts: int = 200) -> bool:
    """Whether check() comes true while the listener thread catches up (a delivery, not a timing)."""
    for _ in range(attempts):
        if check():
            return True
        time.sleep(0.025)
    return False


def subscribed(watcher: VersionWatcher) -> int:
    """Start the listener, wait for its subscription; the ticket to offer under."""
    watcher.current()
    assert eventually(lambda: watcher._subscribed)
    return watcher.current()[1]


def test_nothing_is_trusted_before_a_version_is_read(watcher):
    assert watcher.current()[0] is None
    ticket = subscribed(watcher)
    assert watcher.current()[0] is None
    watcher.offer("v1", ticket)
    assert watcher.current()[0] == "v1"


def test_an_announcement_reaches_the_listener(watcher):
    subscribed(watcher)
    version_watch.announce("2026-11-27T10:00:00")
    assert eventually(lambda: watcher.current()[0] == "2026-11-27T10:00:00")


def test_a_version_read_while_a_newer_one_was_announced_is_not_kept(watcher):
    stale_ticket = subscribed(watcher)
    version_watch.announce("new")
    assert eventually(lambda: watcher.current()[0] == "new")
    watcher.offer("old", stale_ticket)  # read from Redis before the announcement arrived
    assert watcher.current()[0] == "new"


def test_a_change_in_this_process_withdraws_the_version_at_once(watcher):
    ticket = subscribed(watcher)
    watcher.offer("v1", ticket)
    watcher.withdraw()
    assert watcher.current()[0] is None
    watcher.offer("v1", ticket)  # a read from before the withdrawal is not taken back
    assert watcher.current()[0] is None


def test_a_version_is_trusted_for_trust_seconds_without_confirmation(watcher, monkeypatch):
    ticket = subscribed(watcher)
    watcher.offer("v1", ticket)
    now = time.monotonic()
    monkeypatch.setattr(version_watch.time, "monotonic", lambda: now + version_watch.TRUST_SECONDS + 1)
    assert watcher.current()[0] is None


def test_a_lost_connection_stops_the_trust_until_the_listener_is_back(watcher):
    ticket = subscribed(watcher)
    watcher.offer("v1", ticket)
    server = redis.Redis.from_url(REDIS_URL)
    name = f"careerguide-version-listener-{os.getpid()}"
    listeners = [client["id"] for client in server.client_list() if client["name"] == name]
    assert listeners
    for client_id in listeners:
        server.client_kill_filter(_id=client_id)
    assert eventually(lambda: watcher.current()[0] is None)
    # It subscribes again by itself; what was announced meanwhile may be lost, so it takes a fresh read.
    ticket = subscribed(watcher)
    assert watcher.current()[0] is None
    watcher.offer("v2", ticket)
    assert watcher.current()[0] == "v2"


def test_without_redis_nothing_is_trusted_and_nothing_fails(settings, channel):
    settings.REDIS_URL = DEAD_REDIS_URL
    watching = VersionWatcher()
    try:
        version, ticket = watching.current()
        watching.offer("v1", ticket)
        assert watching.current()[0] is None
        version_watch.announce("v2")  # logged, not raised
    finally:
        watching.stop()


@pytest.mark.django_db
def test_pages_follow_an_announced_version_without_reading_redis(settings, channel, monkeypatch):
    """With the listener subscribed, content_version answers from memory; an edit shows at once."""
    from django.core.cache import cache

    from core import page_cache
    from tests.factories import FAQEntryFactory
    from tests.progress_helpers import make_career

    settings.REDIS_URL = REDIS_URL
    settings.PAGE_CACHE_SHARED_VERSION = True
    watching = VersionWatcher()
    monkeypatch.setattr(version_watch, "watcher", watching)
    try:
        career = make_career()
        subscribed(watching)
        first = page_cache.content_version()  # read once, then kept
        reads = []
        monkeypatch.setattr(cache, "get", lambda *args, **kwargs: reads.append(args))
        assert page_cache.content_version() == first
        assert reads == []
        FAQEntryFactory(career=career)  # withdraws this process's version at once
        assert page_cache.content_version() != first
    finally:
        watching.stop()
