"""Answers remembered for as long as nothing has been committed to the database.

A few hot reads give the same answer until some transaction commits: the guide's content
version, and which cached page a session's dashboard is. The database can say cheaply whether
anything has been committed since it last asked:

- SQLite: PRAGMA data_version changes when another connection commits, and the connection's
  own total_changes counts its own writes. No query is compiled; nothing leaves the process.
- PostgreSQL: the text of pg_current_snapshot() (xmin:xmax:in-progress list) changes with
  every commit, since a commit either drops its transaction from the in-progress list or moves
  xmax past it. One round trip that reads no table.

So a value is remembered with the state it was read under, and recalled only while the
state is still the same: any commit anywhere, by any process or tool, forgets everything.
The state is read before the value, so a commit in between can only cause a miss. Inside a
transaction nothing is remembered: its reads may be older than the state, and a rollback
would leave behind answers that were never committed.

Values are kept per database connection (a connection belongs to one thread), at most
MEMO_SIZE of them, least recently used first out.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Hashable
from typing import Any

from django.db import DEFAULT_DB_ALIAS, connections

MEMO_SIZE = 512
Missing = object()


def _state(db) -> Hashable | None:
    """A token that changes whenever anything is committed; None when it cannot be known."""
    if db.in_atomic_block:
        return None
    if db.connection is None:
        db.ensure_connection()
    if db.vendor == "sqlite":
        raw = db.connection
        return (raw.execute("PRAGMA data_version").fetchone()[0], raw.total_changes)
    if db.vendor == "postgresql":
        with db.cursor() as cursor:
            cursor.execute("SELECT pg_current_snapshot()::text")
            return cursor.fetchone()[0]
    return None


def _memo(db) -> OrderedDict:
    # Kept on Django's connection wrapper, and dropped with the database connection it was
    # read through: a new connection has a state of its own.
    kept = getattr(db, "_db_memo", None)
    if kept is None or kept[0] is not db.connection:
        kept = (db.connection, OrderedDict())
        db._db_memo = kept
    return kept[1]


def recall(key: Hashable) -> tuple[Any, Hashable | None]:
    """(the value remembered under key, or Missing; the current state, for remember())."""
    db = connections[DEFAULT_DB_ALIAS]  # looked up once: this runs on every cached page
    current = _state(db)
    if current is None:
        return Missing, None
    memo = _memo(db)
    entry = memo.get(key)
    if entry is None:
        return Missing, current
    entry_state, value, expires = entry
    if entry_state != current or (expires is not None and time.monotonic() >= expires):
        del memo[key]
        return Missing, current
    memo.move_to_end(key)
    return value, current


def remember(key: Hashable, read_under: Hashable | None, value: Any, *, seconds: float | None = None) -> None:
    """Keep value under key while the state is still read_under (from recall), at most seconds."""
    db = connections[DEFAULT_DB_ALIAS]
    if read_under is None or db.connection is None:
        return
    memo = _memo(db)
    memo[key] = (read_under, value, None if seconds is None else time.monotonic() + seconds)
    memo.move_to_end(key)
    while len(memo) > MEMO_SIZE:
        memo.popitem(last=False)


def memoized(key: Hashable, compute) -> Any:
    """compute()'s answer, remembered until the next commit."""
    value, read_under = recall(key)
    if value is Missing:
        value = compute()
        remember(key, read_under, value)
    return value
