"""Every page is served with a strict Content-Security-Policy and the other hardening headers.

The policy allows no inline script or style, so a page that used one would silently lose it
in the browser: these tests also read each page's HTML for inline scripts, styles and handlers.
"""

from html.parser import HTMLParser

import pytest
from django.urls import reverse

from skills.models import Skill

pytestmark = pytest.mark.django_db

PAGES = [
    "/",
    "/skills/programming-python/",
    "/pathways/personal-projects/",
    "/pathways/compare/",
    "/faq/",
    "/resources/",
    "/search/?q=x",
    "/progress/",
    "/accounts/login/",
    "/admin/login/",
]

CSP_DIRECTIVES = [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    "base-uri 'none'",
    "object-src 'none'",
]

EXPECTED_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
}


class InlineCodeFinder(HTMLParser):
    """Collects what a CSP without 'unsafe-inline' would block: inline scripts, styles and handlers."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "script" and not attributes.get("src") and attributes.get("type") != "application/ld+json":
            self.problems.append(f"inline <script> at line {self.getpos()[0]}")
        if tag == "style":
            self.problems.append(f"inline <style> at line {self.getpos()[0]}")
        for name, value in attrs:
            if name == "style":
                self.problems.append(f'style="{value}" on <{tag}> at line {self.getpos()[0]}')
            if name.startswith("on"):
                self.problems.append(f'{name}="{value}" on <{tag}> at line {self.getpos()[0]}')
            if name in ("href", "src", "action") and (value or "").strip().lower().startswith("javascript:"):
                self.problems.append(f'{name}="{value}" on <{tag}> at line {self.getpos()[0]}')

    handle_startendtag = handle_starttag


def inline_code(html: str) -> list[str]:
    finder = InlineCodeFinder()
    finder.feed(html)
    finder.close()
    return finder.problems


def csp_problems(policy: str) -> list[str]:
    directives = {part.strip() for part in policy.split(";")}
    problems = [f"missing {directive}" for directive in CSP_DIRECTIVES if directive not in directives]
    problems += [f"allows {word}" for word in ("'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'") if word in policy]
    problems += ["allows any origin (*)"] if "*" in policy.split() else []
    return problems


@pytest.mark.parametrize("url", PAGES)
def test_every_main_page_sends_the_headers_and_has_no_inline_code(client, seeded_guide, url):
    response = client.get(url)
    assert response.status_code == 200
    assert csp_problems(response["Content-Security-Policy"]) == []
    for name, value in EXPECTED_HEADERS.items():
        assert response.get(name) == value, name
    permissions = response["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()"):
        assert feature in permissions
    assert inline_code(response.content.decode()) == []


def test_a_learners_pages_have_no_inline_code(client, seeded_guide, alice):
    client.force_login(alice)
    skill = Skill.objects.get(slug="programming-python")
    client.post(reverse("progress:skill_update", args=[skill.slug]), {"level": "2", "notes": "Working on it"})
    client.post(reverse("progress:plan_update", args=["personal-projects"]), {"following": "1"})
    client.post(reverse("progress:share"), {"action": "enable"})
    urls = ["/", "/progress/", skill.get_absolute_url(), "/pathways/personal-projects/", "/accounts/"]
    urls += ["/progress/import/", "/progress/reset/", "/accounts/password/change/", "/accounts/delete/"]
    share_token = alice.learner.share_token
    urls.append(reverse("progress:shared", args=[share_token]))
    found = {}
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        assert csp_problems(response["Content-Security-Policy"]) == [], url
        if problems := inline_code(response.content.decode()):
            found[url] = problems
    assert found == {}


def test_the_error_pages_have_no_inline_code(client, seeded_guide):
    response = client.get("/no/such/page/")
    assert response.status_code == 404
    assert "default-src 'none'" in response["Content-Security-Policy"]
    assert inline_code(response.content.decode()) == []


def test_the_json_ld_block_is_the_only_inline_script_on_the_faq(client, seeded_guide):
    html = client.get("/faq/").content.decode()
    assert html.count('<script type="application/ld+json">') == 1


def test_static_files_get_nosniff_and_corp(client):
    response = client.get("/static/css/site.css")
    assert response.status_code == 200
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Cross-Origin-Resource-Policy"] == "same-origin"


def test_json_and_file_responses_get_the_headers_too(client, seeded_guide):
    client.post(reverse("progress:skill_update", args=["programming-python"]), {"level": "1"})
    for url in ("/healthz", "/progress/export.csv", "/progress/export.json", "/sitemap.xml", "/robots.txt"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert response["X-Content-Type-Options"] == "nosniff", url
        assert response["X-Frame-Options"] == "DENY", url
        assert "default-src 'none'" in response["Content-Security-Policy"], url


ADMIN_PAGES = [
    "/admin/",
    "/admin/skills/skill/",
    "/admin/careerguide/career/",
    "/admin/careerguide/faqentry/",
    "/admin/pathways/pathway/",
    "/admin/careerguide/resource/",
]


def test_the_admin_works_for_an_editor_under_the_policy(client, seeded_guide, editor):
    client.force_login(editor)
    for url in ADMIN_PAGES:
        response = client.get(url)
        assert response.status_code == 200, url
        assert "default-src 'none'" in response["Content-Security-Policy"], url


def test_a_skill_change_page_works_for_an_editor(client, seeded_guide, editor):
    client.force_login(editor)
    skill = Skill.objects.get(slug="programming-python")
    response = client.get(reverse("admin:skills_skill_change", args=[skill.pk]))
    assert response.status_code == 200
    assert response["X-Frame-Options"] == "DENY"
    assert client.get(reverse("admin:skills_skill_history", args=[skill.pk])).status_code == 200
    assert client.get(reverse("admin:skills_skill_add")).status_code == 200


def test_the_lazy_nonce_still_works():
    from csp.middleware import CSPMiddleware
    from django.http import HttpResponse
    from django.test import RequestFactory

    def view(request):
        assert not request.csp_nonce  # django-csp's "not evaluated yet"
        return HttpResponse(f"{request.csp_nonce} {request.csp_nonce}")

    request = RequestFactory().get("/")
    first, again = CSPMiddleware(view)(request).content.decode().split()
    assert first == again and len(first) >= 16


def test_a_report_only_policy_is_sent_beside_the_enforced_one(client, seeded_guide, settings):
    settings.CONTENT_SECURITY_POLICY_REPORT_ONLY = {"DIRECTIVES": {"default-src": ["'self'"]}}
    client.get("/")
    for response in (client.get("/"), client.get("/faq/")):  # a stored page, then one rendered
        assert response["Content-Security-Policy-Report-Only"] == "default-src 'self'"
        assert "default-src 'none'" in response["Content-Security-Policy"]


def test_excluded_url_prefixes_get_no_policy(client, seeded_guide, settings):
    settings.CONTENT_SECURITY_POLICY = {**settings.CONTENT_SECURITY_POLICY, "EXCLUDE_URL_PREFIXES": ["/faq/"]}
    client.get("/faq/")
    assert "Content-Security-Policy" not in client.get("/faq/")  # stored, and still excluded
    assert "Content-Security-Policy" in client.get("/skills/")
