"""A learner's own marks on the guide's public pages.

The guide's views render content only; these tags add what the request's learner has recorded
(their status on each skill, their progress form, the pathway steps they ticked), so the content
apps never import this one. Each tag costs one query to find the learner, none for a visitor
who has recorded nothing, and at most one more for their rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django import template

from progress import selectors, services
from progress.forms import SkillProgressForm
from progress.models import ProgressStatus, SkillProgress, StepCompletion

register = template.Library()


@dataclass(frozen=True)
class GuideMarks:
    """The learner's status on each skill of a guide page, and their overall progress."""

    statuses: dict[int, str]
    overall: selectors.Tally
    tracking: bool
    status_choices: list = field(default_factory=lambda: ProgressStatus.choices)


@dataclass(frozen=True)
class PathwayMarks:
    following: bool
    completed_ids: frozenset[int]

    @property
    def done_count(self) -> int:
        return len(self.completed_ids)


@register.simple_tag(takes_context=True)
def guide_progress(context, skill_groups) -> GuideMarks:
    """{% guide_progress skill_groups as my %}: the learner's marks on the career's skills."""
    learner = services.learner_get(context["request"])
    rows = {} if learner is None else {row.skill_id: row for row in SkillProgress.objects.filter(learner=learner)}
    items = [
        selectors.SkillItem(career_skill=career_skill, progress=rows.get(career_skill.skill_id))
        for group in skill_groups
        for career_skill in group.items
    ]
    return GuideMarks(
        statuses={item.skill.pk: item.status for item in items},
        overall=selectors.overall_tally(items),
        tracking=bool(rows),
    )


@register.filter
def status_of(marks: GuideMarks, skill_id: int) -> str:
    """{{ my|status_of:skill.pk }}: the learner's status on one skill."""
    return marks.statuses.get(skill_id, ProgressStatus.NOT_STARTED)


@register.inclusion_tag("progress/_skill_progress_form.html", takes_context=True)
def skill_progress_panel(context, skill, career_skills) -> dict:
    """{% skill_progress_panel skill career_skills %}: the learner's progress form for one skill,
    with the level asked for by the career they follow (career_skills: the skill's published ones)."""
    request = context["request"]
    learner = services.learner_get(request)
    progress = selectors.progress_for_skill(learner=learner, skill=skill)
    career = selectors.pick_career([career_skill.career for career_skill in career_skills], learner)
    career_skill = next((cs for cs in career_skills if cs.career == career), None)
    initial = {} if progress is None else {name: getattr(progress, name) for name in services.PROGRESS_FIELDS}
    return {
        "request": request,
        "skill": skill,
        "career": career_skill.career if career_skill else None,
        "target_level": career_skill.target_level if career_skill else None,
        "progress": progress,
        "progress_form": SkillProgressForm(initial=initial),
    }


@register.simple_tag(takes_context=True)
def pathway_progress(context, pathway) -> PathwayMarks:
    """{% pathway_progress pathway as my %}: whether the learner follows it, and the steps they ticked."""
    learner = services.learner_get(context["request"])
    if learner is None:
        return PathwayMarks(following=False, completed_ids=frozenset())
    following = learner.pathway_plans.filter(pathway=pathway).exists()
    completed = StepCompletion.objects.filter(learner=learner, step__pathway=pathway).values_list("step_id", flat=True)
    return PathwayMarks(following=following, completed_ids=frozenset(completed))
