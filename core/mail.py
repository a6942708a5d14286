"""Mail sent off the request's path, once the request's transaction has committed.

Why: a request that sends mail itself takes as long as the mail server does, so its timing tells an
outsider whether a mail went out (for example whether an address has an account). Here the request
only hands a small job to a background thread; the job decides what to send (it may use the
database: sign-up decides there), renders and sends it. The request that mails and the one that
does not then do the same work before they answer.

How: one small pool of threads per process (started on first use, again in a forked child). Its
threads are not daemons: a worker that exits (gunicorn's max_requests, a restart) finishes the mails
it has accepted first. A job that fails is logged, never raised: the request has long answered.

A job queued during a request starts only once the response has been sent (Django's
request_finished signal, connected in core/apps.py): started at once, its thread would compete with
the rest of the request for the interpreter (the GIL) and add a few milliseconds to exactly the
requests that mail, which is what an outsider measures.

EMAIL_IN_BACKGROUND = False (the test settings) runs each job at commit in the caller's thread, so
tests can read `django.core.mail.outbox` at once.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, wait

from django.conf import settings
from django.db import connections, transaction

logger = logging.getLogger(__name__)

# Two threads: enough for a site whose mails are sign-ups and password resets, and a bound on how many
# SMTP connections a burst of requests can open. Further jobs wait in the pool's queue.
WORKERS = 2

_lock = threading.Lock()
_pool: ThreadPoolExecutor | None = None
_pending: set[Future] = set()  # accepted and not yet sent, for wait_until_sent


def _forget(future: Future) -> None:
    with _lock:
        _pending.discard(future)


def _forget_pool_after_fork() -> None:
    # A forked child has the parent's pool object but none of its threads.
    global _pool, _lock
    _pool = None
    _lock = threading.Lock()  # the parent may have held it while forking
    _pending.clear()


os.register_at_fork(after_in_child=_forget_pool_after_fork)


def _get_pool() -> ThreadPoolExecutor:
    global _pool
    with _lock:
        if _pool is None:
            _pool = ThreadPoolExecutor(max_workers=WORKERS, thread_name_prefix="mail")
        return _pool


def _run(job: Callable[[], object], description: str, *, in_background: bool) -> None:
    try:
        job()
    except Exception:
        logger.exception("Could not send %s", description)
    finally:
        if in_background:
            # The job's database connection belongs to this thread (connections are per thread):
            # closed after each job rather than left open between mails.
            connections.close_all()


# Jobs queued by the request this thread is handling, started when its response has gone out.
_held = threading.local()


def hold_during_request(**kwargs) -> None:
    """request_started: hold this thread's jobs until the response is sent."""
    release_held()  # never lose a job: anything a previous request left is started now
    _held.jobs = []


def release_held(**kwargs) -> None:
    """request_finished: start the jobs the request queued."""
    jobs = getattr(_held, "jobs", None)
    _held.jobs = None
    for job, description in jobs or ():
        _submit(job, description)


def _submit(job: Callable[[], object], description: str) -> None:
    future = _get_pool().submit(_run, job, description, in_background=True)
    with _lock:
        _pending.add(future)
    future.add_done_callback(_forget)


def send_after_commit(job: Callable[[], object], *, description: str) -> None:
    """Run `job` (which decides, renders and sends a mail) after the current transaction commits, on
    a background thread. `description` names the job in the log if it fails (never an address)."""

    def start() -> None:
        if not settings.EMAIL_IN_BACKGROUND:
            _run(job, description, in_background=False)
        elif getattr(_held, "jobs", None) is not None:
            _held.jobs.append((job, description))
        else:
            _submit(job, description)

    transaction.on_commit(start)


def wait_until_sent(timeout: float = 10.0) -> bool:
    """Wait until every mail accepted so far has been sent (or has failed); False if `timeout`
    seconds passed first. For tests; requests never wait."""
    with _lock:
        pending = set(_pending)
    _done, not_done = wait(pending, timeout=timeout)
    return not not_done
