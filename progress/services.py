"""Writes to a learner's progress. Each service runs in one transaction and records history."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import date, datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F
from django.http import HttpRequest
from django.utils import timezone

from pathways.models import PathwayStep
from progress import selectors
from progress.models import (
    Learner,
    PathwayPlan,
    ProgressEvent,
    ProgressStatus,
    SkillProgress,
    StepCompletion,
    TopicProgress,
)
from skills.models import LEVEL_NAMES, Skill, Topic

SESSION_KEY = "learner_id"
PROGRESS_FIELDS = ("status", "level", "notes", "evidence_links", "target_date")


@dataclass(frozen=True)
class ProgressEntry:
    """One skill's progress as it travels: between a visitor and an account, or in an export file."""

    skill: Skill
    status: str
    level: int
    notes: str
    evidence_links: str
    target_date: date | None
    updated_at: datetime


def learner_get(request: HttpRequest) -> Learner | None:
    """The request's learner if there is one already; never creates anything (safe on GET)."""
    if request.user.is_authenticated:
        try:
            return request.user.learner  # loaded with the user (accounts.backends), else one query
        except Learner.DoesNotExist:
            return None
    learner_id = request.session.get(SESSION_KEY)
    if not isinstance(learner_id, int):
        return None
    return Learner.objects.filter(pk=learner_id, user__isnull=True).first()


def learner_get_or_create(request: HttpRequest) -> Learner:
    """The request's learner, created on the first change a visitor or account makes."""
    learner = learner_get(request)
    if learner is not None:
        return learner
    if request.user.is_authenticated:
        learner, _ = Learner.objects.get_or_create(user=request.user)
        return learner
    learner = Learner.objects.create()
    request.session[SESSION_KEY] = learner.pk
    return learner


def _describe(skill: Skill, changes: dict) -> str:
    parts = []
    if "status" in changes:
        parts.append(f"status {ProgressStatus(changes['status']).label.lower()}")
    if "level" in changes:
        parts.append(f"level {changes['level']} ({LEVEL_NAMES[changes['level']]})")
    if "target_date" in changes:
        parts.append("target date")
    if "notes" in changes:
        parts.append("notes")
    if "evidence_links" in changes:
        parts.append("evidence")
    return f"{skill.name}: " + ", ".join(parts)


def _count_change(learner: Learner) -> None:
    """Moves the learner's dashboard version (selectors.learner_version) with the change being made."""
    Learner.objects.filter(pk=learner.pk).update(changes=F("changes") + 1)


def _record(
    *,
    learner: Learner,
    description: str,
    skill: Skill | None = None,
    step=None,
    topic=None,
    at: datetime,
    content: selectors.GuideContent | None = None,
) -> list[selectors.SkillItem]:
    """Record a change in the learner's history, with the overall percentage it left; returns
    the followed skills that percentage was tallied from (content: the guide as read before the
    transaction, which the frequent writes pass to spare a query)."""
    _, _, items = selectors.followed_items(learner, content)
    _count_change(learner)
    ProgressEvent.objects.create(
        learner=learner,
        skill=skill,
        step=step,
        topic=topic,
        description=description[:300],
        overall_percent=selectors.overall_tally(items).percent,
        created_at=at,
    )
    return items


@dataclass(frozen=True)
class ProgressChange:
    """What progress_update did: the row as it now stands and, when it changed, the learner's
    followed skills as the change left them (the tallies' input; None when nothing changed)."""

    progress: SkillProgress
    items: list[selectors.SkillItem] | None


