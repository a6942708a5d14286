import re

import pytest
from django.urls import reverse

from core.content import Status
from pathways.models import PathwayFormat
from tests.factories import PathwayFactory, PathwayStepFactory, ResourceFactory, SkillFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def bootcamp(db):
    return PathwayFactory(
        name="Bootcamp",
        slug="bootcamp",
        summary="Intensive, short-term training.",
        body="Twelve weeks of *hands-on* work.",
        suits="Career changers.",
        format=PathwayFormat.HYBRID,
        duration_min_months=3,
        duration_max_months=3,
        cost_min_usd=8000,
        cost_max_usd=15000,
        credential="Certificate of completion",
        pros="- Fast\n- Practical",
        cons="- Expensive",
    )


def _url(pathway):
    return reverse("pathways:detail", kwargs={"slug": pathway.slug})


def _build_related(pathway, n=1):
    for i in range(n):
        PathwayStepFactory(pathway=pathway, title=f"Step number {i}", description="Do the *thing*.")
        pathway.skills.add(SkillFactory(name=f"Docker {i}"))
        ResourceFactory(title=f"Course {i}").pathways.add(pathway)


def test_it_shows_the_pathway(client, bootcamp):
    response = client.get(_url(bootcamp))
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Bootcamp</h1>" in html
    assert "Intensive, short-term training." in html
    assert "<em>hands-on</em>" in html
    assert "Career changers." in html
    assert "<dt>Duration</dt><dd>3 months</dd>" in html
    assert "<dt>Cost</dt><dd>$8,000–$15,000</dd>" in html
    assert "<dt>Format</dt><dd>Online or in person</dd>" in html
    assert "<dt>Credential</dt><dd>Certificate of completion</dd>" in html
    assert "<li>Practical</li>" in html
    assert "<li>Expensive</li>" in html


def test_it_shows_steps_in_order_skills_and_resources(client, bootcamp):
    _build_related(bootcamp, n=2)
    html = client.get(_url(bootcamp)).content.decode()
    first, second = bootcamp.steps.all()
    assert f'<li id="step-{first.pk}"' in html
    assert html.index("Step number 0") < html.index("Step number 1")
    assert "<em>thing</em>" in html
    assert "Docker 0" in html
    assert "Course 0" in html


def test_it_leaves_out_draft_skills_and_resources(client, bootcamp):
    bootcamp.skills.add(SkillFactory(name="Secret skill", status=Status.DRAFT))
    ResourceFactory(title="Secret resource", status=Status.DRAFT).pathways.add(bootcamp)
    html = client.get(_url(bootcamp)).content.decode()
    assert "Secret" not in html


def test_it_404s_for_an_unknown_pathway(client):
    assert client.get(reverse("pathways:detail", kwargs={"slug": "lottery"})).status_code == 404


def test_it_404s_for_a_draft_for_anonymous_and_learners(client, alice):
    draft = PathwayFactory(status=Status.DRAFT)
    assert client.get(_url(draft)).status_code == 404
    client.force_login(alice)
    assert client.get(_url(draft)).status_code == 404


def test_it_previews_a_draft_for_staff(client, editor):
    draft = PathwayFactory(status=Status.DRAFT)
    client.force_login(editor)
    response = client.get(_url(draft))
    assert response.status_code == 200
    assert "Draft preview - not visible to readers" in response.content.decode()


def _get_pathway_counting_queries(client, pathway, django_assert_num_queries):
    # 1 the pathway
    # 2 its steps
    # 3 the published skills it builds
    # 4 its published resources
    # and first: the content version, part of the page cache's key (a miss here: the cache starts empty)
    with django_assert_num_queries(5):
        response = client.get(_url(pathway))
    assert response.status_code == 200
    return response


def test_it_does_a_fixed_number_of_queries(client, bootcamp, django_assert_num_queries):
    _build_related(bootcamp)
    _get_pathway_counting_queries(client, bootcamp, django_assert_num_queries)


def test_its_query_count_does_not_grow_with_content(client, bootcamp, django_assert_num_queries):
    _build_related(bootcamp, n=5)
    response = _get_pathway_counting_queries(client, bootcamp, django_assert_num_queries)
    assert "Step number 4" in response.content.decode()


# The list


def test_the_list_shows_published_pathways(client, bootcamp):
    PathwayFactory(name="Secret pathway", status=Status.DRAFT)
    response = client.get(reverse("pathways:list"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Bootcamp" in html
    assert "$8,000–$15,000" in html
    assert "Secret" not in html
    assert reverse("pathways:compare") in html


def test_the_list_does_one_query(client, django_assert_num_queries):
    PathwayFactory.create_batch(5)
    # 1 the published pathways
    # and first: the content version, part of the page cache's key (a miss here: the cache starts empty)
    with django_assert_num_queries(2):
        assert client.get(reverse("pathways:list")).status_code == 200


# The comparison table


def test_compare_is_a_table_of_published_pathways(client, bootcamp):
    bootcamp.skills.add(SkillFactory(), SkillFactory(), SkillFactory(status=Status.DRAFT))
    PathwayFactory(name="Secret pathway", status=Status.DRAFT)
    response = client.get(reverse("pathways:compare"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "<caption" in html
    assert '<th scope="col">Skills built</th>' in html
    assert '<th scope="row"><a href="/pathways/bootcamp/">Bootcamp</a></th>' in html
    assert html.count('<ul class="compare__skills">') == 1
    listed = re.findall(r'<ul class="compare__skills">(.*?)</ul>', html)[0]
    assert listed.count("<li>") == 2  # the draft skill is not listed
    assert 'tabindex="0" role="region" aria-labelledby="compare-caption"' in html
    assert "Secret" not in html


def _get_compare_counting_queries(client, django_assert_num_queries):
    # 1 the published pathways, 2 the published skills each builds
    # and first: the content version, part of the page cache's key (a miss here: the cache starts empty)
    with django_assert_num_queries(3):
        response = client.get(reverse("pathways:compare"))
    assert response.status_code == 200
    return response


def test_compare_does_a_fixed_number_of_queries(client, django_assert_num_queries):
    PathwayFactory().skills.add(SkillFactory())
    _get_compare_counting_queries(client, django_assert_num_queries)


def test_compare_query_count_does_not_grow_with_content(client, django_assert_num_queries):
    for _ in range(5):
        PathwayFactory().skills.add(*SkillFactory.create_batch(5))
    response = _get_compare_counting_queries(client, django_assert_num_queries)
    assert response.content.decode().count('<ul class="compare__skills"><li>') == 5
