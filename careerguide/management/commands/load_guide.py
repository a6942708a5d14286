"""Load the ML Ops Engineer guide's seed content (careerguide/seed) into the database.

`make run` calls this on every start, and editors change the content in the admin, so by default the
command only creates what is missing and never touches an existing entry. See Command.help for the rules.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.core.management.base import BaseCommand, CommandError
from django.db import models, transaction

from careerguide import seed
from careerguide.models import Career, CareerSkill, FAQEntry, Resource, ResourceKind, TopicResource
from careerguide.seed.career import CAREER, CAREER_SKILL_TARGETS
from careerguide.seed.faq import FAQ
from careerguide.seed.pathways import PATHWAYS
from careerguide.seed.resources import RESOURCES
from careerguide.seed.skills import SKILLS
from careerguide.seed.topics import TOPICS
from core.content import Status
from pathways.models import Pathway, PathwayFormat, PathwayStep
from skills.models import Skill, SkillKind, Topic

# Shown in each entry's admin history, so editors can tell the seed's changes from their own.
CHANGE_REASON = "Loaded from the seed by manage.py load_guide"


class Command(BaseCommand):
    help = """Load the ML Ops Engineer guide: its career, skills, pathways and steps, FAQ and resources.

Entries are matched by slug (career, skills, pathways), by career and question (FAQ), by URL (resources),
by pathway and title (steps) and by career and skill (skill targets). Missing entries are created with their
links (prerequisites, a pathway's skills and careers, a resource's skills and pathways). Existing entries,
and their links, are left exactly as editors left them, so running the command again changes nothing.

With --refresh, existing entries get the seed's values back for every field the seed sets (text, order,
status, dates; not which career is the default), and their links are set to the seed's, which removes links
editors added (except a pathway's links to other careers). Nothing is ever deleted or duplicated: entries
editors created themselves are kept in both modes.

With --if-empty (what `make run` uses), the command does nothing once any career exists, so an entry an
editor deleted or reworded in the admin never comes back on the next start. The one exception is a guide
loaded before the roadmap existed (no topic yet): then only the roadmap is added (the skills added to the
article's ten, their targets, the topics and the resources they list), once."""

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--refresh",
            action="store_true",
            help="Overwrite existing entries' seeded fields and links with the seed's.",
        )
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Load only into a database that has no career yet (for start-up scripts).",
        )

    def handle(self, *args, refresh: bool = False, if_empty: bool = False, **options) -> None:
        if if_empty and Career.objects.exists():
            if Topic.objects.exists() or not TOPICS:
                self.stdout.write("Guide already loaded: leaving the content as editors left it.")
                return
            tally = roadmap_load()
            self.stdout.write(
                f"Roadmap added to the guide: {sum(len(topics) for topics in TOPICS.values())} topics "
                f"(created {tally.created}, unchanged {tally.unchanged})"
            )
            return
        tally = guide_load(refresh=refresh)
        self.stdout.write(
            f"Guide loaded: 1 career, {len(SKILLS)} skills, {sum(len(topics) for topics in TOPICS.values())} "
            f"topics, {len(PATHWAYS)} pathways ({sum(len(p['steps']) for p in PATHWAYS)} steps), {len(FAQ)} FAQ "
            f"entries, {len(RESOURCES)} resources "
            f"(created {tally.created}, updated {tally.updated}, unchanged {tally.unchanged})"
        )


@dataclass
class Tally:
    """What happened to each row the seed describes."""

    created: int = 0
    updated: int = 0
    unchanged: int = 0