def progress_update(*, learner: Learner, skill: Skill, changes: dict) -> ProgressChange:
    """Apply changes (a subset of PROGRESS_FIELDS) to the learner's progress on a skill.

    Idempotent: setting the values a row already has changes nothing and records nothing.
    The row is locked while it changes, so concurrent updates of different fields all land.
    """
    unknown = set(changes) - set(PROGRESS_FIELDS)
    if unknown:
        raise ValueError(f"Unknown progress fields: {sorted(unknown)}")
    now = timezone.now()
    content = selectors.guide_content()
    with transaction.atomic():
        progress, _ = SkillProgress.objects.select_for_update().get_or_create(
            learner=learner, skill=skill, defaults={"updated_at": now}
        )
        changes = _done_means_the_target(learner, skill, progress, changes, content)
        changed = {name: value for name, value in changes.items() if getattr(progress, name) != value}
        if changed.get("level") and changes.get("status", progress.status) == ProgressStatus.NOT_STARTED:
            # Rating yourself above zero means you have started.
            changed["status"] = ProgressStatus.LEARNING
        if not changed:
            return ProgressChange(progress, None)
        for name, value in changed.items():
            setattr(progress, name, value)
        progress.updated_at = now
        progress.save(update_fields=[*changed, "updated_at"])
        items = _record(learner=learner, skill=skill, description=_describe(skill, changed), at=now, content=content)
    return ProgressChange(progress, items)


def _done_means_the_target(
    learner: Learner, skill: Skill, progress: SkillProgress, changes: dict, content: selectors.GuideContent
) -> dict:
    """The rule that keeps "done" honest (selectors.ROLL_UP_RULE): marking a skill done raises the
    level to the one the followed career asks for; a level set below it on a skill already done
    makes it "learning" again; done together with a lower level, both chosen now, is refused."""
    status_now = changes.get("status", progress.status)
    marks_done = status_now == ProgressStatus.DONE and progress.status != ProgressStatus.DONE
    lowers_level = "level" in changes and changes["level"] != progress.level
    if status_now != ProgressStatus.DONE or not (marks_done or lowers_level):
        return changes
    target = selectors.target_level(learner=learner, skill=skill, content=content)
    level = changes.get("level", progress.level)
    if target is None or level >= target:
        return changes
    if marks_done and lowers_level:
        raise ValidationError(
            {
                "level": f"Done means level {target} or more, the level the guide asks for: raise your level or "
                "choose Learning."
            }
        )
    if marks_done:
        return {**changes, "level": target}
    return {**changes, "status": ProgressStatus.LEARNING}


def progress_merge(*, learner: Learner, entries: list[ProgressEntry], reason: str) -> int:
    """Merge entries into a learner's progress; where both hold a skill, the later change wins.

    Returns how many skills changed. Used when a visitor logs in and when a file is imported.
    """
    changed = 0
    with transaction.atomic():
        existing = {
            row.skill_id: row
            for row in SkillProgress.objects.select_for_update().filter(
                learner=learner, skill_id__in=[entry.skill.pk for entry in entries]
            )
        }
        for entry in entries:
            row = existing.get(entry.skill.pk)
            if row is not None and row.updated_at >= entry.updated_at:
                continue
            values = {name: getattr(entry, name) for name in PROGRESS_FIELDS}
            if row is None:
                SkillProgress.objects.create(learner=learner, skill=entry.skill, updated_at=entry.updated_at, **values)
            elif any(getattr(row, name) != value for name, value in values.items()):
                SkillProgress.objects.filter(pk=row.pk).update(updated_at=entry.updated_at, **values)
            else:
                continue
            changed += 1
        if changed:
            _record(learner=learner, description=f"{reason}: {changed} skills updated", at=timezone.now())
    return changed


@dataclass(frozen=True)
class TopicEntry:
    """One topic's status as it travels: between a visitor and an account, or in an export file."""

    topic: Topic
    status: str
    updated_at: datetime


@dataclass(frozen=True)
class TopicChange:
    """What topic_set did: the row as it now stands and, when it changed, the followed skills as it left them."""

    progress: TopicProgress
    items: list[selectors.SkillItem] | None


