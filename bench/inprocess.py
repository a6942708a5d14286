"""Microseconds per request, in-process: Django's WSGI handler called in a loop, no server, no network.

    DATABASE_URL=... python bench/inprocess.py [REQUESTS] [--without PIECE]

Needs a migrated database with the guide loaded (`make load`, or bench/run.py's throwaway one).
Prints, for each target, the median of five runs of REQUESTS requests (default 2,000), in wall-clock
and in this process's CPU microseconds (steadier on a shared machine; a database server's own CPU is
not in it): the static stylesheet, the floors (`/healthz`, a view that does nothing, anonymous and with
the learner's session, as `make bench` has them), the guide and a skill page for anonymous readers (with and without
gzip), the dashboard of a logged-in learner, and that learner's progress POST (JSON answer, a level
that changes on every request, as `make bench` sends). Use it to see what one piece of code buys: run it with and
without the piece: --without version-memo reads the content version on every request,
--without page-store renders every page (nothing is stored). Request logging is off; everything else
is the production middleware.
"""

from __future__ import annotations

import io
import logging
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "careerguide.settings")
os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1")

import django  # noqa: E402

django.setup()
logging.disable(logging.CRITICAL)

from django.conf import settings  # noqa: E402
from django.contrib.staticfiles import finders  # noqa: E402
from django.core.handlers.wsgi import WSGIHandler  # noqa: E402
from django.test import Client  # noqa: E402

from core import page_cache  # noqa: E402
from skills.models import Skill  # noqa: E402
from tests.factories import UserFactory  # noqa: E402

HANDLER = WSGIHandler()


def environ(path: str, **headers: str) -> dict:
    path, _, query = path.partition("?")
    return {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": path,
        "QUERY_STRING": query,
        "SERVER_NAME": "127.0.0.1",
        "SERVER_PORT": "80",
        "HTTP_HOST": "127.0.0.1",
        "REMOTE_ADDR": "127.0.0.1",
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(),
        "wsgi.errors": sys.stderr,
        **{f"HTTP_{name.upper().replace('-', '_')}": value for name, value in headers.items()},
    }


def request(env: dict, body: bytes = b"") -> str:
    statuses = []
    answer = HANDLER(dict(env, **{"wsgi.input": io.BytesIO(body)}), lambda status, headers, *a: statuses.append(status))
    for _ in answer:
        pass
    answer.close()
    return statuses[0]


def progress_post(cookie: str, slugs: list[str]) -> Callable[[int], tuple[dict, bytes]]:
    """Request i rates skill i mod len(slugs) at a level that steps 1..4 on each pass: every one is a write."""
    token = "x" * 32  # a CSRF secret of the right shape; the same in the cookie and the header
    envs = [
        environ(
            f"/progress/skills/{slug}/",
            accept="application/json",
            cookie=f"{cookie}; {settings.CSRF_COOKIE_NAME}={token}",
            x_csrftoken=token,
            referer="http://127.0.0.1/",
        )
        for slug in slugs
    ]
    for env in envs:
        env.update(REQUEST_METHOD="POST", CONTENT_TYPE="application/x-www-form-urlencoded")

    def nth(i: int) -> tuple[dict, bytes]:
        body = f"level={1 + (i // len(slugs)) % 4}".encode()
        return dict(envs[i % len(slugs)], CONTENT_LENGTH=str(len(body))), body

    return nth


def microseconds(target: dict | Callable[[int], tuple[dict, bytes]], count: int) -> tuple[float, float]:
    """The median (wall, CPU) microseconds per request over five runs of count requests."""
    nth = target if callable(target) else lambda i: (target, b"")
    status = request(*nth(count * 5))  # and warms the cache
    assert status.startswith("200"), status
    walls, cpus = [], []
    for run in range(5):
        started, cpu_started = time.perf_counter(), time.process_time()
        for i in range(count * run, count * (run + 1)):
            request(*nth(i))
        walls.append((time.perf_counter() - started) / count * 1e6)
        cpus.append((time.process_time() - cpu_started) / count * 1e6)
    return statistics.median(walls), statistics.median(cpus)


def session_cookie() -> str:
    user = UserFactory(username=f"inprocess-{time.time_ns()}")
    client = Client()
    client.force_login(user)
    return f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}"


def without(piece: str) -> None:
    if piece == "version-memo":
        page_cache.VERSION_SECONDS = 0
    elif piece == "page-store":
        page_cache.cache.set = lambda *args, **kwargs: None
    else:
        raise SystemExit(f"unknown piece {piece!r}: version-memo or page-store")


def main() -> None:
    args = sys.argv[1:]
    if "--without" in args:
        at = args.index("--without")
        without(args[at + 1])
        del args[at : at + 2]
    count = int(args[0]) if args else 2000
    stylesheet = finders.find("css/site.css") and "/static/css/site.css"
    skills = list(Skill.objects.published().order_by("order")[:4])  # the page, and the four a POST rates
    slugs = [skill.slug for skill in skills]
    cookie = session_cookie()
    targets = {
        "static stylesheet": environ(stylesheet, accept_encoding="gzip"),
        "floor (/healthz)": environ("/healthz", accept_encoding="gzip"),
        "floor, logged in": environ("/healthz", accept_encoding="gzip", cookie=cookie),
        "guide, gzip": environ("/", accept_encoding="gzip"),
        "guide, plain": environ("/"),
        "skill page, gzip": environ(skills[0].get_absolute_url(), accept_encoding="gzip"),
        "dashboard, gzip": environ("/progress/", accept_encoding="gzip", cookie=cookie),
        "progress POST, JSON": progress_post(cookie, slugs),
    }
    print(f"{'':20} {'wall us/request':>16} {'CPU us/request':>15}")
    for name, target in targets.items():
        wall, cpu = microseconds(target, count)
        print(f"{name:20} {wall:16.1f} {cpu:15.1f}")


if __name__ == "__main__":
    main()
