"""Crawl the real guide as a visitor, a learner and an editor, then throw junk at every URL found.

No request may end in a server error. The client turns exceptions into 500 responses
(raise_request_exception=False), and every failure is collected before the assertion, so one
run lists them all. Run with -n 0 -s (in one process: pytest-xdist shows no worker's output) to see how
many requests were sent.
"""

from __future__ import annotations

import re
from collections import Counter, deque
from html.parser import HTMLParser
from urllib.parse import urldefrag, urljoin, urlsplit

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import Resolver404, resolve

from pathways.models import Pathway, PathwayStep
from progress import services
from skills.models import Skill
from tests.progress_helpers import account_learner

# Minutes of requests, the same on any database: CI runs it once (the ops marker, see .ci/run).
pytestmark = [pytest.mark.django_db, pytest.mark.ops]

MAX_URLS_PER_PERSONA = 300
MAX_PER_SHAPE = 8
MAX_QUERIES_PER_PATH = 3
MAX_JUNKED_PER_VIEW = 2
SITE_HOSTS = {"testserver", urlsplit(settings.SITE_URL).netloc}
# Never followed: static files are WhiteNoise's, and the logout URLs end the session being crawled.
SKIPPED_PREFIXES = ("/static/", "/admin/logout/", "/accounts/logout/")
EXPECTED_STATUSES = {200, 301, 302, 404}

JUNK_QUERIES = [
    "q=%00",
    "kind=%3Cscript%3E",
    "cost=9999999999999999999999",
    "page=-1",
    "o=-1.x&p=999999999999&_changelist_filters=%00",
    "q=" + "x" * 5000,
]
MALFORMED_URLS = [
    "/progress/steps/99999999999999999999/",
    "/progress/steps/-1/",
    "/progress/shared/" + "a" * 200 + "/",
    # A NUL in a share token: see tests/progress/test_hostile_input.py::test_a_nul_byte_in_a_share_token_is_a_404.
    "/progress/skills/%00/",
    "/progress/pathways/" + "x" * 300 + "/",
    "/progress/export.%00",
    "/progress/export." + "x" * 1000,
    "/skills/%00/",
    "/skills/" + "s" * 1000 + "/",
    "/pathways/..%2F..%2Fetc/",
    "/pathways/%2e%2e/%2e%2e/etc/passwd",
    "/careers/%00/faq/",
    "/careers/" + "c" * 500 + "/",
    "/accounts/password/reset/%00/%00/",
    "/accounts/password/reset/MQ/set-password/",
    "/accounts/password/reset/" + "u" * 300 + "/" + "t" * 300 + "/",
    "/admin/skills/skill/99999999999999999999/change/",
    "/admin/skills/skill/%00/change/",
    "/admin/r/99999999/1/",
    "/%E0%A4%A",
    "/" + "%C0%AF" * 50,
]

_run_totals = {"requests": 0, "server_errors": 0}


class LinkFinder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            href = dict(attrs).get("href")
            if href:
                self.links.append(href)


class Crawler:
    """A test client that counts every request and remembers every unexpected answer."""

    def __init__(self, client: Client, persona: str):
        self.client = client
        self.persona = persona
        self.requests = 0
        self.failures: list[str] = []

    def send(self, method: str, url: str, expected=None, **kwargs):
        response = getattr(self.client, method)(url, **kwargs)
        self.requests += 1
        _run_totals["requests"] += 1
        status = response.status_code
        if status >= 500:
            _run_totals["server_errors"] += 1
        if status >= 500 or (expected is not None and status not in expected):
            body = f" with {str(kwargs['data'])[:120]}" if isinstance(kwargs.get("data"), dict) else ""
            self.failures.append(f"{self.persona}: {method.upper()} {url[:200]}{body} -> {status}")
        return response

    def report(self) -> None:
        print(f"\ncrawler ({self.persona}): {self.requests} requests, {len(self.failures)} failures")


