"""Scale benchmark (issue 13): `make bench-scale`, or `python bench/scale.py [postgres] [sqlite]`.

The same pages as `make bench`, and the admin's, measured on a small database and on a large one in the same
run: how the cost of each page grows with a hundred thousand learners and years of history.

For each database kind (BENCH_SCALE_DATABASES, default "postgres"; "postgres sqlite" adds SQLite), two
throwaway databases are made from one migrated database with the guide loaded:

  small  `make_scale_data` at a handful of learners: two accounts, twenty visitors, the heavy learner with 20
         events (what `make bench` measures on: the guide and a few learners), and 160 content revisions, so
         that the admin history page is a full page of 25 on both databases
  large  `make_scale_data --scale BENCH_SCALE` (1.0: 100,000 accounts, 200,000 visitors, 2 million progress
         rows, 1 million events, the heavy learner with 10,000, 5,000 content revisions)

Then for each, one after the other, bench/run.py's method: gunicorn with the production settings, wrk over
every target once per round in BENCH_ROUNDS rounds, each target's ratio its req/s over the static file's in
the same round (the median of the rounds), p50 and the worst p99, gunicorn's CPU per request:

  static, guide, skill, search    as in `make bench` (anonymous)
  dashboard                       /progress/ of an ordinary account (a few skills, a short history)
  dashboard-heavy                 /progress/ of the heavy learner
  shared-heavy                    the heavy learner's share page, anonymous (stored like the dashboard since
                                  session 7: its key costs the learner's lookup by token)
  progress                        POST /progress/skills/<slug>/ by another ordinary account (a real write each time)
  admin-skills, admin-resources   the admin's change lists, as an editor (BENCH_ADMIN_CONNECTIONS at once)
  admin-history                   the history page of the skill with the most revisions (likewise)

The script sets a random password on those four accounts only (the data set's accounts have none) and
makes the editor (`bench-editor`, in the Editors group).

Targets, per database kind: no page's ratio falls by more than 20% from the small database to the large
one; the heavy learner's dashboard >= 0.25 x static on both; the admin pages' p99 within one second on both;
no errors anywhere. The side-by-side tables go to bench/results/scale-latest.md. Exit 0 all met, 1 a target
missed (0 with BENCH_ENFORCE=0, which reports it), 2 the run could not be made.

Environment: BENCH_SCALE (1.0; 0.1 for a run of a few minutes), BENCH_SCALE_DATABASES ("postgres"),
BENCH_ADMIN_CONNECTIONS (2: wrk's connections for the admin pages, a few editors at once),
BENCH_REUSE_DB (0; 1 reuses the databases a run with BENCH_KEEP_DB=1 left, skipping their making), and
bench/run.py's BENCH_DURATION, BENCH_ROUNDS, BENCH_CONNECTIONS, BENCH_THREADS, BENCH_WARMUP, BENCH_ENFORCE,
BENCH_KEEP_DB, BENCH_WORKERS, BENCH_GUNICORN_THREADS, BENCH_GUNICORN_ARGS. PostgreSQL databases
careerguide_scale_small and careerguide_scale_large; Redis database 5 (emptied before each server starts).
"""

from __future__ import annotations

import dataclasses
import datetime
import json
import os
import secrets
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (  # noqa: E402
    PG_ROOT_URL,
    PYTHON,
    RESULTS,
    ROOT,
    BenchError,
    Database,
    Server,
    app_env,
    database_prepare,
    env_flag,
    env_int,
    finish_report,
    free_port,
    http,
    log,
    login,
    manage,
    pg,
    redis_flush,
    require_tool,
    serve,
    skill_slugs,
    stylesheet_url,
)
from run import ACCEPT_ENCODING, POST_SKILLS, Config, Measured, Result, Target, machine, wrk  # noqa: E402

REDIS_URL = "redis://127.0.0.1:6379/5"  # bench/scale.py's own Redis database
PG_NAMES = {"small": "careerguide_scale_small", "large": "careerguide_scale_large"}
# Two ordinary accounts and twenty visitors share what the heavy learner leaves of 200 progress rows; the heavy
# learner tracks every skill, 130 topics and all eight pathways, as on the large database, with 20 events.
# 160 revisions give the most revised skill a full history page (25 rows and more) here too: the admin
# history page then shows as many rows on both databases, and the comparison is of the data's size.
SMALL_DATA = shlex.split(
    "--accounts 3 --visitors 20 --progress-rows 200 --events 20 --heavy-events 20 --plans-per-100 100 --revisions 160"
)
EDITOR = "bench-editor"
HEAVY = "heavy-learner"

