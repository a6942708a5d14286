"""Read queries for the public pages.

Each function returns what one page needs in a fixed number of queries, however much
content there is: related rows come through select_related or Prefetch objects that
keep drafts out.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Prefetch, QuerySet
from django.urls import reverse

from careerguide import roadmap, search_query
from careerguide.models import Career, CareerSkill, FAQEntry, Resource, ResourceKind, TopicResource
from core.content import Status
from pathways.models import Pathway, PathwayStep
from skills.models import Skill, SkillKind, Topic

# Headings for the resource groups, in the order the guide lists them.
RESOURCE_KIND_HEADINGS = {
    ResourceKind.ONLINE_COURSE: "Online courses",
    ResourceKind.BOOK: "Books",
    ResourceKind.CERTIFICATION: "Certification programs",
    ResourceKind.CONFERENCE: "Conferences",
    ResourceKind.COMMUNITY: "Communities",
    ResourceKind.DOCUMENTATION: "Documentation",
    ResourceKind.TOOL: "Tools",
}
SKILL_KIND_HEADINGS = {SkillKind.TECHNICAL: "Technical skills", SkillKind.SOFT: "Soft skills"}

GUIDE_FAQ_ENTRIES = 5

SEARCH_SUGGESTIONS = 8


@dataclass
class Group:
    """Items under one heading, e.g. the books, or the soft skills."""

    key: str
    heading: str
    items: list


@dataclass
class Guide:
    career: Career
    skill_groups: list[Group]
    pathways: list[Pathway]
    faq_entries: list[FAQEntry]
    resource_groups: list[Group]


def _published_skills() -> QuerySet[Skill]:
    return Skill.objects.published()


def _group(items, key_of, headings: dict) -> list[Group]:
    """Group items under headings in the headings' order, leaving out empty groups."""
    groups = {key: Group(key=key, heading=heading, items=[]) for key, heading in headings.items()}
    for item in items:
        groups[key_of(item)].items.append(item)
    return [group for group in groups.values() if group.items]


# Careers and the guide page


def default_career() -> Career | None:
    """The career the home page shows: the published default, else the first published one."""
    return Career.objects.published().order_by("-is_default", "order", "name").first()


def guide_for_career(career: Career) -> Guide:
    """Everything the guide page shows besides the career itself: four queries."""
    career_skills = (
        CareerSkill.objects.filter(career=career, skill__status=Status.PUBLISHED)
        .select_related("skill")
        .order_by("order", "skill__order", "skill__name")
    )
    pathways = Pathway.objects.published().filter(careers=career)
    faq_entries = FAQEntry.objects.published().filter(career=career)[:GUIDE_FAQ_ENTRIES]
    return Guide(
        career=career,
        skill_groups=_group(career_skills, lambda cs: cs.skill.kind, SKILL_KIND_HEADINGS),
        pathways=list(pathways),
        faq_entries=list(faq_entries),
        resource_groups=_group(Resource.objects.published(), lambda r: r.kind, RESOURCE_KIND_HEADINGS),
    )


def faq_entries_for_career(career: Career) -> list[FAQEntry]:
    return list(FAQEntry.objects.published().filter(career=career))


# Skills


def skills_by_kind() -> list[Group]:
    return _group(_published_skills(), lambda skill: skill.kind, SKILL_KIND_HEADINGS)


def _published_topics() -> QuerySet[Topic]:
    return Topic.objects.published().order_by("order", "name")


@dataclass(frozen=True)
class ListedResource:
    """A resource as a page lists it: marked when it is where to start."""

    resource: Resource
    start_here: bool


def listed_resource_groups(resources: list[Resource], start_here_ids: set[int]) -> list[Group]:
    """Resources grouped by kind (the guide's order), the ones to start with first in each group."""
    listed = sorted(
        (ListedResource(resource=resource, start_here=resource.pk in start_here_ids) for resource in resources),
        key=lambda item: (not item.start_here, item.resource.order, item.resource.title),
    )
    return _group(listed, lambda item: item.resource.kind, RESOURCE_KIND_HEADINGS)


def skill_detail_queryset() -> QuerySet[Skill]:
    """Skills with everything the skill page lists, published only: one query plus seven."""
    return Skill.objects.prefetch_related(
        Prefetch(
            "topics",
            queryset=_published_topics().prefetch_related(
                Prefetch(
                    "topic_resources",
                    queryset=TopicResource.objects.filter(start_here=True, resource__status=Status.PUBLISHED),
                    to_attr="start_here_links",
                )
            ),
            to_attr="published_topics",
        ),
        Prefetch(
            "career_skills",
            queryset=CareerSkill.objects.filter(career__status=Status.PUBLISHED)
            .select_related("career")
            .order_by("career__order", "career__name"),
            to_attr="published_career_skills",
        ),
        Prefetch("prerequisites", queryset=_published_skills(), to_attr="published_prerequisites"),
        Prefetch("unlocks", queryset=_published_skills(), to_attr="published_unlocks"),
        Prefetch("pathways", queryset=Pathway.objects.published(), to_attr="published_pathways"),
        Prefetch("resources", queryset=Resource.objects.published(), to_attr="published_resources"),
    )