def _local_path(href: str, base: str) -> str | None:
    """The same-site path (with query) an href leads to, or None for links we do not follow."""
    if href.startswith(("mailto:", "tel:", "#")):
        return None
    parts = urlsplit(urljoin(base, href))
    if parts.scheme not in ("http", "https", "") or (parts.netloc and parts.netloc not in SITE_HOSTS):
        return None
    path = urldefrag(parts.path + (f"?{parts.query}" if parts.query else ""))[0]
    if not path.startswith("/") or path.startswith(SKIPPED_PREFIXES):
        return None
    return path


def sitemap_paths(client: Client) -> list[str]:
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    locs = re.findall(r"<loc>(.*?)</loc>", response.content.decode())
    assert locs, "the sitemap lists no URLs"
    assert all(loc.startswith(settings.SITE_URL + "/") for loc in locs)
    return [loc.removeprefix(settings.SITE_URL) for loc in locs]


def _shape(path: str) -> str:
    """/admin/skills/skill/7/change/?o=1 and /admin/skills/skill/8/change/ have the same shape."""
    return re.sub(r"\d+", "N", path.split("?", 1)[0])


def crawl(crawler: Crawler, starts: list[str], limit: int = MAX_URLS_PER_PERSONA) -> dict[str, int]:
    """Breadth-first over same-site links; returns each URL visited with its status.

    A few URLs of each shape are enough (the admin's sort links alone would fill any cap), so the
    budget reaches every kind of page: at most MAX_PER_SHAPE of a shape, MAX_QUERIES_PER_PATH of a path.
    """
    seen: dict[str, int] = {}
    per_shape: Counter = Counter()
    per_path: Counter = Counter()
    queue = deque(starts)
    while queue and len(seen) < limit:
        url = queue.popleft()
        path = url.split("?", 1)[0]
        if url in seen or per_shape[_shape(url)] >= MAX_PER_SHAPE:
            continue
        if "?" in url and per_path[path] >= MAX_QUERIES_PER_PATH:
            continue
        per_shape[_shape(url)] += 1
        per_path[path] += "?" in url
        response = crawler.send("get", url, expected=EXPECTED_STATUSES)
        seen[url] = response.status_code
        if response.status_code in (301, 302):
            target = _local_path(response["Location"], url)
            if target and target not in seen:
                queue.append(target)
            continue
        if response.status_code != 200 or not response.get("Content-Type", "").startswith("text/html"):
            continue
        finder = LinkFinder()
        finder.feed(response.content.decode())
        for href in finder.links:
            target = _local_path(href, url)
            if target and target not in seen:
                queue.append(target)
    return seen


def _client(user=None, *, csrf: bool = False) -> Client:
    client = Client(raise_request_exception=False, enforce_csrf_checks=csrf)
    if user is not None:
        client.force_login(user)
    return client


@pytest.fixture(scope="module", autouse=True)
def _print_totals():
    yield
    print(f"\ncrawler: {_run_totals['requests']} requests, {_run_totals['server_errors']} server errors")


@pytest.fixture
def learner(seeded_guide, alice):
    """alice, logged in elsewhere, with progress, a followed pathway, a ticked step and a share link."""
    learner = account_learner(alice)
    for slug, level in (("programming-python", 3), ("machine-learning", 1), ("communication", 2)):
        services.progress_update(
            learner=learner,
            skill=Skill.objects.get(slug=slug),
            changes={"level": level, "notes": "Practising.", "evidence_links": "https://example.com/repo"},
        )
    pathway = Pathway.objects.get(slug="personal-projects")
    services.plan_set(learner=learner, pathway=pathway, following=True)
    services.step_set(learner=learner, step=pathway.steps.first(), done=True)
    services.secret_link_enable(learner=learner, link="share")
    return alice


def _assert_clean(crawler: Crawler) -> None:
    crawler.report()
    assert crawler.failures == [], "\n".join(crawler.failures)


