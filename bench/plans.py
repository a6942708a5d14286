"""The query plans of the hot requests on PostgreSQL: which index each query uses, and no sequential scan of
a learner's tables.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/DB python bench/plans.py [--costs] [--only NAME ...]

Needs a database filled by `manage.py make_scale_data` (the heavy learner `heavy-learner` and the accounts
learner-NNNNNN). Each hot request is made through Django's test client, in-process, with the page cache
emptied first so that every page is rendered and runs all of its queries; every query a request sends is
captured and explained: a SELECT with EXPLAIN (ANALYZE, BUFFERS), which runs it again, a write with plain
EXPLAIN, which does not. Everything runs in one transaction that is rolled back at the end, so the database
is left as it was (the progress POST and the session rows of the logged-in clients included).

The requests: the dashboard of an ordinary learner and of the heavy learner (the learner found by the user,
with the session), a visitor's dashboard (the learner found by the id in the session), a progress POST, the
share page and the calendar feed (found by their tokens), the three exports and a search. A plan fails when it
reads one of WATCHED with a sequential scan, or reads more of the events table than the latest events it returns
(a learner's history sorted whole, or other learners' events skipped on the way). Prints each query, its plan
and a summary; exits 1 when a plan fails, 2 when it cannot run.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# The tables that grow with the learners: none of them may be read whole by a hot query.
WATCHED = (
    "skills_learner",
    "skills_skillprogress",
    "progress_topicprogress",
    "skills_progressevent",
    "pathways_pathwayplan",
    "pathways_stepcompletion",
)
HEAVY_USERNAME = "heavy-learner"
SEQ_SCAN = re.compile(r"Seq Scan on (\w+)")
INDEX_SCAN = re.compile(r"Index (?:Only )?Scan(?: Backward)? using (\w+) on (\w+)")
BITMAP_HEAP_SCAN = re.compile(r"Bitmap Heap Scan on (\w+)")
BITMAP_INDEX_SCAN = re.compile(r"Bitmap Index Scan on (\w+)")
SKIPPED = ("SAVEPOINT", "RELEASE SAVEPOINT", "ROLLBACK TO SAVEPOINT")


@dataclass
class Plan:
    request: str
    sql: str
    text: str

    @property
    def seq_scans(self) -> list[str]:
        """The watched tables this plan reads whole."""
        return [table for table in SEQ_SCAN.findall(self.text) if table in WATCHED]

    @property
    def index_uses(self) -> list[tuple[str, str]]:
        """(index, table) for every index the plan reads, in plan order."""
        found, heap = [], ""
        for line in self.text.splitlines():
            if match := INDEX_SCAN.search(line):
                found.append((match.group(1), match.group(2)))
            elif match := BITMAP_HEAP_SCAN.search(line):
                heap = match.group(1)
            elif match := BITMAP_INDEX_SCAN.search(line):
                found.append((match.group(1), heap))
        return list(dict.fromkeys(found))

    @property
    def indexes(self) -> list[str]:
        return [index for index, _ in self.index_uses]

    @property
    def events_read(self) -> tuple[int, int] | None:
        """For a query of a learner's latest events (ORDER BY ... LIMIT): how many event rows its scans read
        (found and filtered out) and how many it returned; None for any other query or a plain EXPLAIN."""
        if "skills_progressevent" not in self.sql or " LIMIT " not in self.sql:
            return None
        returned = re.match(r"\s*Limit \(actual rows=(\d+)", self.text)
        if returned is None:
            return None
        read, scanning = 0, False
        for line in self.text.splitlines():
            if "->" in line or line.lstrip().startswith(("Limit", "Sort", "Incremental Sort")):
                scanning = "on skills_progressevent" in line
                if scanning:
                    read += int(re.search(r"actual rows=(\d+)", line).group(1))
            elif scanning and (removed := re.search(r"Rows Removed by Filter: (\d+)", line)):
                read += int(removed.group(1))
        return read, int(returned.group(1))

    @property
    def problems(self) -> list[str]:
        found = [f"Seq Scan on {table}" for table in self.seq_scans]
        if self.events_read is not None:
            read, returned = self.events_read
            if read > returned + 1:  # an index in the order asked stops one row after the last it returns
                found.append(f"reads {read:,} events to return {returned:,}")
        return found


@dataclass
class Request:
    """One hot request, made by the test client, and the queries it sent."""

    name: str
    method: str
    path: str
    client: object
    data: dict = field(default_factory=dict)
    headers: dict = field(default_factory=dict)


def explain(sql: str, *, analyze: bool = True, costs: bool = False) -> str:
    from django.db import connection

    options = ["COSTS ON" if costs else "COSTS OFF"]
    if analyze and sql.lstrip().upper().startswith("SELECT"):
        options += ["ANALYZE", "BUFFERS", "TIMING OFF", "SUMMARY OFF"]
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN ({', '.join(options)}) {sql}")
        return "\n".join(row[0] for row in cursor.fetchall())


def captured(request: Request) -> list[str]:
    """The SQL the request sent, each statement once, as the database received it."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from core import page_cache

    page_cache.clear()  # render every page, so that each of its queries runs
    with CaptureQueriesContext(connection) as queries:
        send = getattr(request.client, request.method.lower())
        response = send(request.path, data=request.data, headers=request.headers)
        if response.streaming:
            b"".join(response.streaming_content)  # a streamed answer runs its queries as it is read
    if response.status_code != 200:
        raise RuntimeError(f"{request.name}: {request.method} {request.path} answered {response.status_code}")
    statements = []
    for query in queries.captured_queries:
        sql = query["sql"]
        if sql.upper().startswith(SKIPPED) or sql in statements:
            continue
        statements.append(sql)
    return statements


