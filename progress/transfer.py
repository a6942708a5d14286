"""A learner's progress as files: JSON (which imports back), CSV and a Markdown checklist."""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from careerguide.models import Career
from pathways.models import Pathway, PathwayStep
from progress import selectors
from progress.forms import SkillProgressForm
from progress.models import Learner, ProgressStatus, SkillProgress, TopicProgress
from progress.services import ProgressEntry, TopicEntry
from skills.models import LEVEL_NAMES, Skill, Topic

FORMAT = "careerguide.progress"
# 2 added "topics"; 3 added "history" (every recorded change, oldest first; kept for the learner, never
# imported: it tells what happened on the site that wrote it). Files of versions 1 and 2 still import.
VERSION = 3
READABLE_VERSIONS = (1, 2, 3)
HISTORY_CHUNK = 2000  # events read and written at a time: the export's memory does not grow with history
MAX_ENTRIES = 1000


def _rows(learner: Learner) -> list[SkillProgress]:
    return list(learner.skill_progress.select_related("skill").order_by("skill__kind", "skill__order", "skill__name"))


@dataclass(frozen=True)
class GuideRow:
    """One skill as the exports list it: the career's target, and the learner's progress if any."""

    skill: Skill
    progress: SkillProgress | None
    target: int | None


def _guide_rows(learner: Learner, career: Career | None) -> list[GuideRow]:
    """Every published skill of the career in the dashboard's order (selectors.skill_items), touched or
    not, then any other skill the learner has progress on."""
    items = selectors.skill_items(learner=learner, career=career) if career else []
    in_guide = {item.skill.pk for item in items}
    rows = [GuideRow(item.skill, item.progress, item.target) for item in items]
    return rows + [GuideRow(row.skill, row, None) for row in _rows(learner) if row.skill_id not in in_guide]


def export_filename(fmt: str) -> str:
    """career-guide-progress-2026-12-02.csv: the day of the export, so that files do not overwrite."""
    return f"career-guide-progress-{timezone.localdate().isoformat()}.{fmt}"


def _topic_rows(learner: Learner) -> list[TopicProgress]:
    return list(
        learner.topic_progress.select_related("topic__skill").order_by(
            "topic__skill__kind", "topic__skill__order", "topic__skill__name", "topic__order", "topic__name"
        )
    )


def export_data(*, learner: Learner, career: Career | None) -> dict:
    """Everything the learner recorded, in the guide's order, and the career's skills (so the file
    lists every skill of the guide, touched or not; only recorded ones import back as progress)."""
    rows = _guide_rows(learner, career)
    completions = learner.step_completions.select_related("step__pathway").order_by("step__order")
    done_by_pathway: dict[str, list] = {}
    for completion in completions:
        done_by_pathway.setdefault(completion.step.pathway.slug, []).append(
            {"id": completion.step.pk, "title": completion.step.title}
        )
    plans = learner.pathway_plans.select_related("pathway")
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": timezone.now().isoformat(),
        "career": None
        if career is None
        else {
            "career": career.slug,
            "name": career.name,
            "skills": [
                {"skill": row.skill.slug, "name": row.skill.name, "target_level": row.target}
                for row in rows
                if row.target is not None
            ],
        },
        "skills": [
            {
                "skill": row.skill.slug,
                "name": row.skill.name,
                "status": row.progress.status,
                "level": row.progress.level,
                "target_level": row.target,
                "notes": row.progress.notes,
                "evidence_links": row.progress.evidence_urls,
                "target_date": row.progress.target_date.isoformat() if row.progress.target_date else None,
                "updated_at": row.progress.updated_at.isoformat(),
            }
            for row in rows
            if row.progress is not None
        ],
        "topics": [
            {
                "topic": row.topic.slug,
                "name": row.topic.name,
                "skill": row.topic.skill.slug,
                "status": row.status,
                "updated_at": row.updated_at.isoformat(),
            }
            for row in _topic_rows(learner)
        ],
        "pathways": [
            {
                "pathway": plan.pathway.slug,
                "name": plan.pathway.name,
                "completed_steps": done_by_pathway.get(plan.pathway.slug, []),
            }
            for plan in plans
        ],
    }


# Every export is a generator of text pieces, answered as a stream (progress.views.export): a file's
# size never decides the memory a request takes.