def _paths_to_junk(visited: dict[str, int], prefix: str = "/") -> list[str]:
    """The distinct paths a crawl reached, without queries, at most MAX_JUNKED_PER_VIEW of each view.

    Junk queries and methods reach a view the same way whatever object its address names (a skill, a
    topic, an admin change page), so a few objects of each view will do; every view is still junked.
    """
    by_view: dict[str, list[str]] = {}
    for url in sorted(visited):
        path = url.split("?", 1)[0]
        if not path.startswith(prefix):
            continue
        try:
            view = resolve(path).route
        except Resolver404:
            view = path
        paths = by_view.setdefault(view, [])
        if path not in paths and len(paths) < MAX_JUNKED_PER_VIEW:
            paths.append(path)
    return sorted(path for paths in by_view.values() for path in paths)


def _junk_every_url(crawler: Crawler, csrf_client: Client, paths: list[str]) -> None:
    for path in paths:
        for query in JUNK_QUERIES:
            crawler.send("get", f"{path}?{query}")
        crawler.send("head", path)
        crawler.send("options", path)
    # Unsafe methods without a CSRF token: refused before any view runs, or not allowed at all.
    csrf_crawler = Crawler(csrf_client, crawler.persona + " without CSRF token")
    for path in paths:
        csrf_crawler.send("post", path, expected={403, 405}, data={"junk": "1"})
        for method in ("put", "delete", "patch"):
            csrf_crawler.send(method, path, expected={403, 405}, data="junk=1")
    crawler.requests += csrf_crawler.requests
    crawler.failures += csrf_crawler.failures


def test_a_visitor_crawls_the_whole_site_then_junks_every_url(seeded_guide):
    crawler = Crawler(_client(), "visitor")
    sitemap = sitemap_paths(crawler.client)
    visited = crawl(crawler, ["/", *sitemap])
    _junk_every_url(crawler, _client(csrf=True), _paths_to_junk(visited))
    _assert_clean(crawler)
    assert len(visited) > 40
    assert not any(url.startswith("/admin/") and status == 200 for url, status in visited.items())
    # Everything the sitemap lists is a page a visitor can open.
    assert [url for url in sitemap if visited.get(url) != 200] == []


def test_a_learner_crawls_the_whole_site_then_junks_every_url(learner):
    crawler = Crawler(_client(learner), "learner")
    visited = crawl(crawler, ["/", "/progress/", "/accounts/", *sitemap_paths(crawler.client)])
    _junk_every_url(crawler, _client(learner, csrf=True), _paths_to_junk(visited))
    _assert_clean(crawler)
    shared = [url for url in visited if url.startswith("/progress/shared/")]
    assert shared and all(visited[url] == 200 for url in shared)
    assert {"/progress/export.json", "/progress/export.csv", "/progress/export.md"} <= set(visited)
    assert "_auth_user_id" in crawler.client.session  # nothing the crawler followed logged alice out


def test_an_editor_crawls_the_site_and_the_admin_then_junks_every_admin_url(seeded_guide, editor):
    crawler = Crawler(_client(editor), "editor")
    visited = crawl(crawler, ["/admin/", "/", *sitemap_paths(crawler.client)])
    admin_paths = _paths_to_junk(visited, prefix="/admin/")
    _junk_every_url(crawler, _client(editor, csrf=True), admin_paths)
    _assert_clean(crawler)
    admin_pages = [url for url, status in visited.items() if url.startswith("/admin/") and status == 200]
    assert len(admin_pages) > 50
    assert any(url.endswith("/change/") for url in admin_pages)
    assert any(url.endswith("/history/") for url in admin_pages)


