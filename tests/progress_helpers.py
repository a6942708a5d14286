"""Helpers for tracker tests: a small career with skills, and a learner for a test client."""

from django.utils import timezone

from careerguide.models import Career
from progress.models import Learner, SkillProgress
from progress.services import SESSION_KEY
from skills.models import SkillKind
from tests.factories import CareerFactory, CareerSkillFactory, PathwayFactory, PathwayStepFactory, SkillFactory


def make_career(*, technical: int = 3, soft: int = 1, target: int = 2) -> Career:
    career = CareerFactory(name="ML Ops Engineer", slug="ml-ops-engineer", is_default=True)
    for index in range(technical):
        skill = SkillFactory(name=f"Tech {index}", slug=f"tech-{index}", kind=SkillKind.TECHNICAL, order=index)
        CareerSkillFactory(career=career, skill=skill, target_level=target, order=index)
    for index in range(soft):
        skill = SkillFactory(name=f"Soft {index}", slug=f"soft-{index}", kind=SkillKind.SOFT, order=10 + index)
        CareerSkillFactory(career=career, skill=skill, target_level=target, order=10 + index)
    return career


def make_pathway(*, steps: int = 3, careers=()):
    pathway = PathwayFactory(name="Personal Projects", slug="personal-projects", careers=list(careers))
    for index in range(steps):
        PathwayStepFactory(pathway=pathway, title=f"Milestone {index}", order=index)
    return pathway


def visitor_learner(client, **progress_by_slug) -> Learner:
    """A visitor's learner, its id in the client's session, with optional progress rows."""
    learner = Learner.objects.create()
    session = client.session
    session[SESSION_KEY] = learner.pk
    session.save()
    for slug, values in progress_by_slug.items():
        from skills.models import Skill

        SkillProgress.objects.create(
            learner=learner, skill=Skill.objects.get(slug=slug), updated_at=timezone.now(), **values
        )
    return learner


def account_learner(user) -> Learner:
    learner, _ = Learner.objects.get_or_create(user=user)
    return learner


def visitor_with_progress(client, skill, **values) -> Learner:
    """A visitor's learner, with progress on one skill, known to the client's session."""
    learner = Learner.objects.create()
    SkillProgress.objects.create(
        learner=learner, skill=skill, updated_at=values.pop("updated_at", timezone.now()), **values
    )
    session = client.session
    session[SESSION_KEY] = learner.pk
    session.save()
    return learner


def body(response) -> bytes:
    """A response's body, streamed (the JSON export) or not."""
    return b"".join(response.streaming_content) if response.streaming else response.content
