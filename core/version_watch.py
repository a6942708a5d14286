"""The guide's content version, pushed to every app process over Redis pub/sub.

With several app servers the content version lives in Redis (see page_cache.content_version).
Reading it there on every request cost a round trip per page, more than serving the stored
page itself. Instead each process keeps a listener thread subscribed to CHANNEL, and whoever
commits a change publishes the new version on it: a process answers from memory, and hears
of an edit made anywhere within a round trip of its commit.

The memory is trusted only while it can be: not before the listener is subscribed, not after
its connection fails (until it has subscribed again), and never for longer than TRUST_SECONDS
without being confirmed from Redis, so that even a lost announcement is outlived. In all
those cases content_version reads Redis as it would without the listener.
"""

from __future__ import annotations

import logging
import os
import threading
import time

import redis
from django.conf import settings
from redis.exceptions import RedisError

logger = logging.getLogger("core.cache")

CHANNEL = "careerguide:content-version"
# The longest a version is served from memory without being read from Redis again.
TRUST_SECONDS = 30
RECONNECT_SECONDS = (0.1, 0.5, 1, 2, 5)


class VersionWatcher:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pid: int | None = None
        self._subscribed = False
        self._version: str | None = None
        self._trusted_until = 0.0
        # Counts what the listener heard; a version read from Redis is only kept if nothing
        # was heard while it was being read (it might be older than what was heard).
        self._heard = 0
        self._stopping = threading.Event()
        self._failures = 0  # in a row, for the back-off between reconnections

    # --- what requests use ---------------------------------------------------------------

    def current(self) -> tuple[str | None, int]:
        """(the version in memory, or None when it cannot be trusted; a ticket for offer())."""
        if self._pid != os.getpid():
            self._start()
        with self._lock:
            trusted = self._subscribed and self._version is not None and time.monotonic() < self._trusted_until
            return (self._version if trusted else None), self._heard

    def offer(self, version: str, ticket: int) -> None:
        """A version just read from Redis or the database, under the ticket current() gave."""
        with self._lock:
            if self._subscribed and ticket == self._heard:
                self._keep(version)

    def withdraw(self) -> None:
        """This process is changing content: forget the version until the change is read back."""
        with self._lock:
            self._heard += 1
            self._version = None

    def stop(self) -> None:
        """End the listener for good (tests)."""
        self._stopping.set()

    # --- the listener ----------------------------------------------------------------------

    def _keep(self, version: str) -> None:
        self._version = version
        self._trusted_until = time.monotonic() + TRUST_SECONDS

    def _start(self) -> None:
        with self._lock:
            if self._pid == os.getpid():
                return
            # A new process (gunicorn forks its workers): threads do not survive a fork.
            self._pid, self._subscribed, self._version = os.getpid(), False, None
        threading.Thread(target=self._listen, name="content-version-listener", daemon=True).start()

    def _listen(self) -> None:
        while not self._stopping.is_set():
            try:
                self._listen_once()
            except (RedisError, OSError) as exc:
                with self._lock:
                    self._subscribed, self._version = False, None
                    self._heard += 1
                if self._failures == 0:
                    logger.warning("Content version listener lost Redis, reading it per request (%s)", exc)
                self._stopping.wait(RECONNECT_SECONDS[min(self._failures, len(RECONNECT_SECONDS) - 1)])
                self._failures += 1

    def _listen_once(self) -> None:
        client = redis.Redis.from_url(
            settings.REDIS_URL,
            socket_connect_timeout=1,
            health_check_interval=10,
            client_name=f"careerguide-version-listener-{os.getpid()}",
        )
        pubsub = client.pubsub()
        try:
            pubsub.subscribe(CHANNEL)
            while not self._stopping.is_set():
                message = pubsub.get_message(timeout=1)
                if message is None:
                    pubsub.ping()  # raises if the connection is gone
                    continue
                with self._lock:
                    if message["type"] == "subscribe":
                        # From now on nothing announced is missed; the first request reads the
                        # current version and offers it.
                        self._subscribed = True
                        self._heard += 1
                        self._failures = 0
                    elif message["type"] == "message":
                        self._heard += 1
                        self._keep(message["data"].decode())
        finally:
            with self._lock:
                self._subscribed, self._version = False, None
            pubsub.close()
            client.close()


watcher = VersionWatcher()
_publisher: redis.Redis | None = None


def announce(version: str) -> None:
    """Tell every process's listener the new version (after the change has committed)."""
    global _publisher
    try:
        if _publisher is None:
            _publisher = redis.Redis.from_url(settings.REDIS_URL, socket_connect_timeout=1, socket_timeout=1)
        _publisher.publish(CHANNEL, version)
    except RedisError as exc:
        # Listeners outlive a lost announcement: they read Redis again within TRUST_SECONDS.
        logger.warning("Could not announce the content version (%s)", exc)