def topic_set(*, learner: Learner, topic: Topic, status: str) -> TopicChange:
    """Set the learner's status on a topic. Idempotent: the same status again changes and records nothing."""
    ProgressStatus(status)  # raises ValueError on anything else
    now = timezone.now()
    content = selectors.guide_content()
    with transaction.atomic():
        progress, _ = TopicProgress.objects.select_for_update().get_or_create(
            learner=learner, topic=topic, defaults={"updated_at": now}
        )
        if progress.status == status:
            return TopicChange(progress, None)
        progress.status = status
        progress.updated_at = now
        progress.save(update_fields=["status", "updated_at"])
        label = ProgressStatus(status).label.lower()
        items = _record(
            learner=learner,
            skill=topic.skill,
            topic=topic,
            description=f"{topic.skill.name}: {topic.name}, {label}",
            at=now,
            content=content,
        )
    return TopicChange(progress, items)


def topics_merge(*, learner: Learner, entries: list[TopicEntry], reason: str) -> int:
    """Merge topic statuses into a learner's; where both hold a topic, the later change wins."""
    changed = 0
    with transaction.atomic():
        existing = {
            row.topic_id: row
            for row in TopicProgress.objects.select_for_update().filter(
                learner=learner, topic_id__in=[entry.topic.pk for entry in entries]
            )
        }
        for entry in entries:
            row = existing.get(entry.topic.pk)
            if row is not None and (row.updated_at >= entry.updated_at or row.status == entry.status):
                continue
            if row is None:
                TopicProgress.objects.create(
                    learner=learner, topic=entry.topic, status=entry.status, updated_at=entry.updated_at
                )
            else:
                TopicProgress.objects.filter(pk=row.pk).update(status=entry.status, updated_at=entry.updated_at)
            changed += 1
        if changed:
            _record(learner=learner, description=f"{reason}: {changed} topics updated", at=timezone.now())
    return changed


def plan_set(*, learner: Learner, pathway, following: bool) -> None:
    with transaction.atomic():
        if following:
            _, created = PathwayPlan.objects.get_or_create(learner=learner, pathway=pathway)
            if created:
                _record(learner=learner, description=f"Started following {pathway.name}", at=timezone.now())
        else:
            deleted, _ = PathwayPlan.objects.filter(learner=learner, pathway=pathway).delete()
            if deleted:
                _record(learner=learner, description=f"Stopped following {pathway.name}", at=timezone.now())


def step_set(*, learner: Learner, step: PathwayStep, done: bool) -> None:
    """Tick or untick a pathway step; ticking a step also puts its pathway on the learner's plan."""
    now = timezone.now()
    content = selectors.guide_content()
    with transaction.atomic():
        if done:
            PathwayPlan.objects.get_or_create(learner=learner, pathway=step.pathway)
            _, created = StepCompletion.objects.get_or_create(
                learner=learner, step=step, defaults={"completed_at": now}
            )
            if created:
                _record(
                    learner=learner,
                    step=step,
                    description=f"{step.pathway.name}: done “{step.title}”",
                    at=now,
                    content=content,
                )
        else:
            deleted, _ = StepCompletion.objects.filter(learner=learner, step=step).delete()
            if deleted:
                _record(
                    learner=learner,
                    step=step,
                    description=f"{step.pathway.name}: undid “{step.title}”",
                    at=now,
                    content=content,
                )


def steps_merge(*, learner: Learner, steps: list[PathwayStep], pathways: list) -> None:
    now = timezone.now()
    with transaction.atomic():
        added = sum(PathwayPlan.objects.get_or_create(learner=learner, pathway=pathway)[1] for pathway in pathways)
        added += sum(
            StepCompletion.objects.get_or_create(learner=learner, step=step, defaults={"completed_at": now})[1]
            for step in steps
        )
        if added:
            _record(learner=learner, description=f"Pathway plans and steps added: {added}", at=now)


def progress_import(
    *,
    learner: Learner,
    entries: list[ProgressEntry],
    topics: list[TopicEntry],
    steps: list[PathwayStep],
    pathways: list,
) -> tuple[int, int]:
    """Merge an imported file into a learner's progress, all of it or nothing; (skills, topics) changed."""
    reason = "Imported from a file"
    with transaction.atomic():
        changed = progress_merge(learner=learner, entries=entries, reason=reason)
        topics_changed = topics_merge(learner=learner, entries=topics, reason=reason)
        steps_merge(learner=learner, steps=steps, pathways=pathways)
    return changed, topics_changed


