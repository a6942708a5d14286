"""The cached pages, as requests see them outside a test transaction (transaction=True): each
learner's own dashboard, and a public page after a change committed elsewhere."""

import threading

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse

from careerguide.models import FAQEntry
from core import page_cache
from tests.factories import FAQEntryFactory, UserFactory
from tests.progress_helpers import make_career

pytestmark = pytest.mark.django_db(transaction=True)

DASHBOARD = reverse("progress:dashboard")


def in_another_connection(work) -> None:
    """Run work in another thread, which Django gives a database connection of its own."""

    def run():
        try:
            work()
        finally:
            connection.close()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()


def test_a_cached_public_page_costs_no_query_outside_a_transaction(django_assert_num_queries):
    make_career()
    client = Client()
    client.get("/faq/")
    with django_assert_num_queries(0):  # the content version is remembered for up to a second
        assert client.get("/faq/").status_code == 200


def test_an_edit_still_shows_at_once():
    career = make_career()
    FAQEntryFactory(career=career, question="Before?")
    client = Client()
    assert "Before?" in client.get("/faq/").content.decode()
    assert "Before?" in client.get("/faq/").content.decode()

    def edit():
        entry = FAQEntry.objects.get(question="Before?")
        entry.question = "After?"
        entry.save()

    in_another_connection(edit)
    assert "After?" in client.get("/faq/").content.decode()


# --- the cached dashboard ---------------------------------------------------------------


def logged_in(username: str) -> Client:
    browser = Client()
    browser.force_login(UserFactory(username=username))
    return browser


def save_level(browser: Client, level: str) -> None:
    browser.post(reverse("progress:skill_update", args=["tech-0"]), {"level": level})
    browser.get(DASHBOARD)  # shows (and clears) the "Saved" message, uncached


def test_a_dashboard_is_served_again_from_the_cache(django_assert_num_queries, settings, monkeypatch):
    # The content version is trusted for VERSION_SECONDS; on a loaded machine more than that may pass
    # between two requests, and the version's read would count here.
    monkeypatch.setattr(page_cache, "VERSION_SECONDS", 3600)
    make_career()
    alice = logged_in("alice")
    save_level(alice, "2")
    first = alice.get(DASHBOARD)
    # The session (from Redis with cached_db sessions) and the user with their learner and its version
    # (accounts.backends): the key; the page is stored.
    session_query = 0 if settings.SESSION_ENGINE.endswith("cached_db") else 1
    with django_assert_num_queries(1 + session_query):
        again = alice.get(DASHBOARD)
    assert first.templates and not again.templates
    assert again.status_code == 200
    assert "level 2 (Beginner)" in again.content.decode() and "level 2 (Beginner)" in first.content.decode()


def alice_with_a_cached_dashboard(level: str) -> Client:
    """alice, logged in, at level on tech-0, her dashboard rendered and stored."""
    make_career()
    alice = logged_in("alice")
    save_level(alice, level)
    alice.get(DASHBOARD)
    return alice


def test_a_cached_dashboard_follows_a_change_made_elsewhere():
    alice = alice_with_a_cached_dashboard("1")
    assert "level 1 (Aware)" in alice.get(DASHBOARD).content.decode()

    other_device = Client()
    other_device.force_login(_user("alice"))
    save_level(other_device, "3")
    assert "level 3 (Practitioner)" in alice.get(DASHBOARD).content.decode()


def test_a_cached_dashboard_is_gone_once_the_session_logs_out(settings):
    alice = alice_with_a_cached_dashboard("2")
    stolen = Client()  # the same session cookie, in another browser
    name = settings.SESSION_COOKIE_NAME
    stolen.cookies[name] = alice.cookies[name].value
    assert "level 2 (Beginner)" in stolen.get(DASHBOARD).content.decode()

    alice.post(reverse("logout"))
    html = stolen.get(DASHBOARD).content.decode()
    assert "level 2 (Beginner)" not in html
    assert "Sign up</a> or" in html


def test_a_password_change_elsewhere_ends_the_other_sessions():
    alice = alice_with_a_cached_dashboard("2")
    assert "level 2 (Beginner)" in alice.get(DASHBOARD).content.decode()

    def change_password():
        user = _user("alice")
        user.set_password("a-new-long-password-42")
        user.save()

    in_another_connection(change_password)
    assert "level 2 (Beginner)" not in alice.get(DASHBOARD).content.decode()


def test_cached_dashboards_never_cross_between_sessions():
    make_career()
    alice, bob = logged_in("alice"), logged_in("bob")
    save_level(alice, "1")
    save_level(bob, "3")
    for _ in range(2):
        alice_html, bob_html = alice.get(DASHBOARD).content.decode(), bob.get(DASHBOARD).content.decode()
        assert "level 1 (Aware)" in alice_html and "level 3" not in alice_html
        assert "level 3 (Practitioner)" in bob_html and "level 1 (Aware)" not in bob_html


def test_a_junk_session_cookie_gets_the_empty_dashboard(settings):
    make_career()
    browser = Client()
    browser.cookies[settings.SESSION_COOKIE_NAME] = "junk"
    for _ in range(2):
        response = browser.get(DASHBOARD)
        assert response.status_code == 200
        assert "Sign up</a> or" in response.content.decode()


def _user(username: str):
    from django.contrib.auth import get_user_model

    return get_user_model().objects.get(username=username)
