"""Throughput benchmark: `make bench` (SQLite, then PostgreSQL + Redis) or `python bench/run.py [sqlite] [postgres]`.

For each database: an empty throwaway database, migrated, with the guide loaded and a benchmark user who
has some progress; the static files collected; gunicorn serving the production settings (plain HTTP) on a
free loopback port. Then wrk drives, one after the other with the same threads, connections and duration,
in BENCH_ROUNDS rounds (each target once per round, so that the machine's drifting speed hits every target
alike):

  static     the hashed stylesheet, served by WhiteNoise (the reference for the ratios)
  floor      /healthz, anonymous: a view that does nothing, through the whole middleware stack (no target)
  floor-logged-in  /healthz with the session cookie: the session and the user read, nothing else (no target)
  guide      the anonymous guide page /  (whole-page cache)
  skill      an anonymous skill page     (whole-page cache, fresh CSRF token per response)
  search     /search/?q=kubernetes       (stored like a page once it found something)
  search-none /search/?q=qwertyuiop      (finds nothing: never stored, searched and rendered each time; no target)
  dashboard  /progress/ logged in
  progress   POST /progress/skills/<slug>/ logged in, JSON answers, a real write each time

A target's ratio is its req/s over the static file's in the same round; the table gives the median of the
rounds' ratios (and their range), the median req/s and p50, the worst p99, and gunicorn's CPU time per
request (median of the rounds; no target). Targets: guide >= 0.8 x static req/s, search >= 0.15,
dashboard >= 0.25 x static req/s, no errors anywhere (socket errors or statuses >= 400). The table also goes to
bench/results/latest.md.

Environment: BENCH_DURATION (s per target and round, 4), BENCH_ROUNDS (5), BENCH_CONNECTIONS (16),
BENCH_THREADS (wrk threads, 2),
BENCH_WARMUP (s per target, 2; 0 for none), BENCH_ENFORCE (1; 0 reports without failing on the ratio
targets), BENCH_DATABASES (sqlite; or "sqlite postgres"), BENCH_WORKERS / BENCH_GUNICORN_THREADS
(override deploy/gunicorn.conf.py), BENCH_GUNICORN_ARGS (more gunicorn options), BENCH_KEEP_DB (0; 1 keeps
the throwaway database afterwards), BENCH_ACCEPT_ENCODING (gzip; "" for none). See bench/README.md.
"""

from __future__ import annotations

import datetime
import json
import os
import platform
import secrets
import statistics
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (  # noqa: E402
    BENCH,
    BENCH_USERNAME,
    RESULTS,
    BenchError,
    Database,
    Server,
    Session,
    app_env,
    app_prepare,
    cookie_header,
    cookies_from,
    database_prepare,
    env_flag,
    env_int,
    finish_report,
    free_port,
    http,
    log,
    login,
    require_tool,
    seed_progress,
    serve,
    server_cpu_seconds,
    skill_slugs,
    stylesheet_url,
)

# Minimum req/s as a share of the static file's, measured in the same run.
TARGET_RATIOS = {"guide": 0.8, "search": 0.15, "dashboard": 0.25}
# How many skills the progress POSTs rotate over (fewer rows locked at once than with one skill).
POST_SKILLS = 4
# Sent with every request, as browsers do; BENCH_ACCEPT_ENCODING="" measures uncompressed answers.
ACCEPT_ENCODING = os.environ.get("BENCH_ACCEPT_ENCODING", "gzip").strip()


@dataclass
class Config:
    duration: int
    rounds: int
    connections: int
    threads: int
    warmup: int
    enforce: bool
    keep_db: bool

    @classmethod
    def from_env(cls) -> Config:
        return cls(
            duration=env_int("BENCH_DURATION", 4, minimum=1, maximum=300),
            rounds=env_int("BENCH_ROUNDS", 5, minimum=1, maximum=20),
            connections=env_int("BENCH_CONNECTIONS", 16, minimum=1, maximum=512),
            threads=env_int("BENCH_THREADS", 2, minimum=1, maximum=16),
            warmup=env_int("BENCH_WARMUP", 2, minimum=0, maximum=60),
            enforce=env_flag("BENCH_ENFORCE", True),
            keep_db=env_flag("BENCH_KEEP_DB", False),
        )

    def wrk_args(self, seconds: int) -> list[str]:
        threads = min(self.threads, self.connections)
        return [f"-t{threads}", f"-c{self.connections}", f"-d{seconds}s", "--timeout", "10s"]


