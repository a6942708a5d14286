"""The learner's plan: their target dates sorted into overdue, due soon and later, and a list for this
week that fits the hours of study they say they have.

Read-only, like progress.selectors, and built from the followed skills the dashboard already holds
plus two queries (the unfinished skills' published topics, and the learner's statuses on them).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from core.content import Status
from progress.models import Learner, ProgressStatus, TopicProgress
from progress.selectors import SkillItem, next_skills
from skills.models import Topic

SOON_DAYS = 14  # "due soon" means a target date within this many days from today


@dataclass
class PlanEntry:
    """An unfinished skill of the followed career and what is left of it."""

    item: SkillItem
    topics_left: list[Topic]
    today: date

    @property
    def target_date(self) -> date | None:
        return self.item.progress.target_date if self.item.progress else None

    @property
    def days_left(self) -> int | None:
        """Days from today to the target date: negative when it has passed."""
        return (self.target_date - self.today).days if self.target_date else None

    @property
    def days_overdue(self) -> int:
        return -self.days_left if self.days_left is not None and self.days_left < 0 else 0

    @property
    def hours_left(self) -> int:
        """The estimated hours of the skill's topics not yet done or skipped."""
        return sum(topic.hours for topic in self.topics_left)

    @property
    def notes(self) -> str:
        return self.item.progress.notes if self.item.progress else ""


@dataclass
class WeekTask:
    """A topic to study this week: all of it, or the first `hours` of it when it does not fit whole."""

    entry: PlanEntry
    topic: Topic
    hours: int

    @property
    def whole(self) -> bool:
        return self.hours >= self.topic.hours


@dataclass
class Plan:
    today: date
    hours_per_week: int | None
    overdue: list[PlanEntry] = field(default_factory=list)
    soon: list[PlanEntry] = field(default_factory=list)
    later: list[PlanEntry] = field(default_factory=list)
    undated: list[PlanEntry] = field(default_factory=list)
    week: list[WeekTask] = field(default_factory=list)

    @property
    def dated(self) -> list[PlanEntry]:
        return self.overdue + self.soon + self.later

    @property
    def week_hours(self) -> int:
        return sum(task.hours for task in self.week)

    @property
    def soon_days(self) -> int:
        return SOON_DAYS

    @property
    def soon_until(self) -> date:
        return self.today + timedelta(days=SOON_DAYS)


def learner_plan(*, learner: Learner | None, items: list[SkillItem], today: date, hours_per_week: int | None) -> Plan:
    """Sort the followed skills that are not yet complete by their target dates, then fill this week.

    This week's list takes the unfinished topics in the order of urgency: overdue skills first (the
    longest overdue first), then the others by target date, then the skills without a date in the order
    of "what to learn next"; within a skill, its topics in the guide's order. Topics are added while
    they fit the hours left; the first one that does not fit is started with the hours that remain,
    and the list ends there. Topics with no estimate (0 hours) are listed without using the budget.
    """
    plan = Plan(today=today, hours_per_week=hours_per_week)
    open_items = [item for item in items if item.counted and item.fraction < 1]
    if not open_items:
        return plan
    topics_left = _topics_left(learner, [item.skill.pk for item in open_items])
    entries = {
        item.skill.pk: PlanEntry(item=item, topics_left=topics_left.get(item.skill.pk, []), today=today)
        for item in open_items
    }
    for entry in sorted(entries.values(), key=lambda e: (e.target_date or date.max, e.item.skill.name)):
        if entry.days_left is None:
            continue
        if entry.days_left < 0:
            plan.overdue.append(entry)
        elif entry.days_left <= SOON_DAYS:
            plan.soon.append(entry)
        else:
            plan.later.append(entry)
    undated_order = [next_skill.item.skill.pk for next_skill in next_skills(open_items, limit=len(open_items))]
    plan.undated = [entries[pk] for pk in undated_order if entries[pk].target_date is None]
    if hours_per_week:
        plan.week = _fill_week(plan.dated + plan.undated, hours_per_week)
    return plan


def _topics_left(learner: Learner | None, skill_ids: list[int]) -> dict[int, list[Topic]]:
    """The published topics of these skills that the learner has not done or skipped, by skill, in the
    guide's order (2 queries)."""
    finished = set()
    if learner is not None and learner.pk:
        finished = set(
            TopicProgress.objects.filter(
                learner=learner,
                topic__skill_id__in=skill_ids,
                status__in=[ProgressStatus.DONE, ProgressStatus.SKIPPED],
            ).values_list("topic_id", flat=True)
        )
    by_skill: dict[int, list[Topic]] = {}
    topics = Topic.objects.filter(skill_id__in=skill_ids, status=Status.PUBLISHED).only(
        "pk", "skill_id", "name", "slug", "hours", "order"
    )
    for topic in topics.order_by("order", "name"):
        if topic.pk not in finished:
            by_skill.setdefault(topic.skill_id, []).append(topic)
    return by_skill


def _fill_week(entries: list[PlanEntry], budget: int) -> list[WeekTask]:
    tasks = []
    for entry in entries:
        for topic in entry.topics_left:
            if topic.hours == 0:
                tasks.append(WeekTask(entry=entry, topic=topic, hours=0))
                continue
            hours = min(topic.hours, budget)
            tasks.append(WeekTask(entry=entry, topic=topic, hours=hours))
            budget -= hours
            if budget == 0:
                return tasks
    return tasks