def hot_requests() -> list[Request]:
    """The requests whose queries run most, for the heavy learner, an ordinary one and a visitor."""
    from django.contrib.auth import get_user_model
    from django.test import Client

    from progress.models import Learner
    from progress.services import SESSION_KEY
    from skills.models import Skill

    User = get_user_model()
    heavy_user = User.objects.filter(username=HEAVY_USERNAME).first()
    if heavy_user is None:
        raise RuntimeError(f"No {HEAVY_USERNAME!r} account: fill the database with manage.py make_scale_data first")
    heavy = Learner.objects.get(user=heavy_user)
    # An ordinary account from the middle of the table, with a few skills tracked.
    candidates = Learner.objects.filter(user__username__startswith="learner-", pk__gte=heavy.pk // 2).order_by("pk")
    ordinary = next((learner for learner in candidates[:50] if learner.skill_progress.count() >= 2), heavy)
    visitor = (
        Learner.objects.filter(user__isnull=True, skill_progress__isnull=False).order_by("-pk").first() or ordinary
    )
    skill = Skill.objects.published().filter(progress__learner=heavy).order_by("order").first()
    level = heavy.skill_progress.get(skill=skill).level

    heavy_client, ordinary_client, visitor_client, anonymous = Client(), Client(), Client(), Client()
    heavy_client.force_login(heavy_user)
    ordinary_client.force_login(ordinary.user)
    session = visitor_client.session
    session[SESSION_KEY] = visitor.pk
    session.save()
    json = {"Accept": "application/json"}
    return [
        Request("dashboard, ordinary learner (learner by user)", "GET", "/progress/", ordinary_client),
        Request("dashboard, heavy learner", "GET", "/progress/", heavy_client),
        Request("dashboard, visitor (learner by session id)", "GET", "/progress/", visitor_client),
        Request(
            "progress POST, heavy learner",
            "POST",
            f"/progress/skills/{skill.slug}/",
            heavy_client,
            {"level": str(1 + (level % 4))},
            json,
        ),
        Request("share page by token", "GET", f"/progress/shared/{heavy.share_token}/", anonymous),
        Request("calendar feed by token", "GET", f"/progress/calendar/{heavy.calendar_token}.ics", anonymous),
        *(
            Request(f"export {fmt}, heavy learner", "GET", f"/progress/export.{fmt}", heavy_client)
            for fmt in ["json", "csv", "md"]
        ),
        Request("search", "GET", "/search/?q=kubernetes", anonymous),
    ]


def plans(only: list[str] | None = None, *, costs: bool = False) -> list[Plan]:
    """Every hot request's queries with their plans. Call inside a transaction that is rolled back."""
    found = []
    for request in hot_requests():
        if only and not any(word in request.name for word in only):
            continue
        for sql in captured(request):
            found.append(Plan(request.name, sql, explain(sql, costs=costs)))
    return found


def report(found: list[Plan]) -> tuple[list[str], bool]:
    lines, ok = [], True
    current = None
    for plan in found:
        if plan.request != current:
            current = plan.request
            lines += ["", f"## {current}"]
        lines += ["", plan.sql, "", *(f"    {line}" for line in plan.text.splitlines())]
        if plan.problems:
            ok = False
            lines.append(f"    !! {', '.join(plan.problems)}")
    lines += ["", "## Summary", "", "| request | queries | indexes read on the learners' tables | problems |"]
    lines.append("|---|---:|---|---|")
    by_request: dict[str, list[Plan]] = {}
    for plan in found:
        by_request.setdefault(plan.request, []).append(plan)
    for name, request_plans in by_request.items():
        indexes = list(
            dict.fromkeys(index for plan in request_plans for index, table in plan.index_uses if table in WATCHED)
        )
        problems = sorted({problem for plan in request_plans for problem in plan.problems})
        lines.append(
            f"| {name} | {len(request_plans)} | {', '.join(indexes) or '-'} | {', '.join(problems) or 'none'} |"
        )
    return lines, ok


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--costs", action="store_true", help="show the planner's cost estimates too")
    parser.add_argument("--only", nargs="*", help="only the requests whose name holds one of these words")
    args = parser.parse_args(argv)
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        print("plans: set DATABASE_URL=postgres://... (a database filled by make_scale_data)", file=sys.stderr)
        return 2
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "careerguide.settings")
    os.environ.setdefault("ALLOWED_HOSTS", "testserver")
    import django

    django.setup()
    from django.db import connection, transaction

    with transaction.atomic():
        try:
            found = plans(args.only, costs=args.costs)
        except RuntimeError as exc:
            print(f"plans: {exc}", file=sys.stderr)
            return 2
        finally:
            transaction.set_rollback(True)
    lines, ok = report(found)
    print(f"# Query plans ({connection.settings_dict['NAME']}, PostgreSQL {connection.pg_version // 10000})")
    print("\n".join(lines))
    print(f"\nOverall: {'PASS' if ok else 'FAIL'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
