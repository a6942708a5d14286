"""Logging filters: the same error at most once per interval, with a count; a refused Host as a warning.

Attached to loggers in settings.LOGGING. During a database outage every request fails the same way; one
line (with its traceback) per interval says as much as thousands and keeps the log readable.
"""

from __future__ import annotations

import logging
import threading
import time
import traceback
import weakref

_filters: weakref.WeakSet[OncePerInterval] = weakref.WeakSet()


class OncePerInterval(logging.Filter):
    """Let a record through once per `interval` seconds per kind of error; count the ones held back.

    A kind is the logger, the exception's type and where it was raised (the innermost frame of its
    traceback), or for a record without an exception the place that logged it and its message template.
    The next record of a kind let through after the interval says how many were held back before it.
    """

    def __init__(self, interval: float = 60.0) -> None:
        super().__init__()
        self.interval = float(interval)
        self._lock = threading.Lock()
        self._kinds: dict[tuple, tuple[float, int]] = {}  # kind: (when it was last let through, held back since)
        _filters.add(self)

    def filter(self, record: logging.LogRecord) -> bool:
        kind = _kind(record)
        now = time.monotonic()
        with self._lock:
            last, held_back = self._kinds.get(kind, (None, 0))
            if last is not None and now - last < self.interval:
                self._kinds[kind] = (last, held_back + 1)
                return False
            self._kinds[kind] = (now, 0)
        if held_back:
            record.msg = f"{record.getMessage()} [{held_back} more like this in the last {self.interval:g} s]"
            record.args = None
        return True

    def forget(self) -> None:
        with self._lock:
            self._kinds.clear()


def forget_all() -> None:
    """Start every OncePerInterval afresh (for tests, which each expect their own first line)."""
    for log_filter in list(_filters):
        log_filter.forget()


def _kind(record: logging.LogRecord) -> tuple:
    if record.exc_info and record.exc_info[1] is not None:
        exc = record.exc_info[1]
        frames = traceback.extract_tb(exc.__traceback__)
        where = (frames[-1].filename, frames[-1].lineno) if frames else (record.pathname, record.lineno)
        return (record.name, type(exc).__module__, type(exc).__qualname__, *where)
    return (record.name, record.pathname, record.lineno, str(record.msg))


class WarningWithoutTraceback(logging.Filter):
    """Turn a record into one WARNING line: for refusals that are routine, such as a wrong Host header
    from a scanner (django.security.DisallowedHost logs them as errors with a full traceback)."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.levelno, record.levelname = logging.WARNING, logging.getLevelName(logging.WARNING)
        record.exc_info, record.exc_text, record.stack_info = None, None, None
        return True