def export_json(*, learner: Learner, career: Career | None) -> Iterator[str]:
    """Everything export_data holds, then the learner's history read HISTORY_CHUNK events at a time,
    so that ten thousand events take no more memory than ten."""
    head = json.dumps(export_data(learner=learner, career=career), indent=2, ensure_ascii=False)
    yield head.removesuffix("\n}") + ',\n  "history": ['
    events = (
        learner.events.order_by("created_at", "id")
        .values_list("created_at", "description", "overall_percent", "skill__slug", "topic__slug")
        .iterator(chunk_size=HISTORY_CHUNK)
    )
    separator = "\n    "
    for at, description, percent, skill, topic in events:
        entry = {"at": at.isoformat(), "change": description, "overall_percent": percent}
        if skill:
            entry["skill"] = skill
        if topic:
            entry["topic"] = topic
        yield separator + json.dumps(entry, ensure_ascii=False)
        separator = ",\n    "
    yield ("\n  ]" if separator != "\n    " else "]") + "\n}\n"


def _spreadsheet_safe(value: str) -> str:
    # A cell starting with = + - @ would run as a formula in a spreadsheet.
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


class _Line:
    """A file-like target for csv.writer that hands back the row it was just given."""

    def write(self, text: str) -> str:
        return text


def export_csv(*, learner: Learner, career: Career | None) -> Iterator[str]:
    """One row per skill of the guide, in its order (touched or not), then the learner's others."""
    writer = csv.writer(_Line())
    yield writer.writerow(
        ["skill", "kind", "status", "level", "target level", "target date", "notes", "evidence", "updated"]
    )
    for row in _guide_rows(learner, career):
        progress = row.progress
        yield writer.writerow(
            [
                _spreadsheet_safe(row.skill.name),
                row.skill.get_kind_display(),
                progress.get_status_display() if progress else ProgressStatus.NOT_STARTED.label,
                progress.level if progress else 0,
                "" if row.target is None else row.target,
                progress.target_date.isoformat() if progress and progress.target_date else "",
                _spreadsheet_safe(progress.notes) if progress else "",
                " ".join(progress.evidence_urls) if progress else "",
                progress.updated_at.isoformat() if progress else "",
            ]
        )


def export_markdown(*, learner: Learner, career: Career | None) -> Iterator[str]:
    """A checklist of every skill of the guide in its order, with the learner's level, target date,
    notes and evidence under each; then their topics and followed pathways. Its size follows the guide,
    not the learner's history, so it is yielded whole."""
    lines = [f"# My progress: {career}" if career else "# My progress", ""]
    for row in _guide_rows(learner, career):
        progress = row.progress
        status = progress.status if progress else ProgressStatus.NOT_STARTED
        level = progress.level if progress else 0
        box = "x" if status == ProgressStatus.DONE else " "
        target = "" if row.target is None else f" of target {row.target}"
        level_text = f"level {level} ({LEVEL_NAMES[level]}){target}"
        suffix = " (skipped)" if status == ProgressStatus.SKIPPED else ""
        lines.append(f"- [{box}] **{row.skill.name}**: {ProgressStatus(status).label.lower()}, {level_text}{suffix}")
        if progress is None:
            continue
        if progress.target_date:
            lines.append(f"  - Target date: {progress.target_date.isoformat()}")
        if progress.notes:
            # An indented code block: every Markdown viewer shows it as written, never as markup.
            lines += ["  - Notes:", ""]
            lines += [f"        {line}".rstrip() for line in progress.notes.splitlines()]
            lines.append("")
        lines.extend(f"  - Evidence: <{url}>" for url in progress.evidence_urls)
    topics_by_skill: dict[str, list[TopicProgress]] = {}
    for topic_row in _topic_rows(learner):
        topics_by_skill.setdefault(topic_row.topic.skill.name, []).append(topic_row)
    for skill_name, topic_rows in topics_by_skill.items():
        lines += ["", f"## Topics of {skill_name}", ""]
        for topic_row in topic_rows:
            box = "x" if topic_row.status == ProgressStatus.DONE else " "
            lines.append(f"- [{box}] {topic_row.topic.name}: {topic_row.get_status_display().lower()}")
    completions = learner.step_completions.values_list("step_id", flat=True)
    done = set(completions)
    for plan in learner.pathway_plans.select_related("pathway").prefetch_related("pathway__steps"):
        lines += ["", f"## {plan.pathway.name}", ""]
        lines.extend(f"- [{'x' if step.pk in done else ' '}] {step.title}" for step in plan.pathway.steps.all())
    yield "\n".join(lines) + "\n"


