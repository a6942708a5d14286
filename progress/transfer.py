"""A learner's progress as files: JSON (which imports back), CSV and a Markdown checklist."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from datetime import date

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from careerguide.models import Career
from core.content import Status
from pathways.models import Pathway, PathwayStep
from progress.forms import SkillProgressForm
from progress.models import Learner, ProgressStatus, SkillProgress, TopicProgress
from progress.services import ProgressEntry, TopicEntry
from skills.models import LEVEL_NAMES, Skill, Topic

FORMAT = "careerguide.progress"
# 2 added "topics"; files of version 1 (no topics) still import.
VERSION = 2
READABLE_VERSIONS = (1, 2)
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
    """Every published skill of the career in the guide's order, touched or not, then any other
    skill the learner has progress on (two queries)."""
    progress = {row.skill_id: row for row in _rows(learner)}
    rows = []
    if career is not None:
        career_skills = (
            career.career_skills.filter(skill__status=Status.PUBLISHED)
            .select_related("skill")
            .order_by("order", "skill__order", "skill__name")
        )
        rows = [GuideRow(cs.skill, progress.pop(cs.skill_id, None), cs.target_level) for cs in career_skills]
    return rows + [GuideRow(row.skill, row, None) for row in progress.values()]


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


def export_json(*, learner: Learner, career: Career | None) -> str:
    return json.dumps(export_data(learner=learner, career=career), indent=2, ensure_ascii=False)


def _spreadsheet_safe(value: str) -> str:
    # A cell starting with = + - @ would run as a formula in a spreadsheet.
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def export_csv(*, learner: Learner, career: Career | None) -> str:
    """One row per skill of the guide, in its order (touched or not), then the learner's others."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["skill", "kind", "status", "level", "target level", "target date", "notes", "evidence", "updated"])
    for row in _guide_rows(learner, career):
        progress = row.progress
        writer.writerow(
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
    return out.getvalue()


def export_markdown(*, learner: Learner, career: Career | None, title: str) -> str:
    """A checklist of every skill of the guide in its order, with the learner's level, target date,
    notes and evidence under each; then their topics and followed pathways."""
    lines = [f"# {title}", ""]
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
    return "\n".join(lines) + "\n"


@dataclass
class ImportPlan:
    entries: list[ProgressEntry] = field(default_factory=list)
    topics: list[TopicEntry] = field(default_factory=list)
    pathways: list[Pathway] = field(default_factory=list)
    steps: list[PathwayStep] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)


def _fail(message: str):
    raise ValidationError(message)


def parse_import(raw: bytes) -> ImportPlan:
    """Validate a JSON export completely before anything is written; raise ValidationError if it is not one."""
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        _fail("That file is not valid JSON. Choose a file exported from “My progress” as JSON.")
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        _fail("That file is not a Career Guide progress export.")
    if data.get("version") not in READABLE_VERSIONS:
        readable = " or ".join(str(version) for version in READABLE_VERSIONS)
        _fail(f"That export has version {data.get('version')!r}; this site reads version {readable}.")
    skills_data, pathways_data = data.get("skills", []), data.get("pathways", [])
    topics_data = data.get("topics", [])
    if not all(isinstance(part, list) for part in (skills_data, pathways_data, topics_data)):
        _fail("That file is damaged: “skills”, “topics” and “pathways” must be lists.")
    if max(len(skills_data), len(pathways_data), len(topics_data)) > MAX_ENTRIES:
        _fail(f"That file has more than {MAX_ENTRIES} entries.")

    plan = ImportPlan()
    slugs = [item.get("skill") for item in skills_data if isinstance(item, dict)]
    skills = {skill.slug: skill for skill in Skill.objects.filter(slug__in=[s for s in slugs if isinstance(s, str)])}
    for position, item in enumerate(skills_data, start=1):
        plan_entry = _parse_skill(item, position, skills)
        if plan_entry is None:
            plan.unknown.append(str(item.get("skill"))[:80])
        else:
            plan.entries.append(plan_entry)

    topic_slugs = [item.get("topic") for item in topics_data if isinstance(item, dict)]
    topics = {t.slug: t for t in Topic.objects.filter(slug__in=[s for s in topic_slugs if isinstance(s, str)])}
    seen_topics: set[str] = set()
    for position, item in enumerate(topics_data, start=1):
        topic_entry = _parse_topic(item, position, topics)
        if topic_entry is None:
            plan.unknown.append(str(item.get("topic"))[:80])
        elif topic_entry.topic.slug in seen_topics:
            _fail(f"Topic entry {position} ({topic_entry.topic.slug}) repeats a topic listed earlier.")
        else:
            seen_topics.add(topic_entry.topic.slug)
            plan.topics.append(topic_entry)

    pathway_slugs = [item.get("pathway") for item in pathways_data if isinstance(item, dict)]
    pathways = {p.slug: p for p in Pathway.objects.filter(slug__in=[s for s in pathway_slugs if isinstance(s, str)])}
    steps = {step.pk: step for step in PathwayStep.objects.filter(pathway__in=pathways.values())}
    for item in pathways_data:
        if not isinstance(item, dict) or not isinstance(item.get("completed_steps", []), list):
            _fail("That file is damaged: a pathway entry is not in the expected shape.")
        if not isinstance(item.get("pathway"), str):
            _fail("That file is damaged: a pathway entry is not in the expected shape.")
        pathway = pathways.get(item["pathway"])
        if pathway is None:
            plan.unknown.append(str(item.get("pathway"))[:80])
            continue
        plan.pathways.append(pathway)
        for done in item.get("completed_steps", []):
            if not isinstance(done, dict) or not isinstance(done.get("id"), int):
                _fail("That file is damaged: a pathway entry is not in the expected shape.")
            step = steps.get(done["id"])
            if step is not None and step.pathway_id == pathway.pk:
                plan.steps.append(step)
    return plan


