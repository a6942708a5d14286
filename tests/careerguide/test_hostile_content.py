"""Hostile text in editors' content and in search queries is shown as text, never run (see tests/hostile.py)."""

import json
import re

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from careerguide.models import Resource, ResourceKind
from tests.factories import (
    CareerFactory,
    CareerSkillFactory,
    FAQEntryFactory,
    PathwayFactory,
    PathwayStepFactory,
    ResourceFactory,
    SkillFactory,
)
from tests.hostile import (
    CONTENT_PAYLOADS,
    JSON_LD,
    MARKDOWN_LINKS,
    PAYLOADS,
    assert_inert,
    get_without_server_error,
)

pytestmark = pytest.mark.django_db


def _hostile_content(payload: str) -> None:
    career = CareerFactory(
        name="ML Ops Engineer", slug="ml-ops-engineer", is_default=True, tagline=payload[:200], introduction=payload
    )
    skill = SkillFactory(
        name="Hostile skill",
        slug="hostile-skill",
        summary=payload[:300],
        body=payload,
        why_it_matters=MARKDOWN_LINKS,
        what_to_learn=payload,
        tools=f"- {payload}",
        rubric_level_2=payload,
    )
    CareerSkillFactory(career=career, skill=skill)
    pathway = PathwayFactory(
        name="Hostile pathway",
        slug="hostile-pathway",
        summary=payload[:300],
        body=payload + "\n\n" + MARKDOWN_LINKS,
        cost_note=payload[:200],
        careers=[career],
    )
    pathway.skills.add(skill)
    PathwayStepFactory(pathway=pathway, title=payload[:200], description=payload)
    FAQEntryFactory(
        career=career, question=("Hostile question " + payload)[:300], answer=payload + "\n\n" + MARKDOWN_LINKS
    )
    resource = ResourceFactory(
        title=("Hostile resource " + payload)[:200], description=payload, provider=payload[:200], kind=ResourceKind.TOOL
    )
    resource.skills.add(skill)


CONTENT_PAGES = [
    "/",
    "/skills/",
    "/skills/hostile-skill/",
    "/pathways/",
    "/pathways/hostile-pathway/",
    "/pathways/compare/",
    "/faq/",
    "/careers/ml-ops-engineer/faq/",
    "/resources/",
    "/resources/?kind=tool",
    "/search/?q=hostile",
]


@pytest.mark.parametrize("payload", CONTENT_PAYLOADS.values(), ids=CONTENT_PAYLOADS.keys())
def test_hostile_content_is_shown_as_text_on_every_page(client, payload):
    _hostile_content(payload)
    for url in CONTENT_PAGES:
        response = get_without_server_error(client, url)
        assert response.status_code == 200, url
        assert_inert(response.content.decode())


def test_content_text_is_escaped_not_dropped(client):
    _hostile_content('"><img src=x onerror=alert(1)>')
    html = client.get("/skills/hostile-skill/").content.decode()
    assert "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;" in html
    html = client.get("/search/?q=hostile").content.decode()
    assert "Hostile skill</a>" in html and "Hostile question" in html and "Hostile resource" in html


def test_template_syntax_in_content_is_not_evaluated(client):
    _hostile_content("{{ 7*7 }} {% now 'Y' %}")
    html = client.get("/skills/hostile-skill/").content.decode()
    assert "{{ 7*7 }} {% now &#x27;Y&#x27; %}" in html


@pytest.mark.parametrize("payload", CONTENT_PAYLOADS.values(), ids=CONTENT_PAYLOADS.keys())
def test_the_faq_json_ld_keeps_hostile_text_inside_valid_json(client, payload):
    _hostile_content(payload)
    html = client.get("/faq/").content.decode()
    [block] = JSON_LD.findall(html)
    data = json.loads(block)
    [entry] = data["mainEntity"]
    assert entry["name"] == ("Hostile question " + payload)[:300]
    answer = entry["acceptedAnswer"]["text"]
    assert answer.endswith("click click click raw data")  # the Markdown links' text, without their targets
    assert not re.search(r"<(script|img|svg)", answer, re.IGNORECASE)


def test_markdown_script_links_are_stripped_but_their_text_kept(client):
    _hostile_content("Plain words.")
    html = client.get("/skills/hostile-skill/").content.decode()
    assert_inert(html)
    why = html.split('id="why-heading"')[1].split("</section>")[0]
    assert re.findall(r"<a [^>]*>", why) == ['<a rel="noopener noreferrer nofollow">'] * 5
    assert re.findall(r"<a [^>]*>(\w+)</a>", why) == ["click", "click", "click", "raw", "data"]
    for url in ("/faq/", "/pathways/hostile-pathway/"):
        page = client.get(url).content.decode()
        assert "javascript:" not in page.lower().replace("&#58;", ":")


def test_the_admin_refuses_a_script_url_for_a_resource():
    resource = Resource(title="Bad", url="javascript:alert(1)", kind=ResourceKind.TOOL)
    with pytest.raises(ValidationError) as error:
        resource.full_clean()
    assert "url" in error.value.message_dict


# Search


@pytest.mark.parametrize("payload", PAYLOADS.values(), ids=PAYLOADS.keys())
def test_hostile_search_queries_are_shown_as_text(client, payload):
    _hostile_content("Some content.")
    response = get_without_server_error(client, reverse("guide:search"), data={"q": payload})
    assert response.status_code == 200
    html = response.content.decode()
    assert_inert(html)
    assert "\x00" not in html
