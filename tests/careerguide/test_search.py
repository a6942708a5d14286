import pytest
from django.urls import reverse

from careerguide.models import ResourceKind
from careerguide.selectors import search_terms
from core.content import Status
from tests.factories import CareerFactory, FAQEntryFactory, PathwayFactory, ResourceFactory, SkillFactory

pytestmark = pytest.mark.django_db

URL = reverse("guide:search")


@pytest.fixture
def content(db):
    SkillFactory(name="Kubernetes", summary="Orchestrate containers.", tools="Helm and kubectl")
    SkillFactory(name="Docker", summary="Build container images.", what_to_learn="Multi-stage builds")
    PathwayFactory(name="Bootcamp", summary="Intensive training.", body="Lots of Kubernetes practice.")
    FAQEntryFactory(question="Do I need Kubernetes?", answer="Eventually, yes.")
    ResourceFactory(title="Kubernetes Up and Running", provider="O'Reilly", kind=ResourceKind.BOOK)
    SkillFactory(name="Secret Kubernetes skill", status=Status.DRAFT)
    PathwayFactory(name="Secret Kubernetes pathway", status=Status.DRAFT)
    FAQEntryFactory(question="Secret Kubernetes question?", status=Status.DRAFT)
    FAQEntryFactory(question="Secret Kubernetes career question?", career=CareerFactory(status=Status.DRAFT))
    ResourceFactory(title="Secret Kubernetes resource", status=Status.DRAFT)


def test_it_finds_published_content_of_every_type(client, content):
    response = client.get(URL, {"q": "kubernetes"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "4 results for <q>kubernetes</q>" in html
    assert 'Skills <span class="count">(1)</span>' in html
    assert 'Pathways <span class="count">(1)</span>' in html
    assert 'Questions <span class="count">(1)</span>' in html
    assert 'Resources <span class="count">(1)</span>' in html
    assert "Secret" not in html


def test_every_term_must_match_somewhere_in_the_item(client, content):
    html = client.get(URL, {"q": "helm ORCHESTRATE"}).content.decode()
    assert "1 result for" in html
    assert "Kubernetes</a>" in html
    html = client.get(URL, {"q": "helm docker"}).content.decode()
    assert "0 results for" in html
    assert "Nothing matched every word" in html


def test_it_searches_what_to_learn_and_provider(client, content):
    assert "Docker</a>" in client.get(URL, {"q": "multi-stage"}).content.decode()
    assert "Kubernetes Up and Running</a>" in client.get(URL, {"q": "reilly"}).content.decode()


def test_an_empty_query_is_a_helpful_page(client, content):
    response = client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Try a skill" in html
    assert "?q=Kubernetes" in html
    assert reverse("skills:list") in html and reverse("pathways:list") in html
    assert "Secret" not in html


def test_one_letter_terms_are_ignored(client, content):
    html = client.get(URL, {"q": "k"}).content.decode()
    assert "Type a word of two letters or more" in html


@pytest.mark.parametrize(
    "junk",
    ["%00", "\x00kubernetes\x00", "k" * 10_000, "<script>alert(1)</script>", "' OR 1=1 --", "%_%", "\\", "🙂 " * 300],
)
def test_junk_is_harmless(client, content, junk):
    response = client.get(URL, {"q": junk})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert(1)" not in html
    assert "\x00" not in html


def test_a_nul_byte_in_the_address_is_harmless(client, content):
    response = client.get(URL + "?q=%00kube%00rnetes%00")
    assert response.status_code == 200
    assert "4 results for <q>kubernetes</q>" in response.content.decode()  # the NULs are dropped


def test_a_script_query_is_escaped(client, content):
    html = client.get(URL, {"q": "<script>alert(1)</script>"}).content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_the_header_has_a_labelled_search_form(client, content):
    html = client.get(reverse("skills:list")).content.decode()
    assert 'role="search"' in html
    assert '<label for="site-search-q"' in html


def test_search_terms_are_cleaned_and_capped():
    assert search_terms("  a  Docker\x00 docker k8s ") == ("a Docker docker k8s", ["Docker", "k8s"])
    query, terms = search_terms("x" * 10_000)
    assert len(query) == 200
    assert terms == ["x" * 200]
    _, terms = search_terms(" ".join(f"term{i}" for i in range(20)))
    assert terms == [f"term{i}" for i in range(8)]


def _search_counting_queries(client, django_assert_num_queries):
    # 1 skills, 2 pathways, 3 FAQ entries (with their career), 4 resources
    with django_assert_num_queries(4):
        response = client.get(URL, {"q": "kubernetes"})
    assert response.status_code == 200
    return response


def test_it_does_a_fixed_number_of_queries(client, content, django_assert_num_queries):
    _search_counting_queries(client, django_assert_num_queries)


def test_its_query_count_does_not_grow_with_content(client, content, django_assert_num_queries):
    for _ in range(5):
        SkillFactory(summary="More Kubernetes.")
        PathwayFactory(summary="More Kubernetes.")
        FAQEntryFactory(question="More Kubernetes?")
        ResourceFactory(description="More Kubernetes.")
    response = _search_counting_queries(client, django_assert_num_queries)
    assert "24 results" in response.content.decode()


def test_an_empty_query_does_one_query(client, content, django_assert_num_queries):
    # 1 a few published skills to suggest
    with django_assert_num_queries(1):
        assert client.get(URL).status_code == 200
