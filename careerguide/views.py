"""The guide's own pages: the guide, its FAQ, the resources, search and robots.txt."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.http import require_safe

from careerguide import selectors
from careerguide.models import Career, FAQEntry, ResourceKind
from careerguide.page_cache import cache_public_page
from careerguide.templatetags.guide import plain_text
from skills import services as progress_services
from skills.models import ProgressStatus, SkillProgress
from skills.selectors import SkillItem, overall_tally

COST_FILTERS = {"free": True, "paid": False}


def _get_career(request: HttpRequest, slug: str) -> Career:
    """A published career, or a draft for staff previewing it; 404 otherwise."""
    return get_object_or_404(Career.objects.visible_to(request.user), slug=slug)


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
    learner = progress_services.learner_get(request)
    rows = {}
    if learner is not None:
        rows = {row.skill_id: row for row in SkillProgress.objects.filter(learner=learner)}
    items = []
    for group in guide.skill_groups:
        for career_skill in group.items:
            item = SkillItem(career_skill=career_skill, progress=rows.get(career_skill.skill_id))
            career_skill.my_status = item.status
            items.append(item)
    ctx = {
        "career": career,
        "tracking": bool(rows),
        "overall": overall_tally(items),
        "status_choices": ProgressStatus.choices,
        "skill_groups": guide.skill_groups,
        "pathways": guide.pathways,
        "faq_entries": guide.faq_entries,
        "resource_groups": guide.resource_groups,
    }
    return render(request, "careerguide/guide.html", ctx)


@require_safe
@cache_public_page
def home(request: HttpRequest) -> HttpResponse:
    career = selectors.default_career()
    if career is None:
        return render(request, "careerguide/no_guide.html", {})
    return _render_guide(request, career)


@require_safe
@cache_public_page
def career(request: HttpRequest, slug: str) -> HttpResponse:
    return _render_guide(request, _get_career(request, slug))


def _render_faq(request: HttpRequest, career: Career) -> HttpResponse:
    entries = selectors.faq_entries_for_career(career)
    ctx = {"career": career, "faq_entries": entries, "json_ld": _faq_json_ld(entries)}
    return render(request, "careerguide/faq.html", ctx)


@require_safe
@cache_public_page
def faq(request: HttpRequest, slug: str) -> HttpResponse:
    return _render_faq(request, _get_career(request, slug))


@require_safe
@cache_public_page
def faq_default(request: HttpRequest) -> HttpResponse:
    career = selectors.default_career()
    if career is None:
        return render(request, "careerguide/no_guide.html", {})
    return _render_faq(request, career)


@require_safe
@cache_public_page
def resources(request: HttpRequest) -> HttpResponse:
    kind = request.GET.get("kind", "")
    cost = request.GET.get("cost", "")
    unknown_filters = []
    if kind and kind not in ResourceKind.values:
        unknown_filters.append("kind")
        kind = ""
    if cost and cost not in COST_FILTERS:
        unknown_filters.append("cost")
        cost = ""

    groups = selectors.resource_groups(kind=kind or None, is_free=COST_FILTERS.get(cost))
    ctx = {
        "resource_groups": groups,
        "kind_choices": ResourceKind.choices,
        "selected_kind": kind,
        "selected_cost": cost,
        "unknown_filters": unknown_filters,
        "is_filtered": bool(kind or cost),
    }
    return render(request, "careerguide/resources.html", ctx)


@require_safe
def search(request: HttpRequest) -> HttpResponse:
    results = selectors.search(request.GET.get("q", ""))
    suggestions = [] if results.terms else selectors.search_suggestions()
    ctx = {
        "query": results.query,
        "results": results,
        "suggestions": suggestions,
    }
    return render(request, "careerguide/search.html", ctx)


@require_safe
def robots_txt(request: HttpRequest) -> HttpResponse:
    lines = [
        "User-agent: *",
        "Allow: /",
        "Disallow: /admin/",
        "Disallow: /accounts/",
        "",
        f"Sitemap: {settings.SITE_URL}{reverse('sitemap')}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
