"""The skills list and one page per skill."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_safe

from careerguide import selectors
from skills.models import Skill


def _get_skill(request: HttpRequest, slug: str) -> Skill:
    """A published skill, or a draft for staff previewing it, with what its page lists; 404 otherwise."""
    return get_object_or_404(selectors.skill_detail_queryset().visible_to(request.user), slug=slug)


@require_safe
def skill_list(request: HttpRequest) -> HttpResponse:
    ctx = {"skill_groups": selectors.skills_by_kind()}
    return render(request, "skills/skill_list.html", ctx)


@require_safe
def skill_detail(request: HttpRequest, slug: str) -> HttpResponse:
    skill = _get_skill(request, slug)
    ctx = {
        "skill": skill,
        "career_skills": skill.published_career_skills,
        "prerequisites": skill.published_prerequisites,
        "unlocks": skill.published_unlocks,
        "pathways": skill.published_pathways,
        "resources": skill.published_resources,
    }
    return render(request, "skills/skill_detail.html", ctx)