def learner_claim_session(*, request: HttpRequest, visitor_id: int | None) -> None:
    """After log-in or sign-up: move the visitor's progress into the account; nothing is lost."""
    if not isinstance(visitor_id, int) or not request.user.is_authenticated:
        return
    with transaction.atomic():
        visitor = Learner.objects.select_for_update().filter(pk=visitor_id, user__isnull=True).first()
        if visitor is None:
            return
        account, _ = Learner.objects.get_or_create(user=request.user)
        entries = [
            ProgressEntry(skill=row.skill, **{name: getattr(row, name) for name in (*PROGRESS_FIELDS, "updated_at")})
            for row in visitor.skill_progress.select_related("skill")
        ]
        progress_merge(learner=account, entries=entries, reason="Progress kept from before you logged in")
        topics_merge(
            learner=account,
            entries=[
                TopicEntry(topic=row.topic, status=row.status, updated_at=row.updated_at)
                for row in visitor.topic_progress.select_related("topic")
            ],
            reason="Topics kept from before you logged in",
        )
        steps_merge(
            learner=account,
            steps=[c.step for c in visitor.step_completions.select_related("step")],
            pathways=[plan.pathway for plan in visitor.pathway_plans.select_related("pathway")],
        )
        visitor.events.update(learner=account)
        # The account's own settings win; what only the visitor had set is kept, the calendar address too
        # (a calendar app subscribed to it keeps working), once the visitor's row is gone.
        kept = [name for name in ("career_id", "hours_per_week", "calendar_token") if getattr(account, name) is None]
        kept = [name for name in kept if getattr(visitor, name) is not None]
        values = {name: getattr(visitor, name) for name in kept}
        visitor.delete()
        if values:
            for name, value in values.items():
                setattr(account, name, value)
            account.save(update_fields=[name.removesuffix("_id") for name in values])
    request.session.pop(SESSION_KEY, None)


def progress_reset(*, learner: Learner) -> None:
    """Forget all of a learner's progress, plans and history (after they confirmed)."""
    with transaction.atomic():
        learner.skill_progress.all().delete()
        learner.topic_progress.all().delete()
        learner.step_completions.all().delete()
        learner.pathway_plans.all().delete()
        learner.events.all().delete()
        _count_change(learner)


def career_follow(*, learner: Learner, career) -> None:
    if learner.career_id != career.pk:
        learner.career = career
        learner.save(update_fields=["career"])
        _record(learner=learner, description=f"Now following the {career.name} guide", at=timezone.now())


def hours_per_week_set(*, learner: Learner, hours: int | None) -> None:
    """The study time the learner has each week (None: not said); their weekly plan fits it."""
    if learner.hours_per_week != hours:
        with transaction.atomic():
            learner.hours_per_week = hours
            learner.save(update_fields=["hours_per_week"])
            _count_change(learner)


# The learner's secret addresses, each found by its token alone: the read-only share page and the
# calendar feed. Keys are what views and tests name; values the Learner field that holds the token.
SECRET_LINKS = {"share": "share_token", "calendar": "calendar_token"}


def secret_link_enable(*, learner: Learner, link: str) -> str:
    """Give the learner the secret address (kept if they have one); returns its token."""
    field = SECRET_LINKS[link]
    if not getattr(learner, field):
        with transaction.atomic():
            setattr(learner, field, secrets.token_urlsafe(32))
            learner.save(update_fields=[field])
            _count_change(learner)
    return getattr(learner, field)


def secret_link_revoke(*, learner: Learner, link: str) -> None:
    """The old address stops working at once; a new one can be made."""
    field = SECRET_LINKS[link]
    if getattr(learner, field):
        with transaction.atomic():
            setattr(learner, field, None)
            learner.save(update_fields=[field])
            _count_change(learner)