@dataclass
class ImportPlan:
    entries: list[ProgressEntry] = field(default_factory=list)
    topics: list[TopicEntry] = field(default_factory=list)
    pathways: list[Pathway] = field(default_factory=list)
    steps: list[PathwayStep] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)


def _fail(message: str):
    raise ValidationError(message)


SLUG = re.compile(r"[-a-zA-Z0-9_]{1,120}")
# Before this the time cannot be one of ours, and near year 1 a UTC offset can push it out of range for
# the database (PostgreSQL: "time zone displacement out of range").
EARLIEST_UPDATE = datetime(2000, 1, 1, tzinfo=UTC)


def _unstorable_text(value) -> bool:
    """True if any text in value (keys too, at any depth) holds a NUL or a lone surrogate.

    Neither can be stored (PostgreSQL refuses NUL in text; UTF-8 cannot encode "\\ud800"), nor shown back.
    Walked without recursion, so any nesting json.loads accepted is fine here.
    """
    pending = [value]
    while pending:
        item = pending.pop()
        if isinstance(item, str):
            if "\x00" in item or any("\ud800" <= char <= "\udfff" for char in item):
                return True
        elif isinstance(item, dict):
            pending.extend(item.keys())
            pending.extend(item.values())
        elif isinstance(item, list):
            pending.extend(item)
    return False


def _slug(item: dict, key: str, entry: str) -> str:
    """item[key] if it is a slug; a clear error naming the entry otherwise (never echoing the value)."""
    value = item.get(key)
    if not isinstance(value, str):
        _fail(f"That file is damaged: {entry} has no “{key}” name.")
    if not SLUG.fullmatch(value):
        _fail(f"That file is damaged: the “{key}” of {entry} is not a name this site uses.")
    return value


def _entries(data: dict, key: str, label: str) -> list[dict]:
    """data[key] as a list of objects with storable text; a clear error naming the first bad entry."""
    items = data.get(key, [])
    if not isinstance(items, list):
        _fail(f"That file is damaged: “{key}” must be a list.")
    if len(items) > MAX_ENTRIES:
        _fail(f"That file has more than {MAX_ENTRIES} entries.")
    for position, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            _fail(f"That file is damaged: {label} entry {position} is not in the expected shape.")
        if _unstorable_text(item):
            _fail(
                f"{label.capitalize()} entry {position} holds a character that cannot be stored (NUL, lone surrogate)."
            )
    return items


def parse_import(raw: bytes) -> ImportPlan:
    """Validate a JSON export completely before anything is written; raise ValidationError if it is not one.

    Every message names the entry at fault by its position (and its name when that is a valid one).
    """
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        _fail("That file is not valid JSON. Choose a file exported from “My progress” as JSON.")
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        _fail("That file is not a Career Guide progress export.")
    version = data.get("version")
    if isinstance(version, bool) or version not in READABLE_VERSIONS:
        *first, last = (str(number) for number in READABLE_VERSIONS)
        readable = f"{', '.join(first)} or {last}" if first else last
        if type(version) is int and abs(version) < 10**9:
            _fail(f"That export has version {version}; this site reads version {readable}.")
        _fail(f"That export has no version number; this site reads version {readable}.")
    skills_data = _entries(data, "skills", "skill")
    topics_data = _entries(data, "topics", "topic")
    pathways_data = _entries(data, "pathways", "pathway")

    plan = ImportPlan()
    slugs = [_slug(item, "skill", f"skill entry {position}") for position, item in enumerate(skills_data, start=1)]
    skills = {skill.slug: skill for skill in Skill.objects.filter(slug__in=slugs)}
    seen_skills: set[str] = set()
    for position, (slug, item) in enumerate(zip(slugs, skills_data, strict=True), start=1):
        if slug in seen_skills:
            _fail(f"Skill entry {position} ({slug}) repeats a skill listed earlier.")
        seen_skills.add(slug)
        plan_entry = _parse_skill(item, position, skills)
        if plan_entry is None:
            plan.unknown.append(slug)
        else:
            plan.entries.append(plan_entry)

    topic_slugs = [_slug(item, "topic", f"topic entry {position}") for position, item in enumerate(topics_data, 1)]
    topics = {t.slug: t for t in Topic.objects.filter(slug__in=topic_slugs)}
    seen_topics: set[str] = set()
    for position, (slug, item) in enumerate(zip(topic_slugs, topics_data, strict=True), start=1):
        if slug in seen_topics:
            _fail(f"Topic entry {position} ({slug}) repeats a topic listed earlier.")
        seen_topics.add(slug)
        topic_entry = _parse_topic(item, position, topics)
        if topic_entry is None:
            plan.unknown.append(slug)
        else:
            plan.topics.append(topic_entry)

    pathway_slugs = [
        _slug(item, "pathway", f"pathway entry {position}") for position, item in enumerate(pathways_data, 1)
    ]
    pathways = {p.slug: p for p in Pathway.objects.filter(slug__in=pathway_slugs)}
    steps = {step.pk: step for step in PathwayStep.objects.filter(pathway__in=pathways.values())}
    for position, (slug, item) in enumerate(zip(pathway_slugs, pathways_data, strict=True), start=1):
        completed = item.get("completed_steps", [])
        if not isinstance(completed, list) or not all(
            isinstance(done, dict) and type(done.get("id")) is int for done in completed
        ):
            _fail(f"That file is damaged: pathway entry {position} ({slug}) lists its completed steps wrongly.")
        pathway = pathways.get(slug)
        if pathway is None:
            plan.unknown.append(slug)
            continue
        plan.pathways.append(pathway)
        for done in completed:
            step = steps.get(done["id"])
            if step is not None and step.pathway_id == pathway.pk:
                plan.steps.append(step)
    return plan


