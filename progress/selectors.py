"""Read-only queries and calculations of a learner's progress.

Every function here runs a fixed number of queries whatever the number of skills,
so the dashboard stays fast as the guide grows.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Count, Prefetch, Q

from careerguide.models import Career, CareerSkill
from core import page_cache
from core.content import Status
from progress.models import (
    Learner,
    PathwayPlan,
    ProgressEvent,
    ProgressStatus,
    SkillProgress,
    StepCompletion,
    TopicProgress,
)
from skills.models import LEVEL_NAMES, Skill, SkillKind, Topic

# How a skill's percentage is made, as the dashboard says it.
ROLL_UP_RULE = (
    "A skill counts as the larger of your level against the level the guide asks for and the share of its "
    "topics you have done (skipped topics left out); marking it done raises your level to that target, so a "
    "skill counts in full only at the level the guide asks for."
)


@dataclass
class SkillItem:
    career_skill: CareerSkill
    progress: SkillProgress | None
    topics_total: int = 0  # the skill's published topics
    topics_done: int = 0
    topics_skipped: int = 0

    @property
    def skill(self):
        return self.career_skill.skill

    @property
    def target(self) -> int:
        return self.career_skill.target_level

    @property
    def status(self) -> str:
        return self.progress.status if self.progress else ProgressStatus.NOT_STARTED

    @property
    def status_label(self) -> str:
        return ProgressStatus(self.status).label

    @property
    def level(self) -> int:
        return self.progress.level if self.progress else 0

    @property
    def level_name(self) -> str:
        return LEVEL_NAMES[self.level]

    @property
    def counted(self) -> bool:
        return self.status != ProgressStatus.SKIPPED

    @property
    def topics_counted(self) -> int:
        return self.topics_total - self.topics_skipped

    @property
    def fraction(self) -> float:
        """How far along this skill is, 0 to 1 (ROLL_UP_RULE): the larger of the level against the target
        and the share of counted topics done. "Done" alone counts for nothing more: progress.services
        raises the level to the target when a skill is marked done (rows marked done at a lower
        level before that rule count as their level)."""
        if self.target == 0:
            return 1.0
        by_level = min(self.level, self.target) / self.target
        by_topics = self.topics_done / self.topics_counted if self.topics_counted > 0 else 0.0
        return max(by_level, by_topics)

    @property
    def percent(self) -> int:
        return round(100 * self.fraction)

    @property
    def gap(self) -> int:
        if self.status == ProgressStatus.SKIPPED:
            return 0
        return max(self.target - self.level, 0)

    @property
    def satisfied(self) -> bool:
        return self.status == ProgressStatus.SKIPPED or self.level >= self.target


@dataclass
class Tally:
    label: str
    done: int = 0
    total: int = 0
    fraction_sum: float = 0.0

    @property
    def percent(self) -> int:
        return round(100 * self.fraction_sum / self.total) if self.total else 0

    @property
    def detail(self) -> str:
        return f"{self.done} of {self.total} done"


@dataclass
class NextSkill:
    item: SkillItem
    missing_prerequisites: list = field(default_factory=list)


@dataclass
class PathwayProgress:
    plan: PathwayPlan
    steps: list
    completed_ids: set

    @property
    def done(self) -> int:
        return sum(1 for step in self.steps if step.pk in self.completed_ids)

    @property
    def total(self) -> int:
        return len(self.steps)

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 0

    @property
    def detail(self) -> str:
        return f"{self.done} of {self.total} steps"


@dataclass(frozen=True)
class GuideContent:
    """The published careers, and each one's published skills in the dashboard's order with their
    count of published topics and their prerequisites: what every tally reads of the content."""

    careers: list[Career]
    career_skills: dict[int, list[CareerSkill]]  # by career id
    topic_skill: dict[int, int]  # every published topic of a published skill: its skill's id, by topic id
    skills: dict[str, Skill]  # every published skill, by slug


_guide_memo: tuple[str, GuideContent] | None = None  # (content version, content): this process's copy


def guide_content() -> GuideContent:
    """The guide's content as the tallies need it, read once per content version by this process
    (3 queries then; none after, but the version's read at most once a second, or inside a
    transaction each time). Shared by every request: nothing may change what it holds."""
    global _guide_memo
    version = page_cache.content_version()
    memo = _guide_memo
    if memo is not None and memo[0] == version:
        return memo[1]
    careers = list(Career.objects.published())
    topic_skill = dict(
        Topic.objects.published().filter(skill__status=Status.PUBLISHED).values_list("id", "skill_id").order_by()
    )
    skills = {skill.slug: skill for skill in Skill.objects.published()}
    content = GuideContent(
        careers=careers, career_skills=_career_skills(careers), topic_skill=topic_skill, skills=skills
    )
    _guide_memo = (version, content)
    return content


def published_skill(slug: str) -> Skill | None:
    """A published skill by its slug, from this process's copy of the content (no query)."""
    return guide_content().skills.get(slug)


