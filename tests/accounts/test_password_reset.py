"""Password reset by email: never says whether an address has an account.

The mail goes out after the request, on a background thread (core/mail.py); in tests it is sent at
commit in the test's thread, so each POST is wrapped in captureOnCommitCallbacks. The timing is in
test_mail_timing.py.
"""

import re

import pytest
from django.core import mail
from django.test import TestCase
from django.urls import reverse

NEW_PASSWORD = "a brand new passphrase 42"


def ask_for_reset(client, email: str, **kwargs):
    with TestCase.captureOnCommitCallbacks(execute=True):
        return client.post(reverse("password_reset"), {"email": email}, **kwargs)


def reset_link(message) -> str:
    match = re.search(r"https?://[^/\s]+(/accounts/password/reset/[^/\s]+/[^/\s]+/)", message.body)
    assert match, message.body
    return match.group(1)


@pytest.mark.django_db
def test_it_shows_the_form(client):
    response = client.get(reverse("password_reset"))
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count("<h1") == 1
    assert 'autocomplete="email"' in html
    assert len(mail.outbox) == 0


@pytest.mark.django_db
def test_it_emails_a_link_to_a_known_address(client, alice):
    response = ask_for_reset(client, "ALICE@example.com")
    assert response.status_code == 302
    assert response.url == reverse("password_reset_done")
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["alice@example.com"]
    assert message.subject == "Reset your Career Guide password"
    assert "alice" in message.body
    assert "<" not in message.body  # plain text, nothing escaped or tagged
    reset_link(message)


@pytest.mark.django_db
def test_it_sends_nothing_for_an_unknown_address(client, alice):
    response = ask_for_reset(client, "nobody@example.com")
    assert response.status_code == 302
    assert response.url == reverse("password_reset_done")
    assert len(mail.outbox) == 0


@pytest.mark.django_db
def test_it_answers_known_and_unknown_addresses_alike(client, alice):
    known = ask_for_reset(client, "alice@example.com", follow=True)
    unknown = ask_for_reset(client, "nobody@example.com", follow=True)

    assert known.redirect_chain == unknown.redirect_chain
    assert known.status_code == unknown.status_code == 200
    assert known.templates[0].name == "registration/password_reset_done.html"
    assert known.content == unknown.content
    assert "If an account uses the address you entered" in unknown.content.decode()


@pytest.mark.django_db
def test_it_rejects_an_invalid_address(client, alice):
    response = ask_for_reset(client, "not an address")
    assert response.status_code == 200
    assert "Enter a valid email address." in response.content.decode()
    assert len(mail.outbox) == 0


@pytest.mark.django_db
def test_it_resets_the_password_end_to_end(client, alice):
    ask_for_reset(client, "alice@example.com")
    link = reset_link(mail.outbox[0])

    # The link swaps the token for a session entry and redirects to the "set-password" form.
    form_page = client.get(link, follow=True)
    assert form_page.status_code == 200
    assert form_page.context["validlink"] is True
    assert 'autocomplete="new-password"' in form_page.content.decode()
    set_password_url = form_page.redirect_chain[-1][0]

    done = client.post(set_password_url, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})
    assert done.status_code == 302
    assert done.url == reverse("password_reset_complete")
    assert client.get(done.url).status_code == 200

    alice.refresh_from_db()
    assert alice.check_password(NEW_PASSWORD)
    logged_in = client.post(reverse("login"), {"username": "alice", "password": NEW_PASSWORD})
    assert logged_in.status_code == 302
    assert client.session["_auth_user_id"] == str(alice.pk)


@pytest.mark.django_db
def test_it_rejects_a_weak_new_password(client, alice):
    ask_for_reset(client, "alice@example.com")
    form_page = client.get(reset_link(mail.outbox[0]), follow=True)
    set_password_url = form_page.redirect_chain[-1][0]

    response = client.post(set_password_url, {"new_password1": "12345678", "new_password2": "12345678"})

    assert response.status_code == 200
    assert "This password is entirely numeric." in response.content.decode()
    alice.refresh_from_db()
    assert alice.check_password("correct horse battery staple")


@pytest.mark.django_db
def test_it_refuses_a_used_link(client, alice):
    ask_for_reset(client, "alice@example.com")
    link = reset_link(mail.outbox[0])
    set_password_url = client.get(link, follow=True).redirect_chain[-1][0]
    client.post(set_password_url, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})

    response = client.get(link, follow=True)

    assert response.context["validlink"] is False
    assert "This link no longer works" in response.content.decode()


@pytest.mark.django_db
def test_it_refuses_a_forged_link(client, alice):
    response = client.get(reverse("password_reset_confirm", kwargs={"uidb64": "MQ", "token": "abc-def"}))
    assert response.status_code == 200
    assert response.context["validlink"] is False
    alice.refresh_from_db()
    assert alice.check_password("correct horse battery staple")