MAX_DROP = 0.20  # a page's ratio may fall at most this much from the small database to the large
HEAVY_DASHBOARD_RATIO = 0.25
ADMIN_P99_MS = 1000.0
ADMIN_TARGETS = ("admin-skills", "admin-resources", "admin-history")

# Passwords for the four accounts the benchmark logs in as, and what the requests need to know.
ACCOUNTS = """
import json, os
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db.models import Count
from progress.models import Learner, PathwayPlan, ProgressEvent, SkillProgress, TopicProgress
from skills.models import Skill

User = get_user_model()
password = os.environ["BENCH_PASSWORD"]
# Ordinary accounts: the first two (by name) tracking two to six skills with a short history, else the first two.
accounts = Learner.objects.filter(user__username__startswith="learner-").order_by("user__username")
typical = accounts.annotate(tracked=Count("skill_progress", distinct=True), history=Count("events", distinct=True))
typical = typical.filter(tracked__gte=2, tracked__lte=6, history__lte=50)
ordinary = list(typical.values_list("user__username", flat=True)[:2])
if len(ordinary) < 2:
    ordinary = list(accounts.values_list("user__username", flat=True)[:2])
if len(ordinary) < 2:
    raise SystemExit("fewer than two learner- accounts: is this a make_scale_data database?")
editor, _ = User.objects.get_or_create(username=os.environ["BENCH_EDITOR"], defaults={"is_staff": True})
editor.groups.add(Group.objects.get(name="Editors"))
for user in User.objects.filter(username__in=[*ordinary, os.environ["BENCH_HEAVY"], editor.username]):
    user.set_password(password)
    user.save(update_fields=["password"])
heavy = Learner.objects.get(user__username=os.environ["BENCH_HEAVY"])
revised = Skill.history.values("id").annotate(n=Count("history_id")).order_by("-n", "id").first()
counts = {
    label: model.objects.count()
    for label, model in [
        ("accounts", User), ("learners", Learner), ("skill progress", SkillProgress),
        ("topic progress", TopicProgress), ("events", ProgressEvent), ("pathway plans", PathwayPlan),
        ("skill revisions", Skill.history.model),
    ]
}
print(json.dumps({
    "ordinary": ordinary[0], "writer": ordinary[1], "share_token": heavy.share_token,
    "history_skill": revised["id"], "history_rows": revised["n"], "heavy_events": heavy.events.count(),
    "counts": counts,
}))
"""


@dataclass
class Prepared:
    """A database ready to serve, with what the requests need."""

    name: str  # "small" or "large"
    db: Database
    accounts: dict
    password: str


@dataclass
class Run:
    prepared: Prepared
    results: list[Measured]

    def by_name(self) -> dict[str, Measured]:
        return {result.target.name: result for result in self.results}


def scale_from_env() -> float:
    raw = os.environ.get("BENCH_SCALE", "1.0").strip() or "1.0"
    try:
        scale = float(raw)
    except ValueError:
        raise BenchError(f"BENCH_SCALE={raw!r} is not a number (1.0 is the full data set, 0.1 a tenth)") from None
    if not 0 < scale <= 5:
        raise BenchError(f"BENCH_SCALE={raw} must be above 0 and at most 5")
    return scale


# --- the databases --------------------------------------------------------------------------------


def development_env(db: Database) -> dict[str, str]:
    """make_scale_data refuses production settings (rightly): it runs with the development ones, same database."""
    env = {name: value for name, value in os.environ.items() if not name.startswith(("DJANGO_", "REDIS_"))}
    env.update({"DJANGO_ENV": "development", "DATABASE_URL": db.url, "PYTHONUNBUFFERED": "1"})
    env.pop("SECRET_KEY", None)
    env.pop("DEBUG", None)
    return env


