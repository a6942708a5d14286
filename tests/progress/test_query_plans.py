"""The plan shape of the hottest queries on PostgreSQL (issue 13): no learner's table read whole, a
learner's latest events read in order from their index. bench/plans.py explains the same requests on the
large data set; here a few thousand learners, analysed, are enough for the planner to choose as it does
there."""

import importlib.util
import os
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connection

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(
        not os.environ.get("DATABASE_URL", "").startswith("postgres"), reason="needs DATABASE_URL=postgres://..."
    ),
]
ROOT = Path(__file__).resolve().parents[2]


def _bench_plans():
    spec = importlib.util.spec_from_file_location("bench_plans", ROOT / "bench" / "plans.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_plans"] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def plans(seeded_guide):
    """Every hot request's queries and plans, on 3,000 learners (the command ends with ANALYZE)."""
    assert connection.vendor == "postgresql"
    call_command(
        "make_scale_data",
        accounts=1000,
        visitors=2000,
        progress_rows=30_000,
        events=20_000,
        heavy_events=2_000,
        plans_per_100=100,
        revisions=0,
        stdout=StringIO(),
    )
    module = _bench_plans()
    return module.plans()


def by_request(plans, name: str) -> list:
    found = [plan for plan in plans if plan.request.startswith(name)]
    assert found, name
    return found


def test_no_hot_query_reads_a_learners_table_whole_or_more_events_than_it_shows(plans):
    problems = [
        f"{plan.request}: {', '.join(plan.problems)}\n{plan.sql}\n{plan.text}" for plan in plans if plan.problems
    ]
    assert not problems, "\n\n".join(problems)


def test_the_heavy_learners_history_is_read_newest_first_from_its_index(plans):
    events = [plan for plan in by_request(plans, "dashboard, heavy learner") if "skills_progressevent" in plan.sql]
    assert len(events) == 2  # the recent changes and the chart's series
    for plan in events:
        assert plan.indexes == ["progress_event_learner_time"], plan.text
        assert "Index Scan Backward using progress_event_learner_time" in plan.text, plan.text
        assert "Sort" not in plan.text
        read, returned = plan.events_read
        assert read <= returned + 1


def test_learners_are_found_by_unique_indexes(plans):
    def indexes(name: str) -> set:
        return {index for plan in by_request(plans, name) if "skills_learner" in plan.sql for index in plan.indexes}

    def named(found: set, prefix: str) -> bool:  # Django names a unique text column's indexes after it
        return any(index.startswith(prefix) for index in found)

    assert "skills_learner_user_id_key" in indexes("dashboard, ordinary learner")  # with the user, by their id
    assert "skills_learner_pkey" in indexes("dashboard, visitor")  # by the id in the session
    assert named(indexes("share page"), "skills_learner_share_token_")
    assert named(indexes("calendar feed"), "skills_learner_calendar_token_")


def test_the_progress_write_locks_its_row_through_a_learners_index(plans):
    locking = [plan for plan in by_request(plans, "progress POST") if "FOR UPDATE" in plan.sql]
    assert len(locking) == 1
    assert locking[0].indexes, locking[0].text
    for index in locking[0].indexes:
        assert index == "unique_progress_per_learner_skill" or index.startswith("skills_skillprogress_learner_id")
