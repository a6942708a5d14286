"""Property-based fuzzing of the progress import (Hypothesis): whatever JSON a file holds, the import view
answers 302 (all of it imported) or 400 with a message (nothing written), never a server error."""

import json

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from progress import transfer
from progress.models import Learner, PathwayPlan, ProgressEvent, SkillProgress, StepCompletion, TopicProgress
from skills.models import Skill
from tests.factories import TopicFactory
from tests.progress_helpers import make_career, make_pathway

pytestmark = pytest.mark.django_db

IMPORT_URL = reverse("progress:import")
# Bounded so the suite stays quick in CI; the generated files still reach every branch of the parser.
FUZZ = settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
)

# Text as a hostile file holds it: anything Unicode has, plus NUL and lone surrogates.
text = st.text(
    alphabet=st.one_of(st.characters(), st.sampled_from(["\x00", "\ud800", "\udfff", "-", "a"])), max_size=20
)
leaf = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True, allow_infinity=True), text)
anything = st.recursive(
    leaf, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(text, inner, max_size=3), max_leaves=8
)
slug = st.sampled_from(["tech-0", "tech-1", "soft-0", "topic-0", "personal-projects", "gone", "tech-0\x00", "Tech 0"])
moment = st.sampled_from(
    [
        "2025-01-02T03:04:05+00:00",
        "2099-01-01T00:00:00+00:00",
        "0001-01-01T00:00:00+23:59",
        "9999-12-31T23:59:59-23:59",
        "2025-13-45T00:00:00+00:00",
        "2025-01-02T03:04:05",
        "1999-12-31T23:59:59+00:00",
    ]
)
date = st.sampled_from(["2027-06-30", "2026-02-30", "", "0000-00-00", "9999-12-31"])


def _maybe(plausible):
    """Mostly a value of the right kind, sometimes anything at all."""
    return st.one_of(plausible, plausible, plausible, anything)


skill_entry = st.fixed_dictionaries(
    {},
    optional={
        "skill": _maybe(slug),
        "status": _maybe(st.sampled_from(["not_started", "learning", "done", "skipped", "bogus", ""])),
        "level": _maybe(st.integers(-1, 5)),
        "notes": _maybe(text),
        "evidence_links": _maybe(
            st.lists(_maybe(st.sampled_from(["https://ok.example/", "javascript:x"])), max_size=6)
        ),
        "target_date": _maybe(st.one_of(st.none(), date)),
        "updated_at": _maybe(moment),
    },
)
topic_entry = st.fixed_dictionaries(
    {},
    optional={
        "topic": _maybe(slug),
        "status": _maybe(st.sampled_from(["learning", "done", "nope"])),
        "updated_at": _maybe(moment),
    },
)
pathway_entry = st.fixed_dictionaries(
    {},
    optional={
        "pathway": _maybe(slug),
        "completed_steps": _maybe(st.lists(_maybe(st.fixed_dictionaries({"id": _maybe(st.integers(0, 10**20))})))),
    },
)
export = st.fixed_dictionaries(
    {
        "format": _maybe(st.just("careerguide.progress")),
        "version": _maybe(st.sampled_from([1, 2])),
    },
    optional={
        "skills": _maybe(st.lists(_maybe(skill_entry), max_size=4)),
        "topics": _maybe(st.lists(_maybe(topic_entry), max_size=4)),
        "pathways": _maybe(st.lists(_maybe(pathway_entry), max_size=3)),
    },
)
files = st.one_of(
    export.map(lambda data: json.dumps(data).encode()),
    anything.map(lambda data: json.dumps(data).encode()),
    st.binary(max_size=60),
)


@pytest.fixture
def guide():
    make_career(technical=2, soft=1)
    TopicFactory(skill=Skill.objects.get(slug="tech-0"), slug="topic-0")
    make_pathway(steps=2)


def _snapshot() -> list:
    return [
        list(model.objects.order_by("pk").values())
        for model in (Learner, SkillProgress, TopicProgress, PathwayPlan, StepCompletion, ProgressEvent)
    ]


@FUZZ
@given(content=files)
def test_the_import_view_never_fails_and_never_writes_part_of_a_file(client, alice, guide, content):
    client.force_login(alice)
    with transaction.atomic():  # each example starts from the same database
        before = _snapshot()
        upload = SimpleUploadedFile("progress.json", content, content_type="application/json")
        response = client.post(IMPORT_URL, {"file": upload})
        assert response.status_code in (302, 400)
        if response.status_code == 400:
            assert _snapshot() == before
            assert response.context["form"].errors["file"]  # a message for the learner
        transaction.set_rollback(True)


@FUZZ
@given(content=files)
def test_the_parser_raises_only_a_validation_error(guide, content):
    try:
        plan = transfer.parse_import(content)
    except ValidationError as error:
        assert error.messages and all(message.isprintable() for message in error.messages)
    else:
        assert len({entry.skill.pk for entry in plan.entries}) == len(plan.entries)