def make_data(db: Database, args: list[str]) -> None:
    """Run make_scale_data, its progress lines passed on as they come (the large set takes minutes)."""
    command = [PYTHON, "manage.py", "make_scale_data", *args]
    log(f"{db.label}: manage.py make_scale_data {' '.join(args)}")
    process = subprocess.Popen(
        command, cwd=ROOT, env=development_env(db), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    for line in process.stdout:
        log(f"  {line.rstrip()}")
    if process.wait(timeout=7200) != 0:
        raise BenchError(f"manage.py make_scale_data {' '.join(args)} failed (status {process.returncode})")


def clone(source: Database, name: str) -> Database:
    """A copy of the migrated database with the guide loaded, so both sizes start from the same content."""
    if source.kind == "postgres":
        target = PG_NAMES[name]
        pg("dropdb", "--if-exists", "--force", target)
        pg("createdb", "--template", source.pg_database, target)
        return Database("postgres", f"{PG_ROOT_URL}/{target}", REDIS_URL, source.label, pg_database=target)
    path = RESULTS / f"scale-{name}.sqlite3"
    shutil.copyfile(source.sqlite_path, path)
    return Database("sqlite", f"sqlite:///{path}", None, source.label, sqlite_path=path)


def existing(kind: str, name: str) -> Database | None:
    """A database a previous run kept (BENCH_KEEP_DB=1), for BENCH_REUSE_DB=1."""
    if kind == "postgres":
        listed = subprocess.run(
            ["psql", "-h", "127.0.0.1", "-U", "postgres", "-Atc", "SELECT datname FROM pg_database"],
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
        if PG_NAMES[name] not in listed.stdout.split():
            return None
        return Database(
            "postgres",
            f"{PG_ROOT_URL}/{PG_NAMES[name]}",
            REDIS_URL,
            "PostgreSQL 15 + Redis 7",
            pg_database=PG_NAMES[name],
        )
    path = RESULTS / f"scale-{name}.sqlite3"
    return (
        Database("sqlite", f"sqlite:///{path}", None, "SQLite + local-memory cache", sqlite_path=path)
        if path.exists()
        else None
    )


def prepare(kind: str, scale: float, reuse: bool) -> list[Prepared]:
    """The small and the large database of this kind, filled and migrated, with the accounts to log in as."""
    databases = {}
    if reuse:
        databases = {name: db for name in PG_NAMES if (db := existing(kind, name)) is not None}
        if len(databases) == 2:
            log(f"{kind}: reusing the kept databases (BENCH_REUSE_DB=1)")
        else:
            databases = {}
    if not databases:
        base = database_prepare(kind, "scale-base", pg_database="careerguide_scale_base", redis_url=REDIS_URL)
        try:
            env = app_env(base, free_port())
            log(f"{base.label}: migrating and loading the guide")
            manage(env, "migrate", "--noinput", timeout=600)
            manage(env, "load_guide", timeout=600)
            databases = {name: clone(base, name) for name in PG_NAMES}
        finally:
            base.drop()
        make_data(databases["small"], SMALL_DATA)
        make_data(databases["large"], ["--scale", str(scale)])
    prepared = []
    for name, db in databases.items():
        env = app_env(db, free_port())
        manage(env, "migrate", "--noinput", timeout=1800)  # a kept database gets any new migration
        password = secrets.token_urlsafe(24)
        extra = {"BENCH_PASSWORD": password, "BENCH_EDITOR": EDITOR, "BENCH_HEAVY": HEAVY}
        accounts = json.loads(manage({**env, **extra}, "shell", "-c", ACCOUNTS).strip().splitlines()[-1])
        prepared.append(Prepared(name, db, accounts, password))
    log("collecting static files (hashed, compressed) into ./staticfiles")
    manage(app_env(prepared[0].db, free_port()), "collectstatic", "--noinput")
    return prepared


# --- one database -----------------------------------------------------------------------------------


def targets_for(server: Server, prepared: Prepared) -> list[Target]:
    base = server.base
    accounts = prepared.accounts
    sessions = {
        role: login(base, username, prepared.password)
        for role, username in (
            ("ordinary", accounts["ordinary"]),
            ("heavy", HEAVY),
            ("writer", accounts["writer"]),
            ("editor", EDITOR),
        )
    }
    slugs = skill_slugs(base)
    css = stylesheet_url(base).removeprefix(base)
    encoding = {"Accept-Encoding": ACCEPT_ENCODING} if ACCEPT_ENCODING else {}

    def as_(role: str) -> dict[str, str]:
        return {**encoding, "Cookie": sessions[role].cookie}

    writer = sessions["writer"]
    history = f"/admin/skills/skill/{accounts['history_skill']}/history/"
    return [
        Target("static", f"stylesheet `{css}` (WhiteNoise)", css, encoding),
        Target("guide", "anonymous guide page `/`", "/", encoding),
        Target("skill", f"anonymous skill page `/skills/{slugs[0]}/`", f"/skills/{slugs[0]}/", encoding),
        Target("search", "anonymous search `/search/?q=kubernetes`", "/search/?q=kubernetes", encoding),
        Target("dashboard", f"dashboard `/progress/` of `{accounts['ordinary']}`", "/progress/", as_("ordinary")),
        Target("dashboard-heavy", f"dashboard `/progress/` of `{HEAVY}`", "/progress/", as_("heavy")),
        Target(
            "shared-heavy",
            f"share page of `{HEAVY}`, anonymous",
            f"/progress/shared/{accounts['share_token']}/",
            encoding,
        ),
        Target(
            "progress",
            f"POST `/progress/skills/<slug>/` (JSON) by `{accounts['writer']}`, {POST_SKILLS} skills",
            "/progress/",
            {
                **as_("writer"),
                "X-CSRFToken": writer.csrf_token,
                "Referer": f"{base}/progress/",
                "Accept": "application/json",
            },
            post_slugs=slugs[:POST_SKILLS],
        ),
        Target("admin-skills", "admin change list `/admin/skills/skill/`", "/admin/skills/skill/", as_("editor")),
        Target(
            "admin-resources",
            "admin change list `/admin/careerguide/resource/`",
            "/admin/careerguide/resource/",
            as_("editor"),
        ),
        Target("admin-history", f"admin history of the most revised skill `{history}`", history, as_("editor")),
    ]


def check(server: Server, target: Target) -> None:
    """One request by hand first, so a refused cookie cannot pass as fast answers."""
    if target.post_slugs:
        slug = target.post_slugs[0]
        answer = http(
            f"{server.base}/progress/skills/{slug}/", method="POST", data={"level": "1"}, headers=target.headers
        )
        if answer.status != 200 or not json.loads(answer.body).get("ok"):
            raise BenchError(f"{target.name}: POST answered {answer.status}: {answer.body[:200]}")
        return
    answer = http(server.base + target.path, headers=target.headers)
    if answer.status != 200:
        raise BenchError(f"{target.name}: GET {target.path} answered {answer.status}, not 200")
    if "Cookie" in target.headers and "Log out" not in answer.body and "log out" not in answer.body.lower():
        raise BenchError(f"{target.name}: the page does not look logged in; the session cookie was not accepted")


def bench_one(prepared: Prepared, config: Config, admin_connections: int) -> Run:
    db = prepared.db
    # A few editors at a time, not sixteen: the admin pages' p99 is their own latency, not a queue's.
    admin = dataclasses.replace(config, connections=admin_connections)
    if db.redis_url:
        redis_flush(db.redis_url)
    port = free_port()
    label = f"{db.label}, {prepared.name}"
    with serve(app_env(db, port), port, RESULTS / f"gunicorn-scale-{db.kind}-{prepared.name}.log") as server:
        targets = targets_for(server, prepared)
        settings = {target.name: admin if target.name in ADMIN_TARGETS else config for target in targets}
        for target in targets:
            check(server, target)
            if config.warmup:
                wrk(server, target, config.warmup, settings[target.name])
        rounds: dict[str, list[Result]] = {target.name: [] for target in targets}
        for number in range(1, config.rounds + 1):
            for target in targets:
                log(f"{label}: round {number}/{config.rounds}, {target.name} for {config.duration} s")
                rounds[target.name].append(wrk(server, target, config.duration, settings[target.name]))
        static = rounds["static"]
        results = [
            Measured(
                target,
                rounds[target.name],
                [mine.rps / reference.rps for mine, reference in zip(rounds[target.name], static, strict=True)],
            )
            for target in targets
        ]
        return Run(prepared, results)


# --- report -----------------------------------------------------------------------------------------


def verdicts(small: Run, large: Run) -> dict[str, list[str]]:
    """What each target missed, by target name (empty: met)."""
    missed: dict[str, list[str]] = {}
    before, after = small.by_name(), large.by_name()
    for name, measured in after.items():
        problems = missed.setdefault(name, [])
        if before[name].error_count or measured.error_count:
            problems.append("errors")
        if name != "static" and measured.ratio < (1 - MAX_DROP) * before[name].ratio:
            problems.append(f"ratio fell {1 - measured.ratio / before[name].ratio:.0%}")
        if name == "dashboard-heavy":
            for size, result in (("small", before[name]), ("large", measured)):
                if result.ratio < HEAVY_DASHBOARD_RATIO:
                    problems.append(f"{size} {result.ratio:.2f} < {HEAVY_DASHBOARD_RATIO}")
        if name in ADMIN_TARGETS:
            for size, result in (("small", before[name]), ("large", measured)):
                if result.p99 > ADMIN_P99_MS:
                    problems.append(f"{size} p99 {result.p99:,.0f} ms > {ADMIN_P99_MS:,.0f}")
    return missed


def side_by_side(small: Run, large: Run, enforce: bool) -> tuple[list[str], bool]:
    missed = verdicts(small, large)
    before = small.by_name()
    lines = [
        f"### {small.prepared.db.label}",
        "",
        "| target | small: ratio (rounds) | large: ratio (rounds) | change | small p50 / p99 ms | large p50 / p99 ms "
        "| small / large CPU us/req (change) | result |",
        "|---|---:|---:|---:|---:|---:|---:|---|",
    ]
    for result in large.results:
        name = result.target.name
        old = before[name]
        change = result.ratio / old.ratio - 1 if old.ratio else 0.0
        verdict = "PASS" if not missed[name] else ("FAIL: " if enforce else "missed (not enforced): ")
        verdict += ", ".join(missed[name])
        lines.append(
            f"| {name}: {result.target.description} "
            f"| {ratio(old.ratio)} ({ratio(min(old.ratios))}-{ratio(max(old.ratios))}) "
            f"| {ratio(result.ratio)} ({ratio(min(result.ratios))}-{ratio(max(result.ratios))}) | {change:+.0%} "
            f"| {old.p50:.1f} / {old.p99:.1f} | {result.p50:.1f} / {result.p99:.1f} "
            f"| {cpu(old.cpu_us)} / {cpu(result.cpu_us)}{cpu_change(old.cpu_us, result.cpu_us)} | {verdict} |"
        )
    static_small, static_large = before["static"], large.by_name()["static"]
    lines += [
        "",
        f"Static file: {static_small.rps:,.0f} req/s (small), {static_large.rps:,.0f} req/s (large), medians.",
    ]
    return lines, not any(missed.values())


def ratio(value: float) -> str:
    return f"{value:.2f}" if value >= 0.1 else f"{value:.3f}"  # the admin pages, at a few connections, are small


def cpu(value: float | None) -> str:
    return "-" if value is None else f"{value:,.0f}"


def cpu_change(before: float | None, after: float | None) -> str:
    return "" if not before or after is None else f" ({after / before - 1:+.0%})"


def sizes(runs: list[tuple[Run, Run]]) -> list[str]:
    lines = []
    for small, large in runs:
        for run in (small, large):
            accounts = run.prepared.accounts
            counts = ", ".join(f"{label} {count:,}" for label, count in accounts["counts"].items())
            lines.append(
                f"- {run.prepared.db.label}, {run.prepared.name}: {counts}; the heavy learner has "
                f"{accounts['heavy_events']:,} events, the history page lists {accounts['history_rows']:,} revisions"
            )
    return lines


def main(argv: list[str]) -> int:
    kinds = argv or os.environ.get("BENCH_SCALE_DATABASES", "postgres").split()
    runs: list[tuple[Run, Run]] = []
    prepared_all: list[Prepared] = []
    config = None
    try:
        require_tool("wrk", "apt-get install -y wrk")
        config = Config.from_env()
        scale = scale_from_env()
        reuse = env_flag("BENCH_REUSE_DB", False)
        admin_connections = env_int("BENCH_ADMIN_CONNECTIONS", 2, minimum=1, maximum=512)
        for kind in kinds:
            if kind not in ("sqlite", "postgres"):
                raise BenchError(f"Unknown database {kind!r}: use postgres and/or sqlite")
        RESULTS.mkdir(parents=True, exist_ok=True)
        for kind in kinds:
            prepared = prepare(kind, scale, reuse)
            prepared_all += prepared
            small, large = (bench_one(one, config, admin_connections) for one in prepared)
            runs.append((small, large))
    except BenchError as exc:
        print(f"bench-scale: {exc}", file=sys.stderr)
        return 2
    finally:
        if config is None or not config.keep_db:
            for one in prepared_all:
                one.db.drop()

    started = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    out = [
        f"# Scale benchmark results ({started}, BENCH_SCALE={scale})",
        "",
        f"- Machine: {machine()}",
        f"- wrk: `{' '.join(config.wrk_args(config.duration))}` per target in each of {config.rounds} rounds, "
        f"after a {config.warmup} s warm-up, `Accept-Encoding: {ACCEPT_ENCODING or '(none)'}`; the admin pages with "
        f"{admin_connections} connections (editors at once); the small database is measured first, then the large "
        "one, each against its own static file",
        "- Targets: no page's ratio falls more than 20% from small to large; heavy learner's dashboard >= "
        f"{HEAVY_DASHBOARD_RATIO} x static; admin pages' p99 <= {ADMIN_P99_MS:,.0f} ms; zero errors"
        + ("" if config.enforce else " (not enforced: BENCH_ENFORCE=0)"),
        "",
        "Data:",
        "",
        *sizes(runs),
        "",
    ]
    tables = [side_by_side(small, large, config.enforce) for small, large in runs]
    return finish_report("scale-latest.md", out, tables, misses_fail=config.enforce)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