@pytest.mark.parametrize("persona", ["visitor", "learner", "editor"])
def test_malformed_urls_are_404s_or_refusals(request, seeded_guide, persona):
    user = None if persona == "visitor" else request.getfixturevalue("alice" if persona == "learner" else "editor")
    crawler = Crawler(_client(user), persona)
    for url in MALFORMED_URLS:
        # Django answers a bad password-reset link with its own "link invalid" page.
        ok = {200} if url.startswith("/accounts/password/reset/") else set()
        crawler.send("get", url, expected={301, 302, 404, 405} | ok)
        crawler.send("post", url, expected={301, 302, 403, 404, 405} | ok)
    _assert_clean(crawler)


def _post_endpoints() -> list[str]:
    skill = Skill.objects.get(slug="programming-python")
    pathway = Pathway.objects.get(slug="personal-projects")
    step = PathwayStep.objects.filter(pathway=pathway).first()
    return [
        f"/progress/skills/{skill.slug}/",
        f"/progress/pathways/{pathway.slug}/",
        f"/progress/steps/{step.pk}/",
        "/progress/import/",
        "/progress/share/",
        "/progress/reset/",
        "/accounts/signup/",
        "/accounts/login/",
        "/accounts/delete/",
        "/accounts/password/change/",
        "/accounts/password/reset/",
        "/admin/login/",
    ]


JUNK_FORMS = [
    {"level": "abc", "status": "x" * 5000, "target_date": "2024-13-45", "notes": "n" * 6000},
    {"level": "99999999999999999999", "status": "done", "target_date": "0000-00-00"},
    {"level": "-1", "target_date": "9999-12-31T99:99", "evidence_links": "https://" + "a" * 3000},
    {"level": ["1", "2", "3"], "status": ["done", "<script>"], "notes": ["a", "b"]},
    {"level": "\x00", "status": "\x00", "notes": "\x00", "evidence_links": "\x00", "target_date": "\x00"},
    {"following": "maybe", "done": "2", "action": "<script>", "confirm": "\x00", "next": "javascript:alert(1)"},
    {"following": "1" * 5000, "done": "", "action": "enable" * 1000, "confirm": "on" * 1000},
    # An over-long username at login: see
    # tests/accounts/test_hostile_input.py::test_an_over_long_username_at_login_is_a_form_error.
    {"username": "u" * 150, "password": "p" * 5000, "email": "@" * 300, "password1": "x", "password2": "y"},
    {"username": "\x00", "password": "\x00", "email": "a\x00@example.com", "old_password": "\x00"},
    {"new_password1": "x" * 10000, "new_password2": "y", "old_password": "z" * 10000},
    {"file": "not a file", "next": "//evil.example/"},
    {"csrfmiddlewaretoken": "junk" * 100, "\x00": "\x00", "x" * 1000: "y"},
]
JUNK_FILES = [
    b"",
    b"\xff\xfe\x00\x00" * 1000,
    b'{"format": "careerguide.progress", "version": 1, "skills": [null, 1, "x", []], "pathways": [null]}',
    b'{"format": "careerguide.progress", "version": 1, "skills": [], "pathways": [{"pathway": "personal-projects",'
    b' "completed_steps": [{"id": 99999999999999999999}, {"id": -1}, {"id": "1"}]}]}',
    b'{"format": "careerguide.progress", "version": 1, "skills": [{"skill": "programming-python", "status": "done",'
    b' "level": 4, "updated_at": "2024-02-30T25:61:00+00:00", "target_date": "99999-01-01"}]}',
    b'{"format": "careerguide.progress", "version": 1e999}',
    b"[" * 50_000 + b"]" * 50_000,
    b"x" * (300 * 1024),
]


