"""The guide's public pages: the guide, skills, pathways, the FAQ, resources, search, robots.txt.

They compose the content apps (skills, pathways and the guide's own models). A learner's own
marks on these pages come from the progress app's template tags, so none of this imports it.
"""

from __future__ import annotations

from django.conf import settings
from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.views.decorators.http import require_safe

from careerguide import roadmap as roadmap_layout
from careerguide import selectors
from careerguide.models import Career, FAQEntry, ResourceKind
from careerguide.templatetags.guide import plain_text
from core.page_cache import cache_public_page

COST_FILTERS = {"free": True, "paid": False}
SEARCH_STORED_QUERY_LENGTH = 60  # longer searches are answered afresh, never stored
# Offered when a search finds nothing: each finds something in the seeded guide.
SEARCH_EXAMPLES = ["kubernetes", "CKA", "terraform certification", "model monitoring", "CI/CD", "LLMOps"]


def _get_visible(request: HttpRequest, queryset: QuerySet, slug: str):
    """A published entry, or a draft for staff previewing it; 404 otherwise."""
    return get_object_or_404(queryset.visible_to(request.user), slug=slug)


def _faq_json_ld(entries: list[FAQEntry]) -> dict:
    return {
        "@context": "https://schema.org",
        "@type": "FAQPage",
        "mainEntity": [
            {
                "@type": "Question",
                "name": entry.question,
                "acceptedAnswer": {"@type": "Answer", "text": plain_text(entry.answer)},
            }
            for entry in entries
        ],
    }


def _render_guide(request: HttpRequest, career: Career) -> HttpResponse:
    guide = selectors.guide_for_career(career)
    ctx = {
        "career": career,
        "skill_groups": guide.skill_groups,
        "pathways": guide.pathways,
        "faq_entries": guide.faq_entries,
        "resource_groups": guide.resource_groups,
    }
    return render(request, "careerguide/guide.html", ctx)


@require_safe
@cache_public_page(query={})
def home(request: HttpRequest) -> HttpResponse:
    career = selectors.default_career()
    if career is None:
        return render(request, "careerguide/no_guide.html", {})
    return _render_guide(request, career)


@require_safe
@cache_public_page(query={})
def career(request: HttpRequest, slug: str) -> HttpResponse:
    return _render_guide(request, _get_visible(request, Career.objects.all(), slug))


@require_safe
@cache_public_page(query={})
def roadmap(request: HttpRequest) -> HttpResponse:
    career = selectors.default_career()
    if career is None:
        return render(request, "careerguide/no_guide.html", {})
    ctx = {"career": career, "roadmap": roadmap_layout.build(selectors.roadmap_skills(career))}
    return render(request, "careerguide/roadmap.html", ctx)


# Skills


@require_safe
@cache_public_page(query={})
def skill_list(request: HttpRequest) -> HttpResponse:
    ctx = {"skill_groups": selectors.skills_by_kind()}
    return render(request, "careerguide/skill_list.html", ctx)


@require_safe
@cache_public_page(query={})
def skill_detail(request: HttpRequest, slug: str) -> HttpResponse:
    skill = _get_visible(request, selectors.skill_detail_queryset(), slug)
    ctx = {
        "skill": skill,
        "topics": skill.published_topics,
        "topic_hours": sum(topic.hours for topic in skill.published_topics),
        "career_skills": skill.published_career_skills,
        "prerequisites": skill.published_prerequisites,
        "unlocks": skill.published_unlocks,
        "pathways": skill.published_pathways,
        "resource_groups": selectors.skill_resource_groups(skill),
    }
    return render(request, "careerguide/skill_detail.html", ctx)


@require_safe
@cache_public_page(query={})
def topic_detail(request: HttpRequest, skill_slug: str, slug: str) -> HttpResponse:
    topic = _get_visible(request, selectors.topic_detail_queryset(), slug)
    if not topic.skill.is_published and not (request.user.is_authenticated and request.user.is_staff):
        raise Http404("No such topic")
    if topic.skill.slug != skill_slug:
        return redirect(topic, permanent=True)  # the topic moved to another skill
    ctx = {
        "topic": topic,
        "skill": topic.skill,
        "prerequisites": topic.published_prerequisites,
        "unlocks": topic.published_unlocks,
        "resource_groups": selectors.topic_resource_groups(topic),
    }
    return render(request, "careerguide/topic_detail.html", ctx)


