"""A gunicorn worker's memory under a long mixed load: `make bench-memory`.

`python bench/memory.py [sqlite] [postgres]` runs it on the databases named.

One worker (recycling off: --max-requests 0) serves bench/memory.lua's mix: the guide, skill pages,
lists, stored and never-stored searches, junk query strings, 404 addresses that never repeat, and a
logged-in learner's dashboard and progress POSTs. The worker's resident memory (VmRSS) is read after
the first BENCH_MEMORY_WARM requests (10,000) and at every step up to BENCH_MEMORY_REQUESTS (200,000).
Target: the last reading is within 10% of the first, so the in-process caches (the page store's
memo, the content copy, the version memo) stay bounded. Writes bench/results/memory-latest.md.
"""

from __future__ import annotations

import datetime
import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (  # noqa: E402
    BENCH,
    BENCH_USERNAME,
    RESULTS,
    BenchError,
    Server,
    app_env,
    app_prepare,
    child_stats,
    database_prepare,
    env_flag,
    env_int,
    finish_report,
    free_port,
    log,
    login,
    require_tool,
    seed_progress,
    serve,
    skill_slugs,
)

GROWTH_LIMIT = 0.10  # the last reading may be at most this much above the one after the warm-up
STEP_SECONDS = 5  # one wrk run; readings are taken between runs


def worker_pid(server: Server) -> int:
    """The one worker's pid: the master's only child."""
    workers = list(child_stats(server.process.pid))
    if not workers:
        raise BenchError("gunicorn has no worker")
    return workers[0]


def rss_kb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise BenchError(f"no VmRSS for process {pid}")


def wrk_step(server: Server, env: dict[str, str], run: int) -> dict:
    command = ["wrk", "-t2", "-c8", f"-d{STEP_SECONDS}s", "--timeout", "10s", "-s", str(BENCH / "memory.lua")]
    done = subprocess.run(
        [*command, server.base + "/"],
        capture_output=True,
        text=True,
        env={**os.environ, **env, "BENCH_RUN": str(run)},
        timeout=STEP_SECONDS + 60,
        check=False,
    )
    line = next((line for line in done.stdout.splitlines() if line.startswith("BENCH_JSON ")), None)
    if done.returncode != 0 or line is None:
        raise BenchError(f"wrk failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    return json.loads(line.removeprefix("BENCH_JSON "))


def measure(kind: str, warm: int, total: int) -> tuple[list[str], bool]:
    db = database_prepare(kind, f"memory-{kind}")
    try:
        port = free_port()
        env = app_env(db, port)
        password = secrets.token_urlsafe(24)
        app_prepare(env, password)
        with serve(env, port, RESULTS / f"gunicorn-memory-{kind}.log") as server:
            pid = worker_pid(server)
            session = login(server.base, BENCH_USERNAME, password)
            slugs = skill_slugs(server.base)
            seed_progress(server.base, session, slugs)
            lua_env = {"BENCH_SLUGS": " ".join(slugs), "BENCH_COOKIE": session.cookie, "BENCH_CSRF": session.csrf_token}
            served, run, statuses = 0, 0, {}
            readings: list[tuple[int, int]] = []
            baseline = None
            while served < total:
                step = wrk_step(server, lua_env, run)
                run += 1
                served += step["requests"]
                for status_class, count in step["statuses"].items():
                    statuses[status_class] = statuses.get(status_class, 0) + count
                if worker_pid(server) != pid:
                    raise BenchError("the worker was replaced mid-run (a crash or a timeout): see the gunicorn log")
                if baseline is None and served >= warm:
                    baseline = rss_kb(pid)
                    readings.append((served, baseline))
                    log(f"{db.label}: {served:,} requests, worker RSS {baseline:,} KB (baseline)")
                elif baseline is not None and served - readings[-1][0] >= total // 10:
                    readings.append((served, rss_kb(pid)))
                    log(f"{db.label}: {served:,} requests, worker RSS {readings[-1][1]:,} KB")
            if readings[-1][0] != served:
                readings.append((served, rss_kb(pid)))
    finally:
        if not env_flag("BENCH_KEEP_DB", False):
            db.drop()
    growth = readings[-1][1] / readings[0][1] - 1
    ok = growth <= GROWTH_LIMIT and statuses.get("5xx", 0) == 0
    lines = [
        f"### {db.label}",
        "",
        "| requests served | worker RSS (KB) | change from the first reading |",
        "|---:|---:|---:|",
        *(f"| {count:,} | {kb:,} | {kb / readings[0][1] - 1:+.1%} |" for count, kb in readings),
        "",
        "Answers: " + ", ".join(f"{status_class} {count:,}" for status_class, count in sorted(statuses.items())),
        "",
        f"Growth from {readings[0][0]:,} to {readings[-1][0]:,} requests: {growth:+.1%} "
        f"(limit +{GROWTH_LIMIT:.0%}, no 5xx): {'PASS' if ok else 'FAIL'}",
    ]
    return lines, ok


def main(argv: list[str]) -> int:
    kinds = argv or os.environ.get("BENCH_DATABASES", "sqlite").split()
    try:
        require_tool("wrk", "apt-get install -y wrk")
        warm = env_int("BENCH_MEMORY_WARM", 10_000, minimum=100, maximum=1_000_000)
        total = env_int("BENCH_MEMORY_REQUESTS", 200_000, minimum=1_000, maximum=10_000_000)
        if total <= warm:
            raise BenchError("BENCH_MEMORY_REQUESTS must be more than BENCH_MEMORY_WARM")
        for kind in kinds:
            if kind not in ("sqlite", "postgres"):
                raise BenchError(f"Unknown database {kind!r}: use sqlite and/or postgres")
        # One worker that is never recycled: its memory is what the readings follow.
        os.environ["BENCH_WORKERS"] = "1"
        os.environ["BENCH_GUNICORN_ARGS"] = os.environ.get("BENCH_GUNICORN_ARGS", "") + " --max-requests 0"
        tables = [measure(kind, warm, total) for kind in kinds]
    except BenchError as exc:
        print(f"bench-memory: {exc}", file=sys.stderr)
        return 2
    started = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    head = [
        f"# Worker memory under a mixed load ({started})",
        "",
        f"- One gunicorn worker (production settings, `--max-requests 0`), wrk `-t2 -c8` in {STEP_SECONDS} s steps "
        "with bench/memory.lua's mix: guide, skill pages, lists, stored and never-stored searches, junk query "
        "strings and 404s that never repeat, a logged-in dashboard and progress POSTs",
        f"- Readings of the worker's VmRSS after {warm:,} requests, then every {total // 10:,}, up to {total:,}",
        "",
    ]
    return finish_report("memory-latest.md", head, tables, misses_fail=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