def _junk_posts(crawler: Crawler, endpoints: list[str]) -> None:
    for url in endpoints:
        for form in JUNK_FORMS:
            crawler.send("post", url, data=form)
        for accept in ("application/json", "text/html;q=0.1, application/json"):
            crawler.send("post", url, data=JUNK_FORMS[0], headers={"accept": accept})
        crawler.send("post", url, data=b'{"level": "abc"', content_type="application/json")
        crawler.send(
            "post", url, data=b"level=%ZZ&status=%&notes=%E0%A4%A", content_type="application/x-www-form-urlencoded"
        )
        crawler.send("post", url, data=b"\x00\xff" * 100, content_type="multipart/form-data; boundary=junk")
        crawler.send(
            "post", url, data=b"--x\r\nContent-Disposition: form-data\r\n\r\n", content_type="multipart/form-data"
        )
        # More fields than DATA_UPLOAD_MAX_NUMBER_FIELDS: a 400 wherever the body is read.
        crawler.send("post", url, data={f"field{n}": "x" for n in range(1200)}, expected={302, 400})
        crawler.send("post", url, data="", content_type="text/plain")


def _junk_imports(crawler: Crawler) -> None:
    for content in JUNK_FILES:
        upload = SimpleUploadedFile("progress.json", content, content_type="application/json")
        response = crawler.send("post", "/progress/import/", data={"file": upload}, expected={302, 400})
        if response.status_code == 400:
            assert "invalid-feedback" in response.content.decode() or "errorlist" in response.content.decode()
    crawler.send("post", "/progress/import/", data={"file": [SimpleUploadedFile("a.json", b"{}")] * 3})


def test_junk_post_bodies_to_every_post_endpoint_as_a_visitor(seeded_guide):
    crawler = Crawler(_client(), "visitor")
    _junk_posts(crawler, _post_endpoints())
    _junk_imports(crawler)
    _assert_clean(crawler)


def test_junk_post_bodies_to_every_post_endpoint_as_a_learner(learner):
    crawler = Crawler(_client(learner), "learner")
    _junk_posts(crawler, _post_endpoints())
    _junk_imports(crawler)
    _assert_clean(crawler)
    assert "_auth_user_id" in crawler.client.session  # no junk logged alice out or deleted her


def test_junk_post_bodies_to_admin_forms_as_an_editor(seeded_guide, editor):
    crawler = Crawler(_client(editor), "editor")
    skill = Skill.objects.get(slug="programming-python")
    endpoints = [
        "/admin/skills/skill/add/",
        f"/admin/skills/skill/{skill.pk}/change/",
        "/admin/skills/skill/",
        "/admin/careerguide/resource/add/",
        "/admin/careerguide/faqentry/add/",
        "/admin/pathways/pathway/add/",
        "/admin/careerguide/career/add/",
    ]
    _junk_posts(crawler, endpoints)
    junk_skill = {"name": "x" * 500, "slug": "../../", "kind": "<script>", "summary": "\x00", "status": "nope"}
    for form in ({"action": "<script>", "_selected_action": str(skill.pk), "index": "x"}, junk_skill):
        crawler.send("post", "/admin/skills/skill/", data=form)
        crawler.send("post", "/admin/skills/skill/add/", data=form)
    _assert_clean(crawler)
    assert Skill.objects.filter(pk=skill.pk).exists()


def test_a_tampered_admin_action_selection_is_not_a_server_error(seeded_guide, editor):
    # The change list's checkboxes carry primary keys; a tampered one must not crash the action.
    crawler = Crawler(_client(editor), "editor")
    for action in ("publish", "delete_selected"):
        for selected in ("abc", "99999999999999999999", "1.5"):
            crawler.send("post", "/admin/skills/skill/", data={"action": action, "_selected_action": [selected]})
    _assert_clean(crawler)


def test_a_non_numeric_id_in_an_admin_object_url_is_not_a_server_error(seeded_guide, editor):
    crawler = Crawler(_client(editor), "editor")
    for view in ("change", "delete", "history"):
        for object_id in ("abc", "1.5", "%00"):
            # The admin answers an unknown object with a redirect to the change list and a message.
            crawler.send("get", f"/admin/skills/skill/{object_id}/{view}/", expected={302, 404})
    _assert_clean(crawler)
