from datetime import timedelta

import pytest
from django.db import IntegrityError
from django.utils import timezone

from core.content import Status
from progress import selectors, services
from progress.models import Learner, PathwayPlan, ProgressEvent, ProgressStatus, SkillProgress, StepCompletion
from skills.models import Skill
from tests.progress_helpers import account_learner, make_career, make_pathway

pytestmark = pytest.mark.django_db


def test_progress_update_creates_one_row_and_records_the_change(alice):
    make_career()
    learner = account_learner(alice)
    skill = Skill.objects.get(slug="tech-0")
    services.progress_update(learner=learner, skill=skill, changes={"status": ProgressStatus.DONE})
    row = SkillProgress.objects.get(learner=learner, skill=skill)
    assert (row.status, row.level) == (ProgressStatus.DONE, 2)  # done means the guide's target level
    event = ProgressEvent.objects.get(learner=learner)
    assert event.description == "Tech 0: status done, level 2 (Beginner)"
    assert event.overall_percent == 25  # one of four skills done


@pytest.mark.parametrize(
    "before,changes,after",
    [
        # marking done raises the level to the target (2 here), never lowers a higher one
        ({}, {"status": "done"}, ("done", 2)),
        ({"status": "learning", "level": 3}, {"status": "done"}, ("done", 3)),
        # the full form posts the level it showed: unchanged, it is raised too
        ({"status": "learning", "level": 1}, {"status": "done", "level": 1}, ("done", 2)),
        # a level set below the target on a skill already done: learning again
        ({"status": "done", "level": 2}, {"level": 1}, ("learning", 1)),
        ({"status": "done", "level": 2}, {"status": "done", "level": 1}, ("learning", 1)),
        # other fields of a done skill change nothing of this
        ({"status": "done", "level": 2}, {"notes": "n"}, ("done", 2)),
        ({"status": "done", "level": 3}, {"level": 2}, ("done", 2)),
    ],
)
def test_done_means_the_level_the_guide_asks_for(alice, before, changes, after):
    make_career(target=2)
    learner = account_learner(alice)
    skill = Skill.objects.get(slug="tech-0")
    if before:
        services.progress_update(learner=learner, skill=skill, changes=before)
    services.progress_update(learner=learner, skill=skill, changes=changes)
    row = SkillProgress.objects.get(learner=learner, skill=skill)
    assert (row.status, row.level) == after


def test_done_with_a_lower_level_chosen_at_once_is_refused_and_changes_nothing(alice):
    from django.core.exceptions import ValidationError

    make_career(target=2)
    learner = account_learner(alice)
    skill = Skill.objects.get(slug="tech-0")
    services.progress_update(learner=learner, skill=skill, changes={"status": "learning", "level": 1})
    with pytest.raises(ValidationError) as refused:
        services.progress_update(learner=learner, skill=skill, changes={"status": "done", "level": 0})
    assert "Done means level 2 or more" in str(refused.value)
    row = SkillProgress.objects.get(learner=learner, skill=skill)
    assert (row.status, row.level) == ("learning", 1)
    assert ProgressEvent.objects.filter(learner=learner).count() == 1


def test_a_skill_outside_the_followed_career_can_be_done_at_any_level(alice):
    from tests.factories import SkillFactory

    make_career(target=2)
    learner = account_learner(alice)
    other = SkillFactory(slug="elsewhere")
    services.progress_update(learner=learner, skill=other, changes={"status": "done"})
    assert SkillProgress.objects.get(learner=learner, skill=other).level == 0


def test_progress_update_is_idempotent(alice):
    make_career()
    learner = account_learner(alice)
    skill = Skill.objects.get(slug="tech-0")
    for _ in range(3):
        services.progress_update(learner=learner, skill=skill, changes={"level": 2, "notes": "Read the docs"})
    assert SkillProgress.objects.filter(learner=learner).count() == 1
    assert ProgressEvent.objects.filter(learner=learner).count() == 1


def test_rating_a_level_marks_a_skill_as_being_learned(alice):
    make_career()
    learner = account_learner(alice)
    change = services.progress_update(learner=learner, skill=Skill.objects.get(slug="tech-1"), changes={"level": 1})
    assert change.progress.status == ProgressStatus.LEARNING


def test_unknown_fields_are_refused(alice):
    make_career()
    with pytest.raises(ValueError, match="Unknown progress fields"):
        services.progress_update(
            learner=account_learner(alice), skill=Skill.objects.get(slug="tech-0"), changes={"learner_id": 3}
        )


def test_one_row_per_learner_and_skill_is_enforced_by_the_database(alice):
    make_career()
    learner = account_learner(alice)
    skill = Skill.objects.get(slug="tech-0")
    SkillProgress.objects.create(learner=learner, skill=skill, updated_at=timezone.now())
    with pytest.raises(IntegrityError):
        SkillProgress.objects.create(learner=learner, skill=skill, updated_at=timezone.now())


