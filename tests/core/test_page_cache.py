"""Anonymous public pages come from the cache (core/page_cache.py), and an editor's change shows at once."""

import re

import pytest
from django.test import Client
from django.urls import reverse

from core.content import Status
from skills.models import Skill
from tests.admin_forms import skill_form_data
from tests.factories import UserFactory
from tests.progress_helpers import make_career, make_pathway

pytestmark = pytest.mark.django_db


# A cached page costs one query in these tests: the content version. Outside a transaction a
# process reads it at most once a second (tests/core/test_content_version.py); inside one, as
# every test here runs, it is read each time, since the transaction may have changed content.
KEY_QUERIES = 1


@pytest.fixture
def guide():
    career = make_career()
    make_pathway(careers=[career])
    return career


def test_a_second_anonymous_visit_is_served_from_the_cache(client, guide, django_assert_num_queries):
    first = client.get(reverse("guide:home"))
    # the content version (the page's cache key); the page itself comes from the cache
    with django_assert_num_queries(KEY_QUERIES):
        second = client.get(reverse("guide:home"))
    assert second.status_code == 200
    strip = re.compile(r'value="[^"]{64}"')  # CSRF tokens differ per response
    assert strip.sub("", second.content.decode()) == strip.sub("", first.content.decode())


@pytest.mark.parametrize(
    "url",
    ["/", "/careers/ml-ops-engineer/", "/skills/", "/skills/tech-0/", "/pathways/", "/pathways/compare/"]
    + ["/pathways/personal-projects/", "/faq/", "/resources/", "/resources/?kind=book", "/resources/?skill=tech-0"],
)
def test_every_public_page_is_cached(client, guide, url, django_assert_num_queries):
    assert client.get(url).status_code == 200
    with django_assert_num_queries(KEY_QUERIES):
        assert client.get(url).status_code == 200


def test_a_parameter_a_page_does_not_read_is_served_its_stored_page_and_stores_nothing(
    client, guide, django_assert_num_queries
):
    assert client.get("/skills/tech-0/").status_code == 200
    with django_assert_num_queries(KEY_QUERIES):
        response = client.get("/skills/tech-0/?utm_source=newsletter")
    assert response.status_code == 200 and not response.templates


def test_an_editors_save_in_the_admin_shows_at_once(client, guide, editor):
    skill = Skill.objects.get(slug="tech-0")
    assert "Fresh summary" not in client.get("/skills/tech-0/").content.decode()

    admin = Client()
    admin.force_login(editor)
    admin.post(reverse("admin:skills_skill_change", args=[skill.pk]), skill_form_data(skill, summary="Fresh summary"))

    assert "Fresh summary" in client.get("/skills/tech-0/").content.decode()
    assert "Fresh summary" in client.get("/").content.decode()


def test_unpublishing_hides_a_skill_at_once(client, guide, editor):
    skill = Skill.objects.get(slug="tech-1")
    assert client.get("/skills/tech-1/").status_code == 200
    assert "Tech 1" in client.get("/").content.decode()
    admin = Client()
    admin.force_login(editor)
    admin.post(reverse("admin:skills_skill_changelist"), {"action": "unpublish", "_selected_action": [skill.pk]})
    assert Skill.objects.get(pk=skill.pk).status == Status.DRAFT
    assert client.get("/skills/tech-1/").status_code == 404
    assert "Tech 1" not in client.get("/").content.decode()


def test_deleting_content_shows_at_once(client, guide):
    from careerguide.models import FAQEntry
    from tests.factories import FAQEntryFactory

    entry = FAQEntryFactory(career=guide, question="Is this cached?")
    assert "Is this cached?" in client.get("/faq/").content.decode()
    FAQEntry.objects.get(pk=entry.pk).delete()
    assert "Is this cached?" not in client.get("/faq/").content.decode()


def test_a_logged_in_users_page_never_reaches_anyone_else(client, guide):
    alice = UserFactory(username="alice")
    learner_client = Client()
    learner_client.force_login(alice)
    assert "Log out" in learner_client.get("/").content.decode()
    anonymous = client.get("/").content.decode()
    assert "Log out" not in anonymous
    assert "alice" not in anonymous


def test_a_visitor_who_tracks_gets_their_own_page_not_the_cached_one(client, guide):
    Client().get("/")  # someone else fills the cache
    client.post("/progress/skills/tech-0/", {"status": "done"})
    html = client.get("/").content.decode()
    assert '<option value="done" selected>' in html
    assert '<option value="done" selected>' not in Client().get("/").content.decode()