def skill_resource_groups(skill: Skill) -> list[Group]:
    """The skill's resources by kind; those a published topic of it starts with come first."""
    start_here_ids = {link.resource_id for topic in skill.published_topics for link in topic.start_here_links}
    return listed_resource_groups(skill.published_resources, start_here_ids)


def topic_detail_queryset() -> QuerySet[Topic]:
    """Topics with their skill and everything the topic page lists, published only: one query plus three."""
    return Topic.objects.select_related("skill").prefetch_related(
        Prefetch(
            "prerequisites", queryset=_published_topics().select_related("skill"), to_attr="published_prerequisites"
        ),
        Prefetch("unlocks", queryset=_published_topics().select_related("skill"), to_attr="published_unlocks"),
        Prefetch(
            "topic_resources",
            queryset=TopicResource.objects.filter(resource__status=Status.PUBLISHED).select_related("resource"),
            to_attr="published_links",
        ),
    )


def topic_resource_groups(topic: Topic) -> list[Group]:
    links = topic.published_links
    return listed_resource_groups(
        [link.resource for link in links], {link.resource_id for link in links if link.start_here}
    )


# Pathways


def published_pathways() -> QuerySet[Pathway]:
    return Pathway.objects.published()


def pathways_for_compare() -> QuerySet[Pathway]:
    """Published pathways, each with the published skills it builds (two queries)."""
    skills = Skill.objects.published().only("name", "slug").order_by("order", "name")
    return Pathway.objects.published().prefetch_related(Prefetch("skills", queryset=skills, to_attr="skills_built"))


def pathway_resource_groups(pathway: Pathway) -> list[Group]:
    return listed_resource_groups(pathway.published_resources, set())


def pathway_detail_queryset() -> QuerySet[Pathway]:
    """Pathways with their steps, skills and resources: one query plus three."""
    return Pathway.objects.prefetch_related(
        Prefetch("steps", queryset=PathwayStep.objects.order_by("order", "id")),
        Prefetch("skills", queryset=_published_skills(), to_attr="published_skills"),
        Prefetch("resources", queryset=Resource.objects.published(), to_attr="published_resources"),
    )


# Resources


def skills_for_filter() -> list[Skill]:
    return list(_published_skills().only("name", "slug", "order"))


def resource_groups(*, kind: str | None = None, is_free: bool | None = None, skill: Skill | None = None) -> list[Group]:
    """Published resources grouped by kind, each with the published skills it helps with."""
    resources = Resource.objects.published().prefetch_related(
        Prefetch("skills", queryset=_published_skills(), to_attr="published_skills")
    )
    if kind:
        resources = resources.filter(kind=kind)
    if is_free is not None:
        resources = resources.filter(is_free=is_free)
    if skill is not None:
        resources = resources.filter(skills=skill)
    return _group(resources, lambda r: r.kind, RESOURCE_KIND_HEADINGS)


# Search


def search(query: str) -> search_query.Results:
    """Published skills, topics, pathways and their steps, FAQ entries and resources, best first:
    one query, two when nothing matched (careerguide/search_query.py)."""
    return search_query.search(query)


def search_suggestions() -> list[Skill]:
    """A few published skills to offer when the search box was empty."""
    return list(_published_skills().only("name", "slug")[:SEARCH_SUGGESTIONS])


# The roadmap


def roadmap_skills(career: Career) -> list[roadmap.SkillSpec]:
    """The career's published skills in its order, each with its published topics and the prerequisites
    of both: four queries, however many topics there are."""
    topics = _published_topics().prefetch_related(
        Prefetch(
            "prerequisites", queryset=Topic.objects.published().only("pk").order_by(), to_attr="published_prerequisites"
        )
    )
    career_skills = (
        CareerSkill.objects.filter(career=career, skill__status=Status.PUBLISHED)
        .select_related("skill")
        .prefetch_related(
            Prefetch(
                "skill__prerequisites", queryset=_published_skills().only("pk"), to_attr="published_prerequisites"
            ),
            Prefetch("skill__topics", queryset=topics, to_attr="published_topics"),
        )
        .order_by("order", "skill__order", "skill__name")
    )
    return [
        roadmap.SkillSpec(
            pk=skill.pk,
            slug=skill.slug,
            name=skill.name,
            href=skill.get_absolute_url(),
            prerequisites=tuple(prerequisite.pk for prerequisite in skill.published_prerequisites),
            topics=tuple(
                roadmap.TopicSpec(
                    pk=topic.pk,
                    slug=topic.slug,
                    name=topic.name,
                    href=reverse("skills:topic", kwargs={"skill_slug": skill.slug, "slug": topic.slug}),
                    hours=topic.hours,
                    prerequisites=tuple(prerequisite.pk for prerequisite in topic.published_prerequisites),
                )
                for topic in skill.published_topics
            ),
        )
        for skill in (career_skill.skill for career_skill in career_skills)
    ]
