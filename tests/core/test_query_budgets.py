"""Every main page runs the same number of queries with the seeded guide and with ten times as much.

The guide is loaded as `make run` loads it (load_guide, the tests' shared seeded_guide), then every
skill, pathway (with its steps), FAQ entry and resource is copied nine times, with the copies linked as
the originals are (in the test's own transaction, so the next test finds the guide as loaded). Each
page is first rendered (the cache starts empty: the real work) with the counts pinned below, which are
the same at both sizes.
"""

import pytest
from django.urls import reverse

from careerguide.models import Career, CareerSkill, FAQEntry, Resource
from core import page_cache
from pathways.models import Pathway, PathwayStep
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
    "compare": ("/pathways/compare/", 3),
    "skills list": ("/skills/", 2),
    "pathways list": ("/pathways/", 2),
    # A search that finds something is stored like a page: the content version, then the full-text
    # query with its snippets (no session).
    "search": ("/search/?q=kubernetes", 2),
    # Nothing matched (never stored, but looked up like any search): the content version, the full-text
    # query, the close-match query and the skills to suggest.
    "search, nothing found": ("/search/?q=qwertyuiop", 4),
}


def copies(original, **suffixes: str) -> list:
    """COPIES unsaved copies of a row: in copy n, each named field ends with its suffix, formatted with n."""
    made = []
    for number in range(1, COPIES + 1):
        copy = type(original).objects.get(pk=original.pk)
        copy.pk = None
        for name, suffix in suffixes.items():
            setattr(copy, name, getattr(original, name) + suffix.format(number))
        made.append(copy)
    return made


def tenfold() -> None:
    """Nine copies of every skill, pathway (with its steps), FAQ entry and resource, linked as the originals.

    Written with bulk_create: the same rows as saving each copy, without the admin history and the
    content-version update each save and link adds (some 9,000 queries, a minute on PostgreSQL), which the
    counts below do not depend on: every cache is emptied before each page.
    """
    career = Career.objects.get()
    for skill in list(Skill.objects.all()):
        target = CareerSkill.objects.get(career=career, skill=skill).target_level
        prerequisites = list(skill.prerequisites.all())
        clones = Skill.objects.bulk_create(copies(skill, slug="-{}", name=" {}"))
        Skill.prerequisites.through.objects.bulk_create(
            Skill.prerequisites.through(from_skill=clone, to_skill=prerequisite)
            for clone in clones
            for prerequisite in prerequisites
        )
        CareerSkill.objects.bulk_create(
            CareerSkill(career=career, skill=clone, target_level=target, order=100 + number)
            for number, clone in enumerate(clones, start=1)
        )
    for pathway in list(Pathway.objects.all()):
        skills, careers, steps = list(pathway.skills.all()), list(pathway.careers.all()), list(pathway.steps.all())
        clones = Pathway.objects.bulk_create(copies(pathway, slug="-{}", name=" {}"))
        Pathway.skills.through.objects.bulk_create(
            Pathway.skills.through(pathway=clone, skill=skill) for clone in clones for skill in skills
        )
        Career.pathways.through.objects.bulk_create(
            Career.pathways.through(career=linked, pathway=clone) for clone in clones for linked in careers
        )
        for clone in clones:
            for step in steps:
                step.pk, step.pathway = None, clone
            PathwayStep.objects.bulk_create(steps)
    for entry in list(FAQEntry.objects.all()):
        FAQEntry.objects.bulk_create(copies(entry, question=" ({})"))
    for resource in list(Resource.objects.all()):
        skills, pathways = list(resource.skills.all()), list(resource.pathways.all())
        clones = Resource.objects.bulk_create(copies(resource, title=" {}"))
        Resource.skills.through.objects.bulk_create(
            Resource.skills.through(resource=clone, skill=skill) for clone in clones for skill in skills
        )
        Resource.pathways.through.objects.bulk_create(
            Resource.pathways.through(resource=clone, pathway=linked) for clone in clones for linked in pathways
        )


def empty_caches() -> None:
    """Nothing cached: not the pages, the content version or the session."""
    page_cache.clear()


def count(client, url, django_assert_num_queries, expected):
    with django_assert_num_queries(expected):
        response = client.get(url)
    assert response.status_code == 200, url
    return response


def assert_the_public_pages_query_counts(client, django_assert_num_queries) -> None:
    for url, expected in PUBLIC_PAGES.values():
        empty_caches()
        count(client, url, django_assert_num_queries, expected)


def test_public_pages_keep_their_query_count_with_the_seeded_guide(client, seeded_guide, django_assert_num_queries):
    assert_the_public_pages_query_counts(client, django_assert_num_queries)


def test_public_pages_keep_their_query_count_with_ten_times_the_content(
    client, seeded_guide, django_assert_num_queries
):
    seeded_sizes = [model.objects.count() for model in (Skill, Pathway, FAQEntry, Resource)]
    tenfold()
    assert [model.objects.count() for model in (Skill, Pathway, FAQEntry, Resource)] == [10 * n for n in seeded_sizes]
    assert_the_public_pages_query_counts(client, django_assert_num_queries)


def assert_the_dashboards_query_count(client, alice, django_assert_num_queries) -> None:
    learner = Learner.objects.create(user=alice)
    for skill in list(Skill.objects.all()):
        services.progress_update(learner=learner, skill=skill, changes={"level": 2, "notes": "n"})
    for pathway in Pathway.objects.all()[:3]:
        services.plan_set(learner=learner, pathway=pathway, following=True)
        for step in pathway.steps.all():
            services.step_set(learner=learner, step=step, done=True)
    client.force_login(alice)
    empty_caches()
    # As tests/progress/test_dashboard.py counts them: the session, the user with their learner (and
    # its version) and the content version (with every cache empty), then the page's 10: the content
    # version again (read each time inside a test's transaction, at most once a second outside one) for
    # the guide's skills, which come from this process's copy once read (3 queries the first time),
    # the learner's rows and the plan's two.
    with django_assert_num_queries(3 + 10):
        response = client.get(reverse("progress:dashboard"))
    assert response.status_code == 200
    assert len(response.context["items"]) == Skill.objects.count()


def test_the_dashboard_keeps_its_query_count_with_the_seeded_guide(
    client, alice, seeded_guide, django_assert_num_queries
):
    assert_the_dashboards_query_count(client, alice, django_assert_num_queries)


def test_the_dashboard_keeps_its_query_count_with_ten_times_the_content(
    client, alice, seeded_guide, django_assert_num_queries
):
    tenfold()
    assert_the_dashboards_query_count(client, alice, django_assert_num_queries)