def guide_load(*, refresh: bool) -> Tally:
    """Create the guide's missing entries (and, with refresh, reset existing ones), all or nothing."""
    tally = Tally()
    with transaction.atomic():
        career = career_load(data=CAREER, refresh=refresh, tally=tally)

        skills: dict[str, Skill] = {}
        skills_to_link: list[str] = []
        for order, data in enumerate(SKILLS, start=1):
            skills[data["slug"]], created = skill_load(data=data, order=order, refresh=refresh, tally=tally)
            if created or refresh:
                skills_to_link.append(data["slug"])
        # Prerequisites point at other skills, so they are linked once every skill exists.
        for data in SKILLS:
            if data["slug"] in skills_to_link:
                skill_prerequisites_set(
                    skill=skills[data["slug"]], prerequisites=[skills[slug] for slug in data["prerequisites"]]
                )

        for order, (slug, target_level) in enumerate(CAREER_SKILL_TARGETS.items(), start=1):
            career_skill_load(
                career=career, skill=skills[slug], target_level=target_level, order=order, refresh=refresh, tally=tally
            )

        pathways: dict[str, Pathway] = {}
        for order, data in enumerate(PATHWAYS, start=1):
            pathways[data["slug"]] = pathway_load(
                data=data, order=order, career=career, skills=skills, refresh=refresh, tally=tally
            )

        for order, data in enumerate(FAQ, start=1):
            faq_entry_load(career=career, data=data, order=order, refresh=refresh, tally=tally)

        resources = {
            data["title"]: resource_load(
                data=data, order=order, skills=skills, pathways=pathways, refresh=refresh, tally=tally
            )
            for order, data in enumerate(RESOURCES, start=1)
        }
        topics_load(skills=skills, resources=resources, refresh=refresh, tally=tally)
    return tally


def roadmap_load() -> Tally:
    """Add the roadmap to a guide loaded before it existed: the skills added to the article's ten, their
    targets, the topics and the resources they list. Creates what is missing; changes nothing else."""
    tally = Tally()
    with transaction.atomic():
        career = Career.objects.filter(slug=CAREER["slug"]).first() or Career.objects.order_by("order").first()
        skills = {skill.slug: skill for skill in Skill.objects.all()}
        for order, data in enumerate(SKILLS, start=1):
            if data["slug"] not in skills and data.get("addition"):
                skills[data["slug"]], _ = skill_load(data=data, order=order, refresh=False, tally=tally)
                skill_prerequisites_set(
                    skill=skills[data["slug"]],
                    prerequisites=[skills[slug] for slug in data["prerequisites"] if slug in skills],
                )
                if career is not None and data["slug"] in CAREER_SKILL_TARGETS:
                    order_in_career = list(CAREER_SKILL_TARGETS).index(data["slug"]) + 1
                    career_skill_load(
                        career=career,
                        skill=skills[data["slug"]],
                        target_level=CAREER_SKILL_TARGETS[data["slug"]],
                        order=order_in_career,
                        refresh=False,
                        tally=tally,
                    )
        listed = {item["title"] for topics in TOPICS.values() for topic in topics for item in topic["resources"]}
        pathways = {pathway.slug: pathway for pathway in Pathway.objects.all()}
        resources = {
            data["title"]: resource_load(
                data={**data, "pathways": [slug for slug in data["pathways"] if slug in pathways]},
                order=order,
                skills=skills,
                pathways=pathways,
                refresh=False,
                tally=tally,
            )
            for order, data in enumerate(RESOURCES, start=1)
            if data["title"] in listed
        }
        topics_load(skills=skills, resources=resources, refresh=False, tally=tally)
    return tally