def _parse_skill(item, position: int, skills: dict[str, Skill]) -> ProgressEntry | None:
    if not isinstance(item, dict) or not isinstance(item.get("skill"), str):
        _fail(f"That file is damaged: skill entry {position} is not in the expected shape.")
    skill = skills.get(item["skill"])
    if skill is None:
        return None
    evidence = item.get("evidence_links", [])
    if not isinstance(evidence, list) or not all(isinstance(url, str) for url in evidence):
        _fail(f"Skill entry {position} ({item['skill']}): evidence_links must be a list of links.")
    form = SkillProgressForm(
        data={
            "status": item.get("status"),
            "level": item.get("level"),
            "notes": item.get("notes") or "",
            "evidence_links": "\n".join(evidence),
            "target_date": item.get("target_date") or "",
        }
    )
    if item.get("status") not in ProgressStatus.values or item.get("level") not in range(5) or not form.is_valid():
        problems = (
            "; ".join(f"{name}: {' '.join(errors)}" for name, errors in form.errors.items()) or "bad status or level"
        )
        _fail(f"Skill entry {position} ({item['skill']}) is invalid: {problems}")
    updated_at = _updated_at(item, f"Skill entry {position} ({item['skill']})")
    target_date: date | None = form.cleaned_data["target_date"]
    return ProgressEntry(
        skill=skill,
        status=form.cleaned_data["status"],
        level=form.cleaned_data["level"],
        notes=form.cleaned_data["notes"],
        evidence_links=form.cleaned_data["evidence_links"],
        target_date=target_date,
        updated_at=updated_at,
    )


def _parse_topic(item, position: int, topics: dict[str, Topic]) -> TopicEntry | None:
    if not isinstance(item, dict) or not isinstance(item.get("topic"), str):
        _fail(f"That file is damaged: topic entry {position} is not in the expected shape.")
    topic = topics.get(item["topic"])
    if topic is None:
        return None
    if item.get("status") not in ProgressStatus.values:
        _fail(f"Topic entry {position} ({item['topic']}) has no valid status.")
    return TopicEntry(topic=topic, status=item["status"], updated_at=_updated_at(item, f"Topic entry {position}"))


def _updated_at(item: dict, entry: str):
    """The entry's updated_at: an aware time, never in the future; a clear error otherwise."""
    try:
        updated_at = parse_datetime(item["updated_at"]) if isinstance(item.get("updated_at"), str) else None
    except (ValueError, OverflowError):  # well-formed but impossible, such as month 13
        updated_at = None
    if updated_at is None or timezone.is_naive(updated_at):
        _fail(f"{entry} has no valid updated_at time.")
    return min(updated_at, timezone.now())
