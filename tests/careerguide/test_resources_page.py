import datetime

import pytest
from django.urls import reverse

from careerguide.models import Resource, ResourceKind
from core.content import Status
from tests.factories import ResourceFactory, SkillFactory

pytestmark = pytest.mark.django_db

URL = reverse("guide:resources")


@pytest.fixture
def resources(db):
    book = ResourceFactory(
        title="Designing Machine Learning Systems",
        url="https://example.com/dmls",
        kind=ResourceKind.BOOK,
        provider="O'Reilly",
        is_free=False,
        description="A book about *systems*.",
        verified_on=datetime.date(2025, 1, 31),
    )
    book.skills.add(SkillFactory(name="Model serving"), SkillFactory(name="Secret skill", status=Status.DRAFT))
    course = ResourceFactory(title="MLOps Zoomcamp", kind=ResourceKind.ONLINE_COURSE, is_free=True)
    ResourceFactory(title="Secret resource", status=Status.DRAFT)
    return book, course


def test_it_groups_published_resources_by_kind(client, resources):
    response = client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert html.index("Online courses") < html.index("MLOps Zoomcamp") < html.index("Books")
    assert html.index("Books") < html.index("Designing Machine Learning Systems")
    assert "Secret" not in html


def test_it_shows_each_resource(client, resources):
    book, _ = resources
    html = client.get(URL).content.decode()
    assert f'id="resource-{book.pk}"' in html
    assert '<a href="https://example.com/dmls" rel="external noopener">Designing Machine Learning Systems</a>' in html
    assert "O&#x27;Reilly" in html
    assert "A book about *systems*." in html  # a plain-text field, shown as written
    assert '<time datetime="2025-01-31">31 January 2025</time>' in html
    assert "Model serving</a>" in html
    assert '<span class="badge badge--paid">Paid</span>' in html
    assert '<span class="badge badge--free">Free</span>' in html


def test_it_has_a_labelled_filter_form(client, resources):
    html = client.get(URL).content.decode()
    assert '<label class="form-label" for="filter-kind">' in html
    assert '<label class="form-label" for="filter-cost">' in html
    assert '<button type="submit"' in html


def test_it_filters_by_kind(client, resources):
    response = client.get(URL, {"kind": "online_course"})
    html = response.content.decode()
    assert "MLOps Zoomcamp" in html
    assert "Designing Machine Learning Systems" not in html
    assert '<option value="online_course" selected>' in html


@pytest.mark.parametrize(
    ("cost", "shown", "hidden"), [("free", "MLOps Zoomcamp", "Designing"), ("paid", "Designing", "MLOps")]
)
def test_it_filters_by_cost(client, resources, cost, shown, hidden):
    html = client.get(URL, {"cost": cost}).content.decode()
    assert shown in html
    assert hidden not in html


@pytest.mark.parametrize("params", [{"kind": "podcast"}, {"cost": "cheap"}, {"kind": "<script>", "cost": "\x00"}])
def test_it_ignores_unknown_filters_with_a_notice(client, resources, params):
    response = client.get(URL, params)
    assert response.status_code == 200
    html = response.content.decode()
    assert "We did not recognise the" in html
    assert "MLOps Zoomcamp" in html and "Designing Machine Learning Systems" in html
    assert "<script>" not in html.split("<main", 1)[1]


def test_it_says_when_nothing_matches(client, resources):
    html = client.get(URL, {"kind": "conference"}).content.decode()
    assert "No resources match these filters." in html


def _get_resources_counting_queries(client, django_assert_num_queries):
    # 1 the published skills, for the skill filter
    # 2 the published resources
    # 3 the published skills they help with
    # and first: the content version, part of the page cache's key (a miss here: the cache starts empty)
    with django_assert_num_queries(4):
        response = client.get(URL)
    assert response.status_code == 200
    return response


def test_it_does_a_fixed_number_of_queries(client, resources, django_assert_num_queries):
    _get_resources_counting_queries(client, django_assert_num_queries)


def test_its_query_count_does_not_grow_with_content(client, django_assert_num_queries):
    for kind in ResourceKind.values:
        for resource in ResourceFactory.create_batch(5, kind=kind):
            resource.skills.add(*SkillFactory.create_batch(2))
    response = _get_resources_counting_queries(client, django_assert_num_queries)
    assert response.content.decode().count('class="resource"') == 5 * len(ResourceKind.values)


def test_it_filters_by_skill(client, resources):
    kubernetes = SkillFactory(name="Kubernetes", slug="kubernetes")
    helm = ResourceFactory(title="Helm docs")
    helm.skills.add(kubernetes)
    html = client.get(URL, {"skill": "kubernetes"}).content.decode()
    assert "<h1>Further resources for Kubernetes</h1>" in html
    assert "Helm docs" in html
    assert '<option value="kubernetes" selected>Kubernetes</option>' in html
    others = [r.title for r in Resource.objects.exclude(pk=helm.pk)]
    assert others and not any(f">{title}</a>" in html for title in others)


def test_an_unknown_skill_filter_is_named_and_ignored_and_never_cached(client, resources):
    response = client.get(URL, {"skill": "no-such-skill"})
    assert response.status_code == 404
    html = response.content.decode()
    assert "We did not recognise the skill filter" in html
    assert "<h1>Further resources</h1>" in html


def test_a_skill_filtered_page_is_cached_for_visitors(client, resources, django_assert_num_queries):
    SkillFactory(name="Kubernetes", slug="kubernetes")
    client.get(URL, {"skill": "kubernetes"})
    with django_assert_num_queries(1):  # the content version only: the page comes from the cache
        assert client.get(URL, {"skill": "kubernetes"}).status_code == 200