def test_overall_progress_counts_levels_against_targets_and_leaves_out_skipped(alice):
    career = make_career(technical=2, soft=1, target=2)
    learner = account_learner(alice)
    services.progress_update(learner=learner, skill=Skill.objects.get(slug="tech-0"), changes={"level": 1})
    services.progress_update(learner=learner, skill=Skill.objects.get(slug="tech-1"), changes={"status": "skipped"})
    items = selectors.skill_items(learner=learner, career=career)
    overall = selectors.overall_tally(items)
    assert (overall.total, overall.percent) == (2, 25)  # (1/2 + 0) / 2


def test_an_unpublished_skill_keeps_its_progress_but_leaves_the_counters(alice):
    career = make_career(technical=2, soft=0, target=2)
    learner = account_learner(alice)
    skill = Skill.objects.get(slug="tech-0")
    services.progress_update(learner=learner, skill=skill, changes={"status": ProgressStatus.DONE})
    Skill.objects.filter(pk=skill.pk).update(status=Status.DRAFT)
    assert selectors.overall_tally(selectors.skill_items(learner=learner, career=career)).total == 1
    assert SkillProgress.objects.filter(learner=learner, skill=skill).exists()

    Skill.objects.filter(pk=skill.pk).update(status=Status.PUBLISHED, name="Renamed")
    overall = selectors.overall_tally(selectors.skill_items(learner=learner, career=career))
    assert (overall.total, overall.done) == (2, 1)


def test_a_skill_with_progress_cannot_be_deleted(alice):
    from django.db.models import ProtectedError

    make_career()
    skill = Skill.objects.get(slug="tech-0")
    services.progress_update(learner=account_learner(alice), skill=skill, changes={"level": 3})
    with pytest.raises(ProtectedError):
        skill.delete()


def test_next_skills_puts_the_biggest_gap_first_and_respects_prerequisites(alice):
    career = make_career(technical=3, soft=0, target=3)
    learner = account_learner(alice)
    basics, middle, advanced = (Skill.objects.get(slug=f"tech-{i}") for i in range(3))
    advanced.prerequisites.add(basics)
    services.progress_update(learner=learner, skill=middle, changes={"level": 2})

    next_up = selectors.next_skills(selectors.skill_items(learner=learner, career=career))
    assert [n.item.skill.slug for n in next_up] == ["tech-0", "tech-1", "tech-2"]
    assert next_up[2].missing_prerequisites == [basics]

    services.progress_update(learner=learner, skill=basics, changes={"status": ProgressStatus.DONE})
    next_up = selectors.next_skills(selectors.skill_items(learner=learner, career=career))
    assert [n.item.skill.slug for n in next_up] == ["tech-2", "tech-1"]
    assert next_up[0].missing_prerequisites == []


def test_merge_keeps_the_later_change(alice):
    make_career()
    learner = account_learner(alice)
    skill = Skill.objects.get(slug="tech-0")
    services.progress_update(learner=learner, skill=skill, changes={"level": 3})
    older = services.ProgressEntry(
        skill=skill,
        status="learning",
        level=1,
        notes="",
        evidence_links="",
        target_date=None,
        updated_at=timezone.now() - timedelta(days=1),
    )
    assert services.progress_merge(learner=learner, entries=[older], reason="Test") == 0
    newer = services.ProgressEntry(**{**older.__dict__, "updated_at": timezone.now() + timedelta(seconds=1)})
    assert services.progress_merge(learner=learner, entries=[newer], reason="Test") == 1
    assert SkillProgress.objects.get(learner=learner, skill=skill).level == 1


def test_ticking_a_step_follows_its_pathway_and_unticking_keeps_the_plan(alice):
    pathway = make_pathway()
    learner = account_learner(alice)
    step = pathway.steps.first()
    services.step_set(learner=learner, step=step, done=True)
    services.step_set(learner=learner, step=step, done=True)
    assert StepCompletion.objects.filter(learner=learner).count() == 1
    assert PathwayPlan.objects.filter(learner=learner, pathway=pathway).exists()
    services.step_set(learner=learner, step=step, done=False)
    assert not StepCompletion.objects.filter(learner=learner).exists()
    assert PathwayPlan.objects.filter(learner=learner, pathway=pathway).exists()


def test_reset_forgets_everything_of_one_learner_only(alice, bob):
    make_career()
    pathway = make_pathway()
    skill = Skill.objects.get(slug="tech-0")
    mine, theirs = account_learner(alice), account_learner(bob)
    for learner in (mine, theirs):
        services.progress_update(learner=learner, skill=skill, changes={"level": 2})
        services.step_set(learner=learner, step=pathway.steps.first(), done=True)
    services.progress_reset(learner=mine)
    assert not mine.skill_progress.exists() and not mine.events.exists() and not mine.pathway_plans.exists()
    assert theirs.skill_progress.count() == 1 and theirs.step_completions.count() == 1


def test_share_enable_is_stable_and_revoke_clears_it(alice):
    learner = account_learner(alice)
    token = services.secret_link_enable(learner=learner, link="share")
    assert len(token) >= 40
    assert services.secret_link_enable(learner=learner, link="share") == token
    services.secret_link_revoke(learner=learner, link="share")
    assert Learner.objects.get(pk=learner.pk).share_token is None
