"""make_scale_data: the synthetic data set of issue 13, made here at a few dozen learners."""

import re
from datetime import timedelta
from io import StringIO

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.sessions.models import Session
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db.models import Count, F, Max, Q
from django.utils import timezone

from careerguide.models import CareerSkill, Resource
from progress.management.commands.make_scale_data import HEAVY_USERNAME, REVISION_REASON, allocate
from progress.models import (
    Learner,
    PathwayPlan,
    ProgressEvent,
    ProgressStatus,
    SkillProgress,
    StepCompletion,
    TopicProgress,
)
from progress.services import SESSION_KEY
from skills.models import Skill, Topic

SMALL = {
    "accounts": 20,
    "visitors": 40,
    "progress_rows": 400,
    "events": 300,
    "heavy_events": 50,
    "revisions": 10,
}


def make(**options) -> str:
    out = StringIO()
    call_command("make_scale_data", stdout=out, **options)
    return out.getvalue()


@pytest.fixture
def small_data_set(seeded_guide):
    return make(**SMALL)


def test_it_makes_the_sizes_asked_for(small_data_set):
    User = get_user_model()
    assert User.objects.filter(Q(username__startswith="learner-") | Q(username=HEAVY_USERNAME)).count() == 20
    assert Learner.objects.filter(user__isnull=False).count() == 20
    assert Learner.objects.filter(user__isnull=True).count() == 40
    # 30 % of the progress rows are skills, the rest topics.
    assert SkillProgress.objects.count() == 120
    assert TopicProgress.objects.count() == 280
    assert ProgressEvent.objects.count() == 300 + 50
    assert PathwayPlan.objects.count() == 12  # 20 per 100 of the 60 learners
    assert StepCompletion.objects.exists()
    assert Skill.history.filter(history_change_reason=REVISION_REASON).count() == 5
    assert Resource.history.filter(history_change_reason=REVISION_REASON).count() == 5
    assert "Done:" in small_data_set


def test_scale_multiplies_every_default_size(seeded_guide):
    make(scale=0.0002, heavy_events=30)  # 20 accounts, 40 visitors, 400 rows, 200 events, 1 revision
    assert Learner.objects.filter(user__isnull=False).count() == 20
    assert Learner.objects.filter(user__isnull=True).count() == 40
    assert SkillProgress.objects.count() + TopicProgress.objects.count() == 400
    assert ProgressEvent.objects.count() == 200 + 30
    assert PathwayPlan.objects.count() == 12
    assert Skill.history.filter(history_change_reason=REVISION_REASON).count() == 1


def test_each_learners_changes_count_their_events(small_data_set):
    assert not Learner.objects.annotate(events_count=Count("events")).exclude(changes=F("events_count")).exists()


def test_most_visitors_are_expired_and_the_others_have_a_live_session(small_data_set):
    cutoff = timezone.now() - timedelta(seconds=settings.SESSION_COOKIE_AGE)
    visitors = Learner.objects.filter(user__isnull=True).annotate(last_change=Max("events__created_at"))
    expired = visitors.filter(created_at__lt=cutoff).filter(Q(last_change__isnull=True) | Q(last_change__lt=cutoff))
    assert expired.count() == 36  # nine in ten
    active = visitors.exclude(pk__in=expired.values("pk"))
    assert all(learner.created_at > cutoff for learner in active)
    # Every live visitor's session names their learner, as a real visitor's does.
    live = [session.get_decoded() for session in Session.objects.filter(expire_date__gt=timezone.now())]
    assert sorted(data[SESSION_KEY] for data in live) == sorted(active.values_list("pk", flat=True))

    call_command("prune_visitors", stdout=StringIO())
    assert set(Learner.objects.filter(user__isnull=True).values_list("pk", flat=True)) == {
        learner.pk for learner in active
    }
    assert Learner.objects.filter(user__isnull=False).count() == 20