def _career_skills(careers: list[Career]) -> dict[int, list[CareerSkill]]:
    by_career: dict[int, list[CareerSkill]] = {career.pk: [] for career in careers}
    rows = (
        CareerSkill.objects.filter(career__in=careers, skill__status=Status.PUBLISHED)
        .select_related("skill")
        .annotate(topics_total=Count("skill__topics", filter=Q(skill__topics__status=Status.PUBLISHED), distinct=True))
        .prefetch_related(Prefetch("skill__prerequisites", to_attr="all_prerequisites"))
        .order_by("order", "skill__order", "skill__name")
    )
    for career_skill in rows:
        by_career[career_skill.career_id].append(career_skill)
    kinds = list(SkillKind.values)  # technical before soft, as the guide lists them
    for career_skills in by_career.values():
        career_skills.sort(key=lambda cs: kinds.index(cs.skill.kind))
    return by_career


def career_for_learner(learner: Learner | None) -> Career | None:
    """The career a learner follows, else the default published career."""
    return pick_career(guide_content().careers, learner)


def pick_career(careers: list[Career], learner: Learner | None) -> Career | None:
    """From published careers: the one the learner follows, else the default, else the first."""
    for career in careers:
        if learner is not None and career.pk == learner.career_id:
            return career
    defaults = [career for career in careers if career.is_default]
    return (defaults or careers or [None])[0]


def skill_items(*, learner: Learner | None, career: Career, content: GuideContent | None = None) -> list[SkillItem]:
    """The career's published skills, each with its count of published topics, its prerequisites and
    the learner's progress on it and its topics: 2 plain queries for the learner's own rows (a learner
    has at most a row a skill and a row a topic), tallied here against the content from guide_content()
    unless given (a draft career, which only editors preview, is read afresh)."""
    content = content or guide_content()
    career_skills = content.career_skills.get(career.pk)
    if career_skills is None:
        career_skills = _career_skills([career])[career.pk]
    rows: dict[int, SkillProgress] = {}
    done: dict[int, int] = {}
    skipped: dict[int, int] = {}
    if learner is not None and learner.pk:
        rows = {row.skill_id: row for row in SkillProgress.objects.filter(learner=learner)}
        for topic_id, status in TopicProgress.objects.filter(learner=learner).values_list("topic_id", "status"):
            skill_id = content.topic_skill.get(topic_id)  # None: a draft topic, or one of a draft skill
            if skill_id is not None and status == ProgressStatus.DONE:
                done[skill_id] = done.get(skill_id, 0) + 1
            elif skill_id is not None and status == ProgressStatus.SKIPPED:
                skipped[skill_id] = skipped.get(skill_id, 0) + 1
    return [
        SkillItem(
            career_skill=cs,
            progress=rows.get(cs.skill_id),
            topics_total=cs.topics_total,
            topics_done=done.get(cs.skill_id, 0),
            topics_skipped=skipped.get(cs.skill_id, 0),
        )
        for cs in career_skills
    ]


def overall_tally(items: list[SkillItem]) -> Tally:
    tally = Tally(label="Overall")
    for item in items:
        if item.counted:
            tally.total += 1
            tally.fraction_sum += item.fraction
            tally.done += item.status == ProgressStatus.DONE
    return tally