def _parse_skill(item: dict, position: int, skills: dict[str, Skill]) -> ProgressEntry | None:
    entry = f"Skill entry {position} ({item['skill']})"
    skill = skills.get(item["skill"])
    if skill is None:
        return None
    evidence = item.get("evidence_links", [])
    if not isinstance(evidence, list) or not all(isinstance(url, str) for url in evidence):
        _fail(f"{entry}: evidence_links must be a list of links.")
    status, level, notes, target_date = (item.get(key) for key in ("status", "level", "notes", "target_date"))
    if not isinstance(status, str):
        _fail(f"{entry} is invalid: status must be one of {', '.join(ProgressStatus.values)}.")
    if type(level) is not int:  # a bool is an int to Python, not to this file
        _fail(f"{entry} is invalid: level must be a whole number from 0 to 4.")
    if notes is not None and not isinstance(notes, str):
        _fail(f"{entry} is invalid: notes must be text.")
    if target_date is not None and not isinstance(target_date, str):
        _fail(f"{entry} is invalid: target_date must be a date such as 2027-06-30.")
    form = SkillProgressForm(
        data={
            "status": status,
            "level": level,
            "notes": notes or "",
            "evidence_links": "\n".join(evidence),
            "target_date": target_date or "",
        }
    )
    if status not in ProgressStatus.values or level not in range(5) or not form.is_valid():
        problems = (
            "; ".join(f"{name}: {' '.join(errors)}" for name, errors in form.errors.items()) or "bad status or level"
        )
        _fail(f"{entry} is invalid: {problems}")
    updated_at = _updated_at(item, entry)
    target: date | None = form.cleaned_data["target_date"]
    return ProgressEntry(
        skill=skill,
        status=form.cleaned_data["status"],
        level=form.cleaned_data["level"],
        notes=form.cleaned_data["notes"],
        evidence_links=form.cleaned_data["evidence_links"],
        target_date=target,
        updated_at=updated_at,
    )


def _parse_topic(item: dict, position: int, topics: dict[str, Topic]) -> TopicEntry | None:
    entry = f"Topic entry {position} ({item['topic']})"
    topic = topics.get(item["topic"])
    if topic is None:
        return None
    status = item.get("status")
    if not isinstance(status, str) or status not in ProgressStatus.values:
        _fail(f"{entry} has no valid status.")
    return TopicEntry(topic=topic, status=status, updated_at=_updated_at(item, entry))


def _updated_at(item: dict, entry: str) -> datetime:
    """The entry's updated_at: an aware time since 2000, never in the future; a clear error otherwise."""
    try:
        updated_at = parse_datetime(item["updated_at"]) if isinstance(item.get("updated_at"), str) else None
        if updated_at is not None and timezone.is_aware(updated_at):
            updated_at = updated_at.astimezone(UTC)  # OverflowError when the offset leaves year 1..9999
    except (ValueError, OverflowError):  # well-formed but impossible, such as month 13
        updated_at = None
    if updated_at is None or timezone.is_naive(updated_at):
        _fail(f"{entry} has no valid updated_at time.")
    if updated_at < EARLIEST_UPDATE:
        _fail(f"{entry} has an updated_at time before the year 2000.")
    return min(updated_at, timezone.now())