def topics_load(*, skills: dict[str, Skill], resources: dict[str, Resource], refresh: bool, tally: Tally) -> None:
    """Every skill's topics, their prerequisites (once all exist) and the resources they list."""
    topics: dict[str, Topic] = {}
    to_link: list[dict[str, Any]] = []
    for skill_slug, items in TOPICS.items():
        if skill_slug not in skills:
            continue  # an editor deleted the skill: its topics stay out
        for order, data in enumerate(items, start=1):
            topics[data["slug"]], created = topic_load(
                skill=skills[skill_slug], data=data, order=order, refresh=refresh, tally=tally
            )
            if created or refresh:
                to_link.append(data)
    for data in to_link:
        topic = topics[data["slug"]]
        _set_links(topic.prerequisites, [topics[slug] for slug in data["prerequisites"] if slug in topics])
        # The one to start with is written last, so a topic never has two at once on the way.
        items = sorted(enumerate(data["resources"], start=1), key=lambda pair: pair[1].get("start_here", False))
        for order, item in items:
            if item["title"] not in resources:
                raise CommandError(f"Topic {data['slug']!r} lists {item['title']!r}, which is not in RESOURCES.")
            _create_or_refresh(
                TopicResource,
                lookup={"topic": topic, "resource": resources[item["title"]]},
                values={"start_here": item.get("start_here", False), "order": order},
                refresh=refresh,
                tally=tally,
            )


def topic_load(*, skill: Skill, data: dict[str, Any], order: int, refresh: bool, tally: Tally) -> tuple[Topic, bool]:
    return _create_or_refresh(
        Topic,
        lookup={"slug": data["slug"]},
        values={
            "skill": skill,
            "name": data["name"],
            "summary": data["summary"],
            "body": data["body"],
            "tools": "\n".join(data["tools"]),
            "hours": data["hours"],
            "order": order,
            "status": Status.PUBLISHED,
        },
        refresh=refresh,
        tally=tally,
    )


def career_load(*, data: dict[str, Any], refresh: bool, tally: Tally) -> Career:
    career, _ = _create_or_refresh(
        Career,
        lookup={"slug": data["slug"]},
        values={
            "name": data["name"],
            "tagline": data["tagline"],
            "summary": data["summary"],
            "introduction": data["introduction"],
            "role_description": data["role_description"],
            "responsibilities": data["responsibilities"],
            "conclusion": data["conclusion"],
            "status": Status.PUBLISHED,
        },
        # Set once: refreshing must not give the site a second default career if an editor chose another.
        create_only={"is_default": data["is_default"] and not Career.objects.filter(is_default=True).exists()},
        refresh=refresh,
        tally=tally,
    )
    return career


def skill_load(*, data: dict[str, Any], order: int, refresh: bool, tally: Tally) -> tuple[Skill, bool]:
    """The skill, and whether it was created just now. Its prerequisites are linked separately."""
    rubric = data["rubric"]
    if len(rubric) != 5:
        raise CommandError(f"Skill {data['slug']!r} needs five rubric levels (0 to 4), not {len(rubric)}.")
    return _create_or_refresh(
        Skill,
        lookup={"slug": data["slug"]},
        values={
            "name": data["name"],
            "kind": SkillKind(data["kind"]),
            "summary": data["summary"],
            "body": data["body"],
            "why_it_matters": data["why_it_matters"],
            "what_to_learn": data["what_to_learn"],
            "tools": data["tools"],
            **{f"rubric_level_{level}": text for level, text in enumerate(rubric)},
            "last_reviewed": seed.REVIEWED_ON,
            "beyond_article": data.get("addition", False),
            "order": order,
            "status": Status.PUBLISHED,
        },
        refresh=refresh,
        tally=tally,
    )


def skill_prerequisites_set(*, skill: Skill, prerequisites: list[Skill]) -> None:
    _set_links(skill.prerequisites, prerequisites)


def career_skill_load(
    *, career: Career, skill: Skill, target_level: int, order: int, refresh: bool, tally: Tally
) -> CareerSkill:
    career_skill, _ = _create_or_refresh(
        CareerSkill,
        lookup={"career": career, "skill": skill},
        values={"target_level": target_level, "order": order},
        refresh=refresh,
        tally=tally,
    )
    return career_skill