def kind_tallies(items: list[SkillItem]) -> list[Tally]:
    tallies = {kind: Tally(label=f"{label} skills") for kind, label in SkillKind.choices}
    for item in items:
        if item.counted:
            tally = tallies[item.skill.kind]
            tally.total += 1
            tally.fraction_sum += item.fraction
            tally.done += item.status == ProgressStatus.DONE
    return [tally for tally in tallies.values() if tally.total]


def target_level(*, learner: Learner, skill, content: GuideContent | None = None) -> int | None:
    """The level the career the learner follows asks of the skill; None when it is not part of it."""
    content = content or guide_content()
    career = pick_career(content.careers, learner)
    if career is None:
        return None
    return next((cs.target_level for cs in content.career_skills[career.pk] if cs.skill_id == skill.pk), None)


def followed_items(
    learner: Learner | None, content: GuideContent | None = None
) -> tuple[list[Career], Career | None, list[SkillItem]]:
    """The published careers, the one the learner follows, and its skills with their progress.

    Writes pass the content they read before their transaction: inside one, the content version is
    read from the database each time (core.page_cache.content_version)."""
    content = content or guide_content()
    career = pick_career(content.careers, learner)
    items = skill_items(learner=learner, career=career, content=content) if career else []
    return content.careers, career, items


def next_skills(items: list[SkillItem], limit: int = 5) -> list[NextSkill]:
    """Skills with the biggest gap first; those whose prerequisites are met come before the rest."""
    by_skill_id = {item.skill.pk: item for item in items}
    ready, waiting = [], []
    for item in items:
        if item.gap == 0:
            continue
        missing = [
            prereq
            for prereq in item.skill.all_prerequisites
            if prereq.status == Status.PUBLISHED and prereq.pk in by_skill_id and not by_skill_id[prereq.pk].satisfied
        ]
        (waiting if missing else ready).append(NextSkill(item=item, missing_prerequisites=missing))
    key = lambda n: (-n.item.gap, n.item.career_skill.order, n.item.skill.name)  # noqa: E731
    return (sorted(ready, key=key) + sorted(waiting, key=key))[:limit]


def pathway_progress(*, learner: Learner | None) -> list[PathwayProgress]:
    """The learner's chosen published pathways with their steps and ticks (3 queries)."""
    if learner is None or not learner.pk:
        return []
    plans = list(
        PathwayPlan.objects.filter(learner=learner, pathway__status=Status.PUBLISHED)
        .select_related("pathway")
        .prefetch_related("pathway__steps")
    )
    completed = set(StepCompletion.objects.filter(learner=learner).values_list("step_id", flat=True))
    return [PathwayProgress(plan=plan, steps=list(plan.pathway.steps.all()), completed_ids=completed) for plan in plans]


def steps_done(*, learner: Learner, pathway) -> int:
    """How many of the pathway's steps the learner has ticked (one query)."""
    return StepCompletion.objects.filter(learner=learner, step__pathway=pathway).count()


def recent_events(*, learner: Learner | None, limit: int = 20) -> list[ProgressEvent]:
    if learner is None or not learner.pk:
        return []
    return list(ProgressEvent.objects.filter(learner=learner)[:limit])


def progress_series(*, learner: Learner | None, limit: int = 200) -> list[tuple]:
    """(time, overall percent) after each change, oldest first, for the chart of progress over time."""
    if learner is None or not learner.pk:
        return []
    rows = ProgressEvent.objects.filter(learner=learner).order_by("-created_at", "-id")
    return list(rows.values_list("created_at", "overall_percent")[:limit])[::-1]


def learner_version(learner: Learner | None) -> str:
    """Changes whenever anything on the learner's dashboard does, with no query: the count of their
    changes (progress.services moves it with each), the followed career and the share link."""
    if learner is None:
        return "none"
    return f"{learner.pk}:{learner.changes}:{learner.career_id}:{learner.share_token or ''}"


def progress_for_skill(*, learner: Learner | None, skill) -> SkillProgress | None:
    if learner is None or not learner.pk:
        return None
    return SkillProgress.objects.filter(learner=learner, skill=skill).first()