@dataclass
class Target:
    name: str
    description: str
    path: str
    headers: dict[str, str]
    post_slugs: list[str] | None = None


@dataclass
class Result:
    target: Target
    rps: float
    p50: float
    p90: float
    p99: float
    requests: int
    errors: dict[str, int]
    cpu_us: float | None = None  # gunicorn's CPU time per request, in microseconds

    @property
    def error_count(self) -> int:
        return sum(self.errors.values())


@dataclass
class Measured:
    """One target over every round, with its ratios to the static file's req/s round by round."""

    target: Target
    rounds: list[Result]
    ratios: list[float]

    @property
    def rps(self) -> float:
        return statistics.median(result.rps for result in self.rounds)

    @property
    def p50(self) -> float:
        return statistics.median(result.p50 for result in self.rounds)

    @property
    def p99(self) -> float:
        return max(result.p99 for result in self.rounds)

    @property
    def ratio(self) -> float:
        return statistics.median(self.ratios)

    @property
    def cpu_us(self) -> float | None:
        measured = [result.cpu_us for result in self.rounds if result.cpu_us is not None]
        return statistics.median(measured) if measured else None

    @property
    def errors(self) -> dict[str, int]:
        merged: dict[str, int] = {}
        for result in self.rounds:
            for kind, count in result.errors.items():
                merged[kind] = merged.get(kind, 0) + count
        return merged

    @property
    def error_count(self) -> int:
        return sum(self.errors.values())


# --- wrk ------------------------------------------------------------------------------------