def test_each_visitor_gets_a_working_csrf_token_from_a_cached_page(guide):
    first, second = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)
    tokens = []
    for visitor in (first, second):
        html = visitor.get("/skills/tech-0/").content.decode()
        token = re.search(r'name="csrfmiddlewaretoken"(?: form="[^"]+")? value="([^"]+)"', html).group(1)
        tokens.append(token)
        response = visitor.post("/progress/skills/tech-0/", {"csrfmiddlewaretoken": token, "status": "learning"})
        assert response.status_code == 302
    assert tokens[0] != tokens[1]


def test_a_search_that_finds_something_is_stored_one_that_finds_nothing_is_not(
    client, guide, django_assert_max_num_queries
):
    client.get("/search/?q=tech")
    with django_assert_max_num_queries(10) as captured:
        client.get("/search/?q=tech")
    # Stored: the full-text query does not run again.
    assert not any("searchdocument" in query["sql"] for query in captured.captured_queries)
    client.get("/search/?q=qwertyuiop")
    with django_assert_max_num_queries(10) as captured:
        client.get("/search/?q=qwertyuiop")
    # Nothing found: never stored (junk could fill the cache), so the query runs again.
    assert any("searchdocument" in query["sql"] for query in captured.captured_queries)


def test_a_cached_page_is_one_valid_gzip_stream_with_fresh_tokens(guide):
    import gzip

    plain = Client().get("/skills/tech-0/").content.decode()  # fills the cache
    first = Client(HTTP_ACCEPT_ENCODING="gzip, br").get("/skills/tech-0/")
    second = Client(HTTP_ACCEPT_ENCODING="gzip").get("/skills/tech-0/")
    assert first["Content-Encoding"] == "gzip"
    pages = [gzip.decompress(response.content).decode() for response in (first, second)]
    token = re.compile(r'name="csrfmiddlewaretoken"(?: form="[^"]+")? value="([^"]+)"')
    assert token.search(pages[0]).group(1) != token.search(pages[1]).group(1)
    assert token.sub("", pages[0]) == token.sub("", pages[1]) == token.sub("", plain)
    assert "Accept-Encoding" in first["Vary"] and "Cookie" in first["Vary"]


def test_a_cached_page_is_no_larger_than_djangos_own_gzip(guide):
    """The guide, cached, against the same page through GZipMiddleware alone (which pads each
    answer with up to max_random_bytes against BREACH, so its largest answer is the bound)."""
    import gzip

    from django.http import HttpResponse
    from django.middleware.gzip import GZipMiddleware
    from django.test import RequestFactory

    Client().get("/")  # fills the cache
    cached = Client(HTTP_ACCEPT_ENCODING="gzip").get("/")
    assert cached["Content-Encoding"] == "gzip" and not cached.templates
    page = gzip.decompress(cached.content)
    middleware = GZipMiddleware(lambda request: HttpResponse(page))
    request = RequestFactory(HTTP_ACCEPT_ENCODING="gzip").get("/")
    djangos = [len(middleware(request).content) for _ in range(20)]
    bound = min(djangos) - 1 + middleware.max_random_bytes  # its shortest padding is one byte
    print(f"/ cached: {len(cached.content)} bytes; through GZipMiddleware: {min(djangos)}-{max(djangos)} bytes")
    assert len(cached.content) <= bound


def test_the_site_policy_header_is_on_cached_pages_too(client, guide):
    client.get("/")
    response = client.get("/")
    assert "default-src 'none'" in response["Content-Security-Policy"]


@pytest.mark.parametrize("url,cookies", [("/", ["csrftoken"]), ("/skills/tech-0/", ["csrftoken"]), ("/faq/", [])])
def test_a_stored_page_has_the_headers_and_cookie_of_its_first_render(guide, url, cookies):
    """A stored page goes through every middleware, and leaves with everything a freshly rendered
    page gets."""
    first = Client().get(url)
    stored = Client().get(url)
    assert first.status_code == stored.status_code == 200
    assert first.templates and not stored.templates  # the second was not rendered
    varying = {"Content-Length"}
    assert {name: value for name, value in first.items() if name not in varying} == {
        name: value for name, value in stored.items() if name not in varying
    }
    assert int(stored["Content-Length"]) == len(stored.content)
    assert list(first.cookies) == list(stored.cookies) == cookies  # no form, no CSRF cookie
    for name in cookies:
        fresh, served = first.cookies[name], stored.cookies[name]
        assert {key: fresh[key] for key in fresh if key != "expires"} == {
            key: served[key] for key in served if key != "expires"
        }
        assert served.value != fresh.value and len(served.value) == 32