# Pathways


@require_safe
@cache_public_page(query={})
def pathway_list(request: HttpRequest) -> HttpResponse:
    ctx = {"pathways": selectors.published_pathways()}
    return render(request, "careerguide/pathway_list.html", ctx)


@require_safe
@cache_public_page(query={})
def pathway_compare(request: HttpRequest) -> HttpResponse:
    ctx = {"pathways": selectors.pathways_for_compare()}
    return render(request, "careerguide/pathway_compare.html", ctx)


@require_safe
@cache_public_page(query={})
def pathway_detail(request: HttpRequest, slug: str) -> HttpResponse:
    pathway = _get_visible(request, selectors.pathway_detail_queryset(), slug)
    ctx = {
        "pathway": pathway,
        "steps": list(pathway.steps.all()),
        "skills": pathway.published_skills,
        "resource_groups": selectors.pathway_resource_groups(pathway),
    }
    return render(request, "careerguide/pathway_detail.html", ctx)


# The FAQ, resources, search and robots.txt


def _render_faq(request: HttpRequest, career: Career) -> HttpResponse:
    entries = selectors.faq_entries_for_career(career)
    ctx = {"career": career, "faq_entries": entries, "json_ld": _faq_json_ld(entries)}
    return render(request, "careerguide/faq.html", ctx)


@require_safe
@cache_public_page(query={})
def faq(request: HttpRequest, slug: str) -> HttpResponse:
    return _render_faq(request, _get_visible(request, Career.objects.all(), slug))


@require_safe
@cache_public_page(query={})
def faq_default(request: HttpRequest) -> HttpResponse:
    career = selectors.default_career()
    if career is None:
        return render(request, "careerguide/no_guide.html", {})
    return _render_faq(request, career)


@require_safe
# Any skill value is accepted for the key because an unknown one is answered with a 404, never stored.
@cache_public_page(query={"kind": ResourceKind.values, "cost": COST_FILTERS, "skill": None})
def resources(request: HttpRequest) -> HttpResponse:
    kind = request.GET.get("kind", "")
    cost = request.GET.get("cost", "")
    skill_slug = request.GET.get("skill", "")
    skills = selectors.skills_for_filter()
    unknown_filters = []
    if kind and kind not in ResourceKind.values:
        unknown_filters.append("kind")
        kind = ""
    if cost and cost not in COST_FILTERS:
        unknown_filters.append("cost")
        cost = ""
    skill = next((skill for skill in skills if skill.slug == skill_slug), None)
    if skill_slug and skill is None:
        unknown_filters.append("skill")

    groups = selectors.resource_groups(kind=kind or None, is_free=COST_FILTERS.get(cost), skill=skill)
    ctx = {
        "resource_groups": groups,
        "kind_choices": ResourceKind.choices,
        "skills": skills,
        "selected_kind": kind,
        "selected_cost": cost,
        "selected_skill": skill,
        "unknown_filters": unknown_filters,
        "is_filtered": bool(kind or cost or skill),
    }
    # A skill filter naming no published skill still lists every resource, as a 404: an old link
    # may name a skill since renamed, but the address is not a page of its own.
    status = 404 if "skill" in unknown_filters else 200
    return render(request, "careerguide/resources.html", ctx, status=status)


@require_safe
@cache_public_page(query={"q": None})
def search(request: HttpRequest) -> HttpResponse:
    results = selectors.search(request.GET.get("q", ""))
    suggestions = [] if results.hits else selectors.search_suggestions()
    ctx = {
        "query": results.query,
        "results": results,
        "suggestions": suggestions,
        "example_queries": SEARCH_EXAMPLES,
    }
    response = render(request, "careerguide/search.html", ctx)
    # Searches that find something are kept like any page (people repeat the same few); one that
    # found nothing, or only close matches, may be junk: it is never stored, so junk cannot fill the cache.
    if not results.hits or results.close_matches or len(results.query) > SEARCH_STORED_QUERY_LENGTH:
        add_never_cache_headers(response)
    return response


@require_safe
def robots_txt(request: HttpRequest) -> HttpResponse:
    # Disallow lines first: parsers that take the first matching line (Python's robotparser) and
    # those that take the longest (Google's) then agree. Personal pages are kept out too.
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /accounts/",
        "Disallow: /progress/",
        "Allow: /",
        "",
        f"Sitemap: {settings.SITE_URL}{reverse('sitemap')}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
