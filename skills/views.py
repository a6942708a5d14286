"""The skills list and one page per skill."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_safe

from careerguide import selectors
from careerguide.page_cache import cache_public_page
from skills import selectors as selectors_progress
from skills import services
from skills.forms import SkillProgressForm
from skills.models import Skill, SkillProgress


def _get_skill(request: HttpRequest, slug: str) -> Skill:
    """A published skill, or a draft for staff previewing it, with what its page lists; 404 otherwise."""
    return get_object_or_404(selectors.skill_detail_queryset().visible_to(request.user), slug=slug)


@require_safe
@cache_public_page
def skill_list(request: HttpRequest) -> HttpResponse:
    ctx = {"skill_groups": selectors.skills_by_kind()}
    return render(request, "skills/skill_list.html", ctx)


@require_safe
@cache_public_page
def skill_detail(request: HttpRequest, slug: str) -> HttpResponse:
    skill = _get_skill(request, slug)
    learner = services.learner_get(request)
    progress = SkillProgress.objects.filter(learner=learner, skill=skill).first() if learner else None
    career = selectors_progress.pick_career([cs.career for cs in skill.published_career_skills], learner)
    career_skill = next((cs for cs in skill.published_career_skills if cs.career == career), None)
    ctx = {
        "skill": skill,
        "career": career_skill.career if career_skill else None,
        "target_level": career_skill.target_level if career_skill else None,
        "progress": progress,
        "progress_form": SkillProgressForm(initial=_progress_initial(progress)),
        "career_skills": skill.published_career_skills,
        "prerequisites": skill.published_prerequisites,
        "unlocks": skill.published_unlocks,
        "pathways": skill.published_pathways,
        "resources": skill.published_resources,
    }
    return render(request, "skills/skill_detail.html", ctx)


def _progress_initial(progress: SkillProgress | None) -> dict:
    if progress is None:
        return {}
    fields = ("status", "level", "notes", "evidence_links", "target_date")
    return {name: getattr(progress, name) for name in fields}