def test_a_stored_page_keeps_the_visitors_csrf_secret(guide):
    visitor = Client(enforce_csrf_checks=True)
    visitor.get("/skills/tech-0/")  # first render: the visitor gets a secret
    secret = visitor.cookies["csrftoken"].value
    Client().get("/skills/tech-0/")  # the page is stored by now either way
    response = visitor.get("/skills/tech-0/")
    assert response.cookies["csrftoken"].value == secret  # re-sent with a fresh expiry, as Django does
    token = re.search(r'name="csrfmiddlewaretoken"(?: form="[^"]+")? value="([^"]+)"', response.content.decode())[1]
    posted = visitor.post("/progress/skills/tech-0/", {"csrfmiddlewaretoken": token, "status": "done"})
    assert posted.status_code == 302


def test_a_stored_page_still_refuses_a_host_that_is_not_allowed(guide):
    Client().get("/faq/")
    response = Client().get("/faq/", HTTP_HOST="attacker.example")
    assert response.status_code == 400


@pytest.mark.parametrize(
    "setting,value",
    [("PREPEND_WWW", True), ("DISALLOWED_USER_AGENTS", [re.compile("robot")]), ("CSRF_USE_SESSIONS", True)],
)
def test_the_middleware_in_front_of_a_stored_page_still_does_its_work(guide, settings, setting, value):
    Client().get("/faq/")  # stored
    setattr(settings, setting, value)
    response = Client(HTTP_USER_AGENT="robot").get("/faq/")
    if setting == "PREPEND_WWW":
        assert response.status_code == 301 and response["Location"] == "http://www.testserver/faq/"
    elif setting == "DISALLOWED_USER_AGENTS":
        assert response.status_code == 403
    else:
        assert response.status_code == 200 and response.templates == []  # the view served the stored page


def test_a_stored_public_page_is_answered_before_the_view_and_the_later_middleware(guide):
    from unittest import mock

    from django.contrib.auth.middleware import AuthenticationMiddleware

    def watch():
        real = AuthenticationMiddleware.process_request
        return mock.patch.object(AuthenticationMiddleware, "process_request", autospec=True, side_effect=real)

    Client().get("/skills/tech-0/")  # stored
    with watch() as auth:
        response = Client().get("/skills/tech-0/")
    assert response.status_code == 200 and not response.templates
    auth.assert_not_called()  # StoredPageMiddleware answered first
    with watch() as auth:
        Client().get("/search/?q=tech")  # a page that is not stored goes through every middleware
    auth.assert_called_once()


def test_a_hit_comes_from_the_process_memo_without_fetching_the_shared_copy(guide):
    from unittest import mock

    from core import page_cache

    Client().get("/faq/")  # stored, and remembered by this process
    with mock.patch.object(page_cache.cache, "get", wraps=page_cache.cache.get) as fetch:
        assert Client().get("/faq/").status_code == 200
    fetch.assert_not_called()
    page_cache._memo.clear()  # another process: it fetches the shared copy once, then remembers it
    with mock.patch.object(page_cache.cache, "get", wraps=page_cache.cache.get) as fetch:
        for _ in range(3):
            assert not Client().get("/faq/").templates
    assert fetch.call_count == 1


def test_the_process_memo_keeps_only_the_most_recently_used_pages(guide, settings):
    from core import page_cache

    urls = ["/", "/skills/", "/pathways/", "/faq/", "/resources/", "/skills/tech-0/", "/pathways/compare/"]
    for url in urls:
        Client().get(url)
    assert len(page_cache._memo) == len(urls)
    original, page_cache.MEMO_PAGES = page_cache.MEMO_PAGES, 3
    try:
        Client().get(f"/resources/?kind={page_cache_kind()}")  # one more page, rendered and stored
        assert len(page_cache._memo) == 3
    finally:
        page_cache.MEMO_PAGES = original


def page_cache_kind() -> str:
    from careerguide.models import ResourceKind

    return ResourceKind.values[0]


def test_a_remembered_page_goes_when_its_stored_copy_expires(guide):
    from unittest import mock

    from core import page_cache

    Client().get("/faq/")
    later = page_cache.time.time() + page_cache.PAGE_SECONDS + 1
    with mock.patch.object(page_cache.time, "time", return_value=later):
        page_cache.cache.clear()  # the shared copy is gone by then
        assert Client().get("/faq/").templates  # rendered again, not served from memory


def test_health_probes_and_unknown_addresses_never_read_the_content_version(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        assert client.get("/healthz").status_code == 200
        assert client.get("/static/css/site.css").status_code in (200, 404)
