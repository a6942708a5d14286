"""Every main page runs the same number of queries with the seeded guide and with ten times as much.

The guide is loaded as `make run` loads it (load_guide), then every skill, pathway (with its
steps), FAQ entry and resource is copied nine times, with the copies linked as the originals
are. Each page is first rendered (the cache starts empty: the real work) with the counts pinned
below, which are the same at both sizes.
"""

import pytest
from django.core.management import call_command
from django.urls import reverse

from careerguide.models import Career, CareerSkill, FAQEntry, Resource
from core import page_cache
from pathways.models import Pathway
from progress import services
from progress.models import Learner
from skills.models import Skill

pytestmark = pytest.mark.django_db

COPIES = 9  # besides the original: ten times the content

# The page, and its queries when first rendered with every cache empty (each page's own tests
# say which is which); the content version, part of every cached page's key, is one of them.
PUBLIC_PAGES = {
    "guide": ("/", 6),
    "skill": ("/skills/devops-ci-cd/", 9),
    "pathway": ("/pathways/personal-projects/", 5),
    "faq": ("/faq/", 3),
    "resources": ("/resources/", 4),
    "compare": ("/pathways/compare/", 2),
    "skills list": ("/skills/", 2),
    "pathways list": ("/pathways/", 2),
    # Search is never page-cached: the full-text query, with snippets (no content version, no session).
    "search": ("/search/?q=kubernetes", 1),
    # Nothing matched: the full-text query, the close-match query and the skills to suggest.
    "search, nothing found": ("/search/?q=qwertyuiop", 3),
}


def tenfold() -> None:
    career = Career.objects.get()
    for skill in list(Skill.objects.all()):
        target = CareerSkill.objects.get(career=career, skill=skill).target_level
        prerequisites = list(skill.prerequisites.all())
        for copy in range(1, COPIES + 1):
            clone = Skill.objects.get(pk=skill.pk)
            clone.pk, clone.slug, clone.name = None, f"{skill.slug}-{copy}", f"{skill.name} {copy}"
            clone.save()
            clone.prerequisites.set(prerequisites)
            CareerSkill.objects.create(career=career, skill=clone, target_level=target, order=100 + copy)
    for pathway in list(Pathway.objects.all()):
        steps = list(pathway.steps.all())
        skills, careers = list(pathway.skills.all()), list(pathway.careers.all())
        for copy in range(1, COPIES + 1):
            clone = Pathway.objects.get(pk=pathway.pk)
            clone.pk, clone.slug, clone.name = None, f"{pathway.slug}-{copy}", f"{pathway.name} {copy}"
            clone.save()
            clone.skills.set(skills)
            clone.careers.set(careers)
            for step in steps:
                step.pk, step.pathway = None, clone
                step.save()
    for entry in list(FAQEntry.objects.all()):
        for copy in range(1, COPIES + 1):
            entry.pk, entry.question = None, f"{entry.question} ({copy})"
            entry.save()
    for resource in list(Resource.objects.all()):
        skills, pathways = list(resource.skills.all()), list(resource.pathways.all())
        for copy in range(1, COPIES + 1):
            clone = Resource.objects.get(pk=resource.pk)
            clone.pk, clone.title = None, f"{resource.title} {copy}"
            clone.save()
            clone.skills.set(skills)
            clone.pathways.set(pathways)


def empty_caches() -> None:
    """Nothing cached: not the pages, the content version or the session."""
    page_cache.clear()


@pytest.fixture
def seeded():
    call_command("load_guide", verbosity=0)


def count(client, url, django_assert_num_queries, expected):
    with django_assert_num_queries(expected):
        response = client.get(url)
    assert response.status_code == 200, url
    return response


def test_public_pages_keep_their_query_count(client, seeded, django_assert_num_queries):
    seeded_sizes = [model.objects.count() for model in (Skill, Pathway, FAQEntry, Resource)]
    for size in ("seeded", "tenfold"):
        if size == "tenfold":
            tenfold()
            assert [model.objects.count() for model in (Skill, Pathway, FAQEntry, Resource)] == [
                10 * n for n in seeded_sizes
            ]
        for url, expected in PUBLIC_PAGES.values():
            empty_caches()
            count(client, url, django_assert_num_queries, expected)


@pytest.mark.parametrize("size", ["seeded", "tenfold"])
def test_the_dashboard_keeps_its_query_count(client, alice, seeded, size, django_assert_num_queries):
    if size == "tenfold":
        tenfold()
    learner = Learner.objects.create(user=alice)
    for skill in Skill.objects.all():
        services.progress_update(learner=learner, skill=skill, changes={"level": 2, "notes": "n"})
    for pathway in Pathway.objects.all()[:3]:
        services.plan_set(learner=learner, pathway=pathway, following=True)
        for step in pathway.steps.all():
            services.step_set(learner=learner, step=step, done=True)
    client.force_login(alice)
    empty_caches()
    # As tests/progress/test_dashboard.py counts them: the session, the user with their learner (and
    # its version) and the content version (with every cache empty), then the page's 10.
    with django_assert_num_queries(3 + 10):
        response = client.get(reverse("progress:dashboard"))
    assert response.status_code == 200
    assert len(response.context["items"]) == Skill.objects.count()
