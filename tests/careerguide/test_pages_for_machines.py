"""What crawlers, validators and link previews read: robots.txt, canonical addresses, the sitemap,
structured data, noindex on personal pages and machine-readable dates."""

import json
import re
from urllib.robotparser import RobotFileParser

import pytest
from django.conf import settings

from progress.models import Learner
from skills.models import Skill
from tests.factories import CareerFactory, TopicFactory
from tests.progress_helpers import make_career, make_pathway

pytestmark = pytest.mark.django_db


@pytest.fixture
def guide():
    career = make_career()  # "ML Ops Engineer", the default career
    make_pathway(careers=[career])
    return career


def canonical(html: str) -> str:
    return re.search(r'<link rel="canonical" href="([^"]+)">', html)[1]


def json_ld(html: str, kind: str) -> dict:
    blocks = [json.loads(b) for b in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)]
    return next(block for block in blocks if block["@type"] == kind)


def test_robots_txt_keeps_first_match_parsers_out_of_private_pages(client):
    robots = RobotFileParser()
    robots.parse(client.get("/robots.txt").content.decode().splitlines())
    for path in ("/admin/", "/accounts/login/", "/progress/", "/progress/export/json/"):
        assert not robots.can_fetch("*", path), path
    for path in ("/", "/skills/", "/skills/tech-0/", "/faq/", "/sitemap.xml"):
        assert robots.can_fetch("*", path), path


def test_the_default_careers_guide_and_faq_name_one_address_each(client, guide):
    site = settings.SITE_URL
    assert canonical(client.get("/").content.decode()) == f"{site}/"
    assert canonical(client.get(f"/careers/{guide.slug}/").content.decode()) == f"{site}/"
    assert canonical(client.get("/faq/").content.decode()) == f"{site}/faq/"
    assert canonical(client.get(f"/careers/{guide.slug}/faq/").content.decode()) == f"{site}/faq/"
    other = CareerFactory(slug="data-engineer", name="Data Engineer")
    assert canonical(client.get(f"/careers/{other.slug}/").content.decode()) == f"{site}/careers/{other.slug}/"


def test_the_sitemap_lists_the_default_career_once(client, guide):
    other = CareerFactory(slug="data-engineer", name="Data Engineer")
    sitemap = client.get("/sitemap.xml").content.decode()
    locations = re.findall(r"<loc>([^<]+)</loc>", sitemap)
    assert f"{settings.SITE_URL}/" in locations and f"{settings.SITE_URL}/faq/" in locations
    assert not [loc for loc in locations if f"/careers/{guide.slug}/" in loc]
    assert f"{settings.SITE_URL}/careers/{other.slug}/" in locations
    assert len(locations) == len(set(locations))


def test_the_faq_description_reads_as_english(client, guide):
    html = client.get("/faq/").content.decode()
    description = re.search(r'<meta name="description" content="([^"]+)">', html)[1]
    assert description == "Answers to common questions about becoming an ML Ops Engineer"


def test_skill_topic_and_pathway_pages_carry_their_breadcrumb_as_structured_data(client, guide):
    skill = Skill.objects.get(slug="tech-0")
    topic = TopicFactory(skill=skill, slug="first-topic", name="First topic")
    site = settings.SITE_URL
    crumbs = json_ld(client.get(skill.get_absolute_url()).content.decode(), "BreadcrumbList")["itemListElement"]
    assert [(c["position"], c["name"], c["item"]) for c in crumbs] == [
        (1, "Skills", f"{site}/skills/"),
        (2, skill.name, f"{site}{skill.get_absolute_url()}"),
    ]
    crumbs = json_ld(client.get(topic.get_absolute_url()).content.decode(), "BreadcrumbList")["itemListElement"]
    assert [c["name"] for c in crumbs] == ["Skills", skill.name, "First topic"]
    crumbs = json_ld(client.get("/pathways/personal-projects/").content.decode(), "BreadcrumbList")["itemListElement"]
    assert [c["item"] for c in crumbs] == [f"{site}/pathways/", f"{site}/pathways/personal-projects/"]


def test_the_dashboard_is_not_for_search_engines_and_its_dates_validate(client, guide):
    client.post("/progress/skills/tech-0/", {"status": "learning"})
    html = client.get("/progress/").content.decode()
    assert '<meta name="robots" content="noindex">' in html
    stamps = re.findall(r'<time datetime="([^"]+)">', html)
    assert stamps
    for stamp in stamps:  # a valid global date and time string: no fractions of a second
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d{4}", stamp), stamp
    assert Learner.objects.get().events.count() == len(stamps)  # one per change in its history


def test_visitors_are_told_how_long_their_progress_lasts(client, guide):
    days = settings.SESSION_COOKIE_AGE // 86400
    assert f"kept in this browser for {days} days" in client.get("/").content.decode()
    client.post("/progress/skills/tech-0/", {"status": "learning"})
    html = client.get("/progress/").content.decode()
    assert "browser session" not in html and f"kept in this browser for {days} days" in html


def test_every_page_offers_a_link_preview_image_served_by_the_site(client, guide):
    from django.contrib.staticfiles import finders

    for url in ("/", "/skills/tech-0/", "/faq/", "/pathways/"):
        html = client.get(url).content.decode()
        image = re.search(r'<meta property="og:image" content="([^"]+)">', html)[1]
        assert image.startswith(settings.SITE_URL + "/static/") and image.endswith(".png"), url
        assert '<meta property="og:image:width" content="1200">' in html
    path = finders.find("img/og-card.png")
    with open(path, "rb") as png:
        header = png.read(24)
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    assert (int.from_bytes(header[16:20], "big"), int.from_bytes(header[20:24], "big")) == (1200, 630)