def test_the_heavy_learner_has_their_history(small_data_set):
    heavy = Learner.objects.get(user__username=HEAVY_USERNAME)
    assert heavy.events.count() == 50
    assert heavy.changes == 50
    assert heavy.skill_progress.count() == CareerSkill.objects.count()
    assert heavy.topic_progress.count() == Topic.objects.published().count()
    assert heavy.pathway_plans.exists()
    assert heavy.share_token
    assert heavy.calendar_token
    times = list(heavy.events.order_by("created_at", "id").values_list("overall_percent", flat=True))
    assert times == sorted(times)  # the percentage rises over the history


def test_the_rows_respect_the_rules_of_the_tracker(small_data_set):
    targets = dict(CareerSkill.objects.values_list("skill_id", "target_level"))
    for row in SkillProgress.objects.all():
        assert 0 <= row.level <= 4
        if row.status == ProgressStatus.DONE:
            assert row.level >= targets[row.skill_id]  # "done" means the guide's level
        if row.level > 0:
            assert row.status != ProgressStatus.NOT_STARTED
    # The events point at what their learner tracked.
    for event in ProgressEvent.objects.filter(topic__isnull=False)[:50]:
        assert TopicProgress.objects.filter(learner_id=event.learner_id, topic_id=event.topic_id).exists()


def test_a_revision_keeps_the_entrys_links_as_a_save_would(small_data_set):
    links = 0
    for revision in Skill.history.filter(history_change_reason=REVISION_REASON):
        kept = {row.to_skill_id for row in revision.prerequisites.all()}
        assert kept == set(Skill.objects.get(pk=revision.id).prerequisites.values_list("pk", flat=True))
        links += len(kept)
    for revision in Resource.history.filter(history_change_reason=REVISION_REASON):
        resource = Resource.objects.get(pk=revision.id)
        kept = {row.skill_id for row in revision.skills.all()}
        assert kept == set(resource.skills.values_list("pk", flat=True))
        assert {row.pathway_id for row in revision.pathways.all()} == set(
            resource.pathways.values_list("pk", flat=True)
        )
        links += len(kept)
    assert links  # some revised entries have links, so the comparison above means something


def test_no_real_looking_personal_data(small_data_set):
    User = get_user_model()
    for user in User.objects.all():
        assert re.fullmatch(r"learner-\d{6}|heavy-learner|editor-\d\d", user.username)
        assert user.email == f"{user.username}@example.invalid"
        assert user.first_name == user.last_name == ""
        assert not user.has_usable_password()
    assert not SkillProgress.objects.exclude(notes="").exclude(notes__startswith="Synthetic note on ").exists()
    assert (
        not SkillProgress.objects.exclude(evidence_links="")
        .exclude(evidence_links__startswith="https://example.invalid/")
        .exists()
    )


def test_it_refuses_to_run_twice(small_data_set):
    with pytest.raises(CommandError, match="already holds a synthetic data set"):
        make(**SMALL)


def test_it_needs_the_guide(db):
    with pytest.raises(CommandError, match="Load the guide first"):
        make(**SMALL)


def test_it_refuses_production_unless_told_twice(seeded_guide, settings):
    settings.PRODUCTION = True
    with pytest.raises(CommandError, match="DJANGO_ENV=production.*--i-know-this-is-production twice"):
        make(**SMALL)
    with pytest.raises(CommandError, match="DJANGO_ENV=production"):
        make(**SMALL, production_confirmed=1)
    assert not Learner.objects.exists()

    flag = "--i-know-this-is-production"
    call_command("make_scale_data", flag, flag, "--scale", "0.0001", "--heavy-events", "10", stdout=StringIO())
    assert Learner.objects.filter(user__username=HEAVY_USERNAME).exists()


@pytest.mark.parametrize("total, cap", [(0, 3), (7, None), (25, 5), (30, 3)])
def test_allocate_gives_exactly_the_total_within_the_cap(total, cap):
    import random

    counts = allocate(total, [3.0, 0.0, 1.0, 0.5, 2.0, 0.1, 0.0, 9.0, 1.0, 1.0], cap, random.Random(1))
    assert sum(counts) == total
    assert cap is None or max(counts) <= cap
