"""Read queries for the public pages.

Each function returns what one page needs in a fixed number of queries, however much
content there is: related rows come through select_related or Prefetch objects that
keep drafts out.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from functools import reduce
from operator import and_, or_

from django.db.models import Prefetch, Q, QuerySet
from django.urls import reverse

from careerguide import roadmap
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

SEARCH_MAX_QUERY_LENGTH = 200
SEARCH_MAX_TERMS = 8
SEARCH_RESULTS_PER_TYPE = 50
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


@dataclass
class SearchResults:
    query: str
    terms: list[str]
    skills: list[Skill] = field(default_factory=list)
    pathways: list[Pathway] = field(default_factory=list)
    faq_entries: list[FAQEntry] = field(default_factory=list)
    resources: list[Resource] = field(default_factory=list)

    @property
    def total(self) -> int:
        return len(self.skills) + len(self.pathways) + len(self.faq_entries) + len(self.resources)


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


def search_terms(query: str) -> tuple[str, list[str]]:
    """The query as we will show it (cleaned, capped) and the terms to look for."""
    # Control characters (NUL above all: PostgreSQL refuses it) never belong in a search.
    cleaned = "".join(ch for ch in query if unicodedata.category(ch)[0] != "C" or ch in "\t\n")
    cleaned = " ".join(cleaned.split())[:SEARCH_MAX_QUERY_LENGTH].strip()
    terms: list[str] = []
    for word in cleaned.split():
        if len(word) > 1 and word.casefold() not in (t.casefold() for t in terms):
            terms.append(word)
    return cleaned, terms[:SEARCH_MAX_TERMS]


def _matching_all(terms: list[str], fields: list[str]) -> Q:
    """Every term appears in at least one of the fields."""
    return reduce(and_, (reduce(or_, (Q(**{f"{name}__icontains": term}) for name in fields)) for term in terms))


def search(query: str) -> SearchResults:
    """Published skills, pathways, FAQ entries and resources matching every term: four queries."""
    cleaned, terms = search_terms(query)
    results = SearchResults(query=cleaned, terms=terms)
    if not terms:
        return results
    limit = SEARCH_RESULTS_PER_TYPE
    skill_fields = ["name", "summary", "body", "what_to_learn", "tools"]
    results.skills = list(_published_skills().filter(_matching_all(terms, skill_fields))[:limit])
    pathway_fields = ["name", "summary", "body"]
    results.pathways = list(Pathway.objects.published().filter(_matching_all(terms, pathway_fields))[:limit])
    results.faq_entries = list(
        FAQEntry.objects.published()
        .filter(career__status=Status.PUBLISHED)
        .filter(_matching_all(terms, ["question", "answer"]))
        .select_related("career")[:limit]
    )
    resource_fields = ["title", "provider", "description"]
    results.resources = list(Resource.objects.published().filter(_matching_all(terms, resource_fields))[:limit])
    return results


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