def pathway_load(
    *, data: dict[str, Any], order: int, career: Career, skills: dict[str, Skill], refresh: bool, tally: Tally
) -> Pathway:
    pathway, created = _create_or_refresh(
        Pathway,
        lookup={"slug": data["slug"]},
        values={
            "name": data["name"],
            "summary": data["summary"],
            "body": data["body"],
            "suits": data["suits"],
            "duration_min_months": data["duration_min_months"],
            "duration_max_months": data["duration_max_months"],
            "duration_note": data["duration_note"],
            "cost_min_usd": data["cost_min_usd"],
            "cost_max_usd": data["cost_max_usd"],
            "cost_note": data["cost_note"],
            "format": PathwayFormat(data["format"]),
            "credential": data["credential"],
            "pros": data["pros"],
            "cons": data["cons"],
            "order": order,
            "status": Status.PUBLISHED,
        },
        refresh=refresh,
        tally=tally,
    )
    if created or refresh:
        # Added, never set: other careers may share this pathway.
        career.pathways.add(pathway)
        _set_links(pathway.skills, [skills[slug] for slug in data["skills"]])
    for step_order, step in enumerate(data["steps"], start=1):
        pathway_step_load(pathway=pathway, data=step, order=step_order, refresh=refresh, tally=tally)
    return pathway


def pathway_step_load(*, pathway: Pathway, data: dict[str, str], order: int, refresh: bool, tally: Tally) -> None:
    _create_or_refresh(
        PathwayStep,
        lookup={"pathway": pathway, "title": data["title"]},
        values={"description": data["description"], "order": order},
        refresh=refresh,
        tally=tally,
    )


def faq_entry_load(*, career: Career, data: dict[str, str], order: int, refresh: bool, tally: Tally) -> None:
    _create_or_refresh(
        FAQEntry,
        lookup={"career": career, "question": data["question"]},
        values={"answer": data["answer"], "order": order, "status": Status.PUBLISHED},
        refresh=refresh,
        tally=tally,
    )


def resource_load(
    *,
    data: dict[str, Any],
    order: int,
    skills: dict[str, Skill],
    pathways: dict[str, Pathway],
    refresh: bool,
    tally: Tally,
) -> Resource:
    resource, created = _create_or_refresh(
        Resource,
        lookup={"url": data["url"]},
        values={
            "title": data["title"],
            "kind": ResourceKind(data["kind"]),
            "provider": data["provider"],
            "is_free": data["is_free"],
            "description": data["description"],
            "verified_on": seed.REVIEWED_ON,
            "order": order,
            "status": Status.PUBLISHED,
        },
        refresh=refresh,
        tally=tally,
    )
    if created or refresh:
        _set_links(resource.skills, [skills[slug] for slug in data["skills"]])
        _set_links(resource.pathways, [pathways[slug] for slug in data["pathways"]])
    return resource


def _create_or_refresh(
    model: type[models.Model],
    *,
    lookup: dict[str, Any],
    values: dict[str, Any],
    create_only: dict[str, Any] | None = None,
    refresh: bool,
    tally: Tally,
) -> tuple[Any, bool]:
    """The entry matching lookup: created from values (and create_only) if missing, reset to values if refresh.

    Saves only when something changes, so a plain rerun writes nothing, not even a history row.
    Every write is validated first, because SQLite would accept an over-long string PostgreSQL rejects.
    """
    obj = model.objects.filter(**lookup).order_by("pk").first()
    if obj is None:
        obj = model(**lookup, **values, **(create_only or {}))
        _validated_save(obj)
        tally.created += 1
        return obj, True
    changed = {name: value for name, value in values.items() if getattr(obj, name) != value}
    if refresh and changed:
        for name, value in changed.items():
            setattr(obj, name, value)
        _validated_save(obj)
        tally.updated += 1
    else:
        tally.unchanged += 1
    return obj, False


def _validated_save(obj: models.Model) -> None:
    obj.full_clean()
    obj._change_reason = CHANGE_REASON
    obj.save()


def _set_links(manager: models.Manager, targets: list[models.Model]) -> None:
    """Make a many-to-many field hold exactly targets, writing only if it does not already."""
    if set(manager.all()) != set(targets):
        manager.set(targets)
