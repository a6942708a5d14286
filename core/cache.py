"""Django's Redis cache, made to fail open: with Redis down, pages still answer.

A cache is an optimisation. When Redis cannot be reached, reads miss and writes are
dropped, and one warning a minute is logged, instead of every page failing with a 500.
"""

from __future__ import annotations

import functools
import logging
import time

from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger("core.cache")
WARN_EVERY_SECONDS = 60


def _fail_open(fallback):
    def decorate(method):
        @functools.wraps(method)
        def wrapper(self, *args, **kwargs):
            try:
                return method(self, *args, **kwargs)
            except RedisError as exc:
                self._warn(method.__name__, exc)
                return fallback(*args, **kwargs) if callable(fallback) else fallback

        return wrapper

    return decorate


class FailOpenRedisCache(RedisCache):
    _last_warning = 0.0

    def _warn(self, operation: str, exc: Exception) -> None:
        now = time.monotonic()
        if now - FailOpenRedisCache._last_warning >= WARN_EVERY_SECONDS:
            FailOpenRedisCache._last_warning = now
            logger.warning("Cache unavailable, serving without it (%s failed: %s)", operation, exc)

    def ping(self) -> bool:
        """A real round trip that raises when Redis is down; used by the readiness check."""
        RedisCache.has_key(self, "readyz")  # Django's own method, which does not fail open
        return True

    get = _fail_open(lambda key, default=None, version=None: default)(RedisCache.get)
    get_many = _fail_open({})(RedisCache.get_many)
    has_key = _fail_open(False)(RedisCache.has_key)
    add = _fail_open(False)(RedisCache.add)
    set = _fail_open(None)(RedisCache.set)
    set_many = _fail_open(lambda data, *a, **k: list(data))(RedisCache.set_many)
    touch = _fail_open(False)(RedisCache.touch)
    delete = _fail_open(False)(RedisCache.delete)
    delete_many = _fail_open(None)(RedisCache.delete_many)
    clear = _fail_open(None)(RedisCache.clear)