def wrk(server: Server, target: Target, seconds: int, config: Config) -> Result:
    command = ["wrk", *config.wrk_args(seconds), "-s", str(BENCH / "wrk.lua")]
    for name, value in target.headers.items():
        command += ["-H", f"{name}: {value}"]
    command.append(server.base + target.path)
    env = dict(os.environ, BENCH_POST_SLUGS=" ".join(target.post_slugs or []))
    cpu_before = server_cpu_seconds(server)
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=seconds + 60, check=False)
    cpu_after = server_cpu_seconds(server)
    line = next((line for line in done.stdout.splitlines() if line.startswith("BENCH_JSON ")), None)
    if done.returncode != 0 or line is None:
        raise BenchError(f"wrk failed on {target.name} ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    data = json.loads(line.removeprefix("BENCH_JSON "))
    cpu_us = None
    if cpu_before is not None and cpu_after is not None and data["requests"]:
        cpu_us = (cpu_after - cpu_before) / data["requests"] * 1e6
    return Result(
        target, data["rps"], data["p50_ms"], data["p90_ms"], data["p99_ms"], data["requests"], data["errors"], cpu_us
    )


def check_target(server: Server, target: Target) -> None:
    """One request by hand first, so a broken cookie or token cannot pass as fast answers."""
    if target.post_slugs:
        return  # the progress POSTs were checked by seed_progress with the same headers
    answer = http(server.base + target.path, headers=target.headers)
    if answer.status != 200:
        raise BenchError(f"{target.name}: GET {target.path} answered {answer.status}, not 200")
    if target.name == "dashboard" and f">{BENCH_USERNAME}<" not in answer.body and "Log out" not in answer.body:
        raise BenchError("dashboard: the page does not look logged in; the session cookie was not accepted")
    if target.name == "floor-logged-in" and _last_logged_user(server, target.path) == "anonymous":
        raise BenchError("floor-logged-in: the request log names no user, so the row would not measure the reads")


def _last_logged_user(server: Server, path: str) -> object:
    """The user of the request log's last line for path (core.middleware.RequestLogMiddleware reads
    request.user, which is what makes /healthz with a session cookie the logged-in floor)."""
    for line in reversed(server.log_path.read_text().splitlines()):
        if line.startswith("{") and f'"path": "{path}"' in line:
            return json.loads(line)["user"]
    return "anonymous"


# --- one database ---------------------------------------------------------------------------


def reader_cookie(base: str) -> str:
    """What a reader's browser sends on their second page: the CSRF cookie their first page set (no session)."""
    cookies = cookies_from(http(f"{base}/"))
    if not cookies or any(name.endswith("sessionid") for name in cookies):
        raise BenchError(f"The guide page set {sorted(cookies)}: expected the CSRF cookie alone")
    return cookie_header(cookies)


def targets_for(server: Server, session: Session, slugs: list[str]) -> list[Target]:
    css = stylesheet_url(server.base).removeprefix(server.base)
    skill = slugs[0]
    # What a browser sends: pages are gzipped by GZipMiddleware, static files come precompressed.
    encoding = {"Accept-Encoding": ACCEPT_ENCODING} if ACCEPT_ENCODING else {}
    logged_in = {**encoding, "Cookie": session.cookie}
    return [
        Target("static", f"stylesheet `{css}` (WhiteNoise)", css, encoding),
        # The floors: what any page costs before its own work, for the ratio targets to be read against.
        Target(
            "floor", "`/healthz`, anonymous: a view that does nothing, through every middleware", "/healthz", encoding
        ),
        Target(
            "floor-logged-in",
            "`/healthz` with the session cookie: the session and the user read (the request log names the user)",
            "/healthz",
            logged_in,
        ),
        Target("guide", "anonymous guide page `/`, a first visit (no cookie)", "/", encoding),
        Target(
            "guide-again",
            "anonymous guide page `/`, a later visit (the CSRF cookie the first one set)",
            "/",
            {**encoding, "Cookie": reader_cookie(server.base)},
        ),
        Target("skill", f"anonymous skill page `/skills/{skill}/`", f"/skills/{skill}/", encoding),
        Target("search", "anonymous search `/search/?q=kubernetes` (stored)", "/search/?q=kubernetes", encoding),
        Target(
            "search-none",
            "anonymous search that finds nothing `/search/?q=qwertyuiop` (never stored)",
            "/search/?q=qwertyuiop",
            encoding,
        ),
        Target("dashboard", "dashboard `/progress/`, logged in", "/progress/", logged_in),
        Target(
            "progress",
            f"POST `/progress/skills/<slug>/` level updates (JSON), logged in, {POST_SKILLS} skills",
            "/progress/",
            {
                **logged_in,
                "X-CSRFToken": session.csrf_token,
                "Referer": f"{server.base}/progress/",
                "Accept": "application/json",
            },
            post_slugs=slugs[:POST_SKILLS],
        ),
    ]


def bench_database(kind: str, config: Config) -> tuple[Database, list[Measured], list[str]]:
    db = database_prepare(kind, f"bench-{kind}")
    try:
        port = free_port()
        env = app_env(db, port)
        password = secrets.token_urlsafe(24)
        app_prepare(env, password)
        with serve(env, port, RESULTS / f"gunicorn-{kind}.log") as server:
            slugs = skill_slugs(server.base)
            session = login(server.base, BENCH_USERNAME, password)
            seed_progress(server.base, session, slugs)
            targets = targets_for(server, session, slugs)
            for target in targets:
                check_target(server, target)
                if config.warmup:
                    wrk(server, target, config.warmup, config)
            rounds: dict[str, list[Result]] = {target.name: [] for target in targets}
            for number in range(1, config.rounds + 1):
                for target in targets:
                    log(f"{db.label}: round {number}/{config.rounds}, {target.name} for {config.duration} s")
                    rounds[target.name].append(wrk(server, target, config.duration, config))
            static = rounds[targets[0].name]
            results = [
                Measured(
                    target,
                    rounds[target.name],
                    [result.rps / reference.rps for result, reference in zip(rounds[target.name], static, strict=True)],
                )
                for target in targets
            ]
            return db, results, server.command
    finally:
        if not config.keep_db:
            db.drop()


# --- report ---------------------------------------------------------------------------------


def verdicts(results: list[Measured], enforce: bool) -> dict[str, str]:
    verdict = {}
    for result in results:
        ok = result.error_count == 0
        if result.target.name in TARGET_RATIOS:
            ratio_ok = result.ratio >= TARGET_RATIOS[result.target.name]
            ok = ok and (ratio_ok or not enforce)
            verdict[result.target.name] = "PASS" if ok else "FAIL"
            if not ratio_ok and not enforce and result.error_count == 0:
                verdict[result.target.name] = "below target (not enforced)"
        else:
            verdict[result.target.name] = "PASS" if ok else "FAIL"
    return verdict


def table(db: Database, results: list[Measured], enforce: bool) -> tuple[list[str], bool]:
    verdict = verdicts(results, enforce)
    lines = [
        f"### {db.label}",
        "",
        "| target | req/s | p50 ms | p99 ms | server CPU us/req | errors | ratio to static (rounds) | target "
        "| result |",
        "|---|---:|---:|---:|---:|---:|---:|---|---|",
    ]
    for result in results:
        name = result.target.name
        goal = f">= {TARGET_RATIOS[name]:.2f}" if name in TARGET_RATIOS else "-"
        errors = str(result.error_count)
        if result.error_count:
            errors += " (" + ", ".join(f"{k} {v}" for k, v in result.errors.items() if v) + ")"
        lines.append(
            f"| {name}: {result.target.description} | {result.rps:,.0f} | {result.p50:.1f} | {result.p99:.1f} "
            f"| {_microseconds(result.cpu_us)} | {errors} "
            f"| {result.ratio:.2f} ({min(result.ratios):.2f}-{max(result.ratios):.2f}) | {goal} "
            f"| {verdict[name]} |"
        )
    return lines, all(v != "FAIL" for v in verdict.values())


def _microseconds(value: float | None) -> str:
    return "-" if value is None else f"{value:,.0f}"


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    wrk_version = subprocess.run(["wrk", "-v"], capture_output=True, text=True, check=False).stdout.splitlines()
    return (
        f"{len(os.sched_getaffinity(0))} cores ({cpu}), {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}, {(wrk_version or ['wrk'])[0].split(' [')[0]}"
    )


def main(argv: list[str]) -> int:
    kinds = argv or os.environ.get("BENCH_DATABASES", "sqlite").split()
    try:
        require_tool("wrk", "apt-get install -y wrk")
        config = Config.from_env()
        for kind in kinds:
            if kind not in ("sqlite", "postgres"):
                raise BenchError(f"Unknown database {kind!r}: use sqlite and/or postgres")
        RESULTS.mkdir(parents=True, exist_ok=True)
        runs = []
        for kind in kinds:
            db, results, command = bench_database(kind, config)
            runs.append((db, results))
    except BenchError as exc:
        print(f"bench: {exc}", file=sys.stderr)
        return 2

    started = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    out = [
        f"# Benchmark results ({started})",
        "",
        f"- Machine: {machine()}",
        f"- wrk: `{' '.join(config.wrk_args(config.duration))}` per target in each of {config.rounds} rounds, "
        f"after a {config.warmup} s warm-up, "
        f"`Accept-Encoding: {ACCEPT_ENCODING or '(none)'}`; the load generator shares the cores with the server",
        f"- Server: `{' '.join(Path(part).name if part.endswith('.py') else part for part in command[1:])}`, "
        "production settings (`DJANGO_ENV=production`, `SECURE_SSL_REDIRECT=false`, hashed static files)",
        "- Targets: "
        + ", ".join(f"{name} >= {ratio} x static req/s" for name, ratio in TARGET_RATIOS.items())
        + f", zero errors{'' if config.enforce else ' (ratio targets not enforced: BENCH_ENFORCE=0)'}",
        "",
    ]
    # table() already lets a ratio below target pass when BENCH_ENFORCE=0; an error always fails.
    tables = [table(db, results, config.enforce) for db, results in runs]
    return finish_report("latest.md", out, tables, misses_fail=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
