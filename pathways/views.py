"""The pathways list, the comparison table and one page per pathway."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_safe

from careerguide import selectors
from careerguide.page_cache import cache_public_page
from pathways.models import Pathway, PathwayPlan, StepCompletion
from skills import services


def _get_pathway(request: HttpRequest, slug: str) -> Pathway:
    """A published pathway, or a draft for staff previewing it, with its steps; 404 otherwise."""
    return get_object_or_404(selectors.pathway_detail_queryset().visible_to(request.user), slug=slug)


@require_safe
@cache_public_page
def pathway_list(request: HttpRequest) -> HttpResponse:
    ctx = {"pathways": selectors.published_pathways()}
    return render(request, "pathways/pathway_list.html", ctx)


@require_safe
@cache_public_page
def pathway_compare(request: HttpRequest) -> HttpResponse:
    ctx = {"pathways": selectors.pathways_for_compare()}
    return render(request, "pathways/pathway_compare.html", ctx)


@require_safe
@cache_public_page
def pathway_detail(request: HttpRequest, slug: str) -> HttpResponse:
    pathway = _get_pathway(request, slug)
    steps = list(pathway.steps.all())
    learner = services.learner_get(request)
    following, completed_ids = False, set()
    if learner is not None:
        following = PathwayPlan.objects.filter(learner=learner, pathway=pathway).exists()
        completed_ids = set(
            StepCompletion.objects.filter(learner=learner, step__pathway=pathway).values_list("step_id", flat=True)
        )
    ctx = {
        "pathway": pathway,
        "steps": steps,
        "following": following,
        "completed_ids": completed_ids,
        "done_count": len(completed_ids),
        "skills": pathway.published_skills,
        "resources": pathway.published_resources,
    }
    return render(request, "pathways/pathway_detail.html", ctx)
