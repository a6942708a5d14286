"""A learner's own marks on the guide's public pages.

The guide's views render content only; these tags add what the request's learner has recorded
(their status on each skill, their progress form, the pathway steps they ticked), so the content
apps never import this one. Each tag costs one query to find the learner, none for a visitor
who has recorded nothing, and at most one more for their rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django import template

from core.content import Status
from core.templatetags import form_tokens
from progress import selectors, services
from progress.forms import SkillProgressEditForm
from progress.models import ProgressStatus, SkillProgress, StepCompletion, TopicProgress
from skills.models import Topic

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


def _learner(context):
    """The learner of the request being rendered, looked up once for all the tags of one page."""
    remembered = context.render_context
    if "progress_learner" not in remembered:
        remembered["progress_learner"] = services.learner_get(context["request"])
    return remembered["progress_learner"]


@register.simple_tag(takes_context=True)
def guide_progress(context, career) -> GuideMarks:
    """{% guide_progress career as my %}: the learner's marks on the career's skills, tallied as the
    dashboard tallies them (topics included). No query for a visitor who has recorded nothing."""
    learner = _learner(context)
    items = [] if learner is None else selectors.skill_items(learner=learner, career=career)
    return GuideMarks(
        statuses={item.skill.pk: item.status for item in items},
        overall=selectors.overall_tally(items),
        tracking=any(item.progress is not None or item.topics_done or item.topics_skipped for item in items),
    )


@dataclass(frozen=True)
class TopicMarks:
    """The learner's status on each of some topics, and how many of them they have done."""

    statuses: dict[int, str]
    tracking: bool
    status_choices: list = field(default_factory=lambda: ProgressStatus.choices)

    @property
    def done(self) -> int:
        return sum(status == ProgressStatus.DONE for status in self.statuses.values())

    @property
    def counted(self) -> int:
        """The topics that count: all but those the learner skipped."""
        return len(self.statuses) - sum(status == ProgressStatus.SKIPPED for status in self.statuses.values())


@register.simple_tag(takes_context=True)
def topic_progress(context, topics) -> TopicMarks:
    """{% topic_progress topics as my %} (a list of topics, or one): the learner's status on each."""
    topics = [topics] if isinstance(topics, Topic) else list(topics)
    learner = _learner(context)
    rows = {}
    if learner is not None and topics:
        rows = dict(TopicProgress.objects.filter(learner=learner, topic__in=topics).values_list("topic_id", "status"))
    return TopicMarks(
        statuses={topic.pk: rows.get(topic.pk, ProgressStatus.NOT_STARTED) for topic in topics},
        tracking=bool(rows),
    )


@register.filter
def status_of(marks: GuideMarks | TopicMarks, pk: int) -> str:
    """{{ my|status_of:skill.pk }}: the learner's status on one skill (or topic) of the marks."""
    return marks.statuses.get(pk, ProgressStatus.NOT_STARTED)


@register.inclusion_tag("progress/_skill_progress_form.html", takes_context=True)
def skill_progress_panel(context, skill, career_skills) -> dict:
    """{% skill_progress_panel skill career_skills %}: the learner's progress form for one skill,
    with the level asked for by the career they follow (career_skills: the skill's published ones)."""
    request = context["request"]
    learner = _learner(context)
    progress = selectors.progress_for_skill(learner=learner, skill=skill)
    career = selectors.pick_career([career_skill.career for career_skill in career_skills], learner)
    career_skill = next((cs for cs in career_skills if cs.career == career), None)
    initial = {} if progress is None else {name: getattr(progress, name) for name in services.PROGRESS_FIELDS}
    return {
        **form_tokens.carried(context),
        "request": request,
        "skill": skill,
        "career": career_skill.career if career_skill else None,
        "target_level": career_skill.target_level if career_skill else None,
        "progress": progress,
        "progress_form": SkillProgressEditForm(initial=initial),
    }


@register.simple_tag(takes_context=True)
def pathway_progress(context, pathway) -> PathwayMarks:
    """{% pathway_progress pathway as my %}: whether the learner follows it, and the steps they ticked."""
    learner = _learner(context)
    if learner is None:
        return PathwayMarks(following=False, completed_ids=frozenset())
    following = learner.pathway_plans.filter(pathway=pathway).exists()
    completed = StepCompletion.objects.filter(learner=learner, step__pathway=pathway).values_list("step_id", flat=True)
    return PathwayMarks(following=following, completed_ids=frozenset(completed))


@dataclass(frozen=True)
class RoadmapMarks:
    """The learner's status on every skill and topic of the roadmap (for its map's colours and cues)."""

    skills: dict[int, str]
    topics: dict[int, str]
    topics_done: dict[int, int]  # by skill id
    tracking: bool


@register.simple_tag(takes_context=True)
def roadmap_progress(context) -> RoadmapMarks:
    """{% roadmap_progress as my %}: two queries for a learner, whatever the number of topics; one for a
    visitor who has recorded nothing."""
    learner = _learner(context)
    if learner is None:
        return RoadmapMarks(skills={}, topics={}, topics_done={}, tracking=False)
    skills = dict(SkillProgress.objects.filter(learner=learner).values_list("skill_id", "status"))
    topics, topics_done = {}, {}
    published = TopicProgress.objects.filter(learner=learner, topic__status=Status.PUBLISHED)
    for topic_id, skill_id, status in published.values_list("topic_id", "topic__skill_id", "status"):
        topics[topic_id] = status
        topics_done[skill_id] = topics_done.get(skill_id, 0) + (status == ProgressStatus.DONE)
    return RoadmapMarks(skills=skills, topics=topics, topics_done=topics_done, tracking=bool(skills or topics))


@register.filter
def skill_status(marks: RoadmapMarks, pk: int) -> str:
    return marks.skills.get(pk, ProgressStatus.NOT_STARTED)


@register.filter
def topic_status(marks: RoadmapMarks, pk: int) -> str:
    return marks.topics.get(pk, ProgressStatus.NOT_STARTED)


@register.filter
def topics_done(marks: RoadmapMarks, skill_pk: int) -> int:
    return marks.topics_done.get(skill_pk, 0)


@register.filter
def status_label(status: str) -> str:
    """{{ status|status_label }}: how a status reads ("Not started" for not_started)."""
    return ProgressStatus(status).label
