import json
import re

import pytest
from django.urls import reverse

from core.content import Status
from tests.factories import CareerFactory, FAQEntryFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def career(db):
    return CareerFactory(name="ML Ops Engineer", slug="ml-ops-engineer", is_default=True)


def _url(career):
    return reverse("guide:faq", kwargs={"slug": career.slug})


def _json_ld(html: str) -> dict:
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert len(blocks) == 1
    return json.loads(blocks[0])


def test_it_shows_every_published_entry(client, career):
    entries = [FAQEntryFactory(career=career, question=f"Question {i}?", answer=f"Answer *{i}*.") for i in range(7)]
    FAQEntryFactory(career=career, question="Secret question?", status=Status.DRAFT)
    response = client.get(_url(career))
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>ML Ops Engineer: frequently asked questions</h1>" in html
    for entry in entries:
        assert f'id="faq-{entry.pk}"' in html
        assert f'href="#faq-{entry.pk}"' in html
    assert "<em>6</em>" in html
    assert "Secret" not in html


def test_faq_default_shows_the_default_career(client, career):
    FAQEntryFactory(career=career, question="Do I need a degree?")
    FAQEntryFactory(career=CareerFactory(), question="Other career's question?")
    response = client.get(reverse("guide:faq_default"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Do I need a degree?" in html
    assert "Other career" not in html


def test_faq_default_without_a_published_career_is_an_empty_state(client):
    response = client.get(reverse("guide:faq_default"))
    assert response.status_code == 200
    assert "No guide published yet" in response.content.decode()


def test_it_has_faqpage_json_ld_in_plain_text(client, career):
    FAQEntryFactory(career=career, question="Is it hard?", answer="It is **hard** but [worth it](https://example.com).")
    data = _json_ld(client.get(_url(career)).content.decode())
    assert data["@type"] == "FAQPage"
    assert data["mainEntity"] == [
        {
            "@type": "Question",
            "name": "Is it hard?",
            "acceptedAnswer": {"@type": "Answer", "text": "It is hard but worth it."},
        }
    ]


def test_json_ld_cannot_be_broken_out_of(client, career):
    FAQEntryFactory(
        career=career,
        question="</script><script>alert('q')</script>?",
        answer="`</script><script>alert('a')</script>` & more",
    )
    html = client.get(_url(career)).content.decode()
    head = html.split("</head>", 1)[0]
    assert "<script>" not in head
    data = _json_ld(html)
    entry = data["mainEntity"][0]
    assert entry["name"] == "</script><script>alert('q')</script>?"
    assert entry["acceptedAnswer"]["text"] == "</script><script>alert('a')</script> & more"
    assert "\\u003C/script\\u003E" in head


def test_it_has_no_json_ld_without_entries(client, career):
    html = client.get(_url(career)).content.decode()
    assert "application/ld+json" not in html


def test_it_404s_for_an_unknown_career(client):
    assert client.get(reverse("guide:faq", kwargs={"slug": "astronaut"})).status_code == 404


def test_it_404s_for_a_draft_career_for_anonymous_and_learners(client, alice):
    draft = CareerFactory(status=Status.DRAFT)
    assert client.get(_url(draft)).status_code == 404
    client.force_login(alice)
    assert client.get(_url(draft)).status_code == 404


def test_it_previews_a_draft_career_for_staff(client, editor):
    draft = CareerFactory(status=Status.DRAFT)
    FAQEntryFactory(career=draft, question="Draft career question?")
    client.force_login(editor)
    response = client.get(_url(draft))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Draft preview - not visible to readers" in html
    assert "Draft career question?" in html


def _get_faq_counting_queries(client, career, django_assert_num_queries):
    # 1 the career
    # 2 its published entries
    # and first: the content version, part of the page cache's key (a miss here: the cache starts empty)
    with django_assert_num_queries(3):
        response = client.get(_url(career))
    assert response.status_code == 200
    return response


def test_it_does_a_fixed_number_of_queries(client, career, django_assert_num_queries):
    FAQEntryFactory(career=career)
    _get_faq_counting_queries(client, career, django_assert_num_queries)


def test_its_query_count_does_not_grow_with_content(client, career, django_assert_num_queries):
    FAQEntryFactory.create_batch(5, career=career)
    response = _get_faq_counting_queries(client, career, django_assert_num_queries)
    assert len(_json_ld(response.content.decode())["mainEntity"]) == 5
