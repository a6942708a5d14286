import re
from xml.etree import ElementTree

import pytest
from django.urls import reverse

from core.content import Status
from tests.factories import CareerFactory, FAQEntryFactory, PathwayFactory, SkillFactory

pytestmark = pytest.mark.django_db

SITEMAP_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


@pytest.fixture
def site_url(settings):
    settings.SITE_URL = "https://guide.example.org"
    return settings.SITE_URL


@pytest.fixture
def content(db):
    career = CareerFactory(
        name="ML Ops Engineer", slug="ml-ops-engineer", summary="Keep models running.", is_default=True
    )
    skill = SkillFactory(name="Kubernetes", slug="kubernetes", summary="Run containers at scale.")
    pathway = PathwayFactory(name="Bootcamp", slug="bootcamp", summary="Intensive training.", careers=[career])
    FAQEntryFactory(career=career)
    CareerFactory(slug="draft-career", status=Status.DRAFT)
    SkillFactory(slug="draft-skill", status=Status.DRAFT)
    PathwayFactory(slug="draft-pathway", status=Status.DRAFT)
    return career, skill, pathway


def _sitemap_locations(client) -> list[str]:
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ElementTree.fromstring(response.content)  # noqa: S314 - our own sitemap
    return [loc.text for loc in root.findall("sm:url/sm:loc", SITEMAP_NS)]


def test_the_sitemap_lists_published_pages_with_absolute_urls(client, content, site_url):
    locations = _sitemap_locations(client)
    for path in [
        "/",
        "/skills/",
        "/pathways/",
        "/pathways/compare/",
        "/faq/",
        "/resources/",
        "/skills/kubernetes/",
        "/pathways/bootcamp/",
    ]:
        assert site_url + path in locations
    # the default career's guide and FAQ are / and /faq/: their second addresses are left out
    assert site_url + "/careers/ml-ops-engineer/" not in locations
    assert site_url + "/careers/ml-ops-engineer/faq/" not in locations
    assert not [loc for loc in locations if "draft" in loc]
    assert all(loc.startswith(site_url + "/") for loc in locations)


def test_robots_txt(client, site_url):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines
    assert "Allow: /" in lines
    assert "Disallow: /admin/" in lines
    assert "Disallow: /accounts/" in lines
    assert "Sitemap: https://guide.example.org/sitemap.xml" in lines


def _head(client, url) -> str:
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode().split("</head>", 1)[0]


def _pages(content):
    career, skill, pathway = content
    return [
        ("/", "Keep models running."),
        (career.get_absolute_url(), "Keep models running."),
        (skill.get_absolute_url(), "Run containers at scale."),
        (pathway.get_absolute_url(), "Intensive training."),
        (reverse("skills:list"), None),
        (reverse("pathways:list"), None),
        (reverse("pathways:compare"), None),
        (reverse("guide:faq_default"), None),
        (reverse("guide:faq", kwargs={"slug": career.slug}), None),
        (reverse("guide:resources"), None),
        (reverse("guide:search"), None),
    ]


def test_every_page_has_title_description_canonical_and_open_graph(client, content, site_url):
    career = content[0]
    # the default career's guide and FAQ have two addresses each; both name the short one
    canonical = {career.get_absolute_url(): "/", reverse("guide:faq", kwargs={"slug": career.slug}): "/faq/"}
    for url, description in _pages(content):
        head = _head(client, url)
        assert '<html lang="en">' in head, url
        assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in head, url
        assert re.search(r"<title>[^<]+</title>", head), url
        assert f'<link rel="canonical" href="{site_url}{canonical.get(url, url)}">' in head, url
        assert f'<meta property="og:url" content="{site_url}{canonical.get(url, url)}">' in head, url
        assert '<meta property="og:title" content="' in head, url
        match = re.search(r'<meta name="description" content="([^"]+)">', head)
        assert match, url
        if description:
            assert match.group(1) == description
            assert f'<meta property="og:description" content="{description}">' in head


def test_the_canonical_link_leaves_out_the_query_string(client, content, site_url):
    head = _head(client, reverse("guide:resources") + "?kind=book&utm_source=x")
    assert f'<link rel="canonical" href="{site_url}/resources/">' in head


def test_the_guide_title_names_the_career(client, content):
    assert "<title>Becoming an ML Ops Engineer: skills and pathways | Career Guide</title>" in _head(client, "/")


def test_search_results_are_not_indexed(client, content):
    assert '<meta name="robots" content="noindex">' in _head(client, reverse("guide:search") + "?q=kubernetes")


def test_the_faq_page_has_json_ld(client, content):
    career, _, _ = content
    head = _head(client, reverse("guide:faq", kwargs={"slug": career.slug}))
    assert '<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage"' in head


def test_pages_have_no_inline_scripts_or_styles(client, content):
    # The CSP allows neither; a JSON-LD data block is not a script and is allowed.
    for url, _ in _pages(content):
        html = client.get(url).content.decode()
        assert " style=" not in html, url
        assert "<style" not in html, url
        for tag in re.findall(r"<script[^>]*>", html):
            assert 'type="application/ld+json"' in tag or " src=" in tag, (url, tag)
