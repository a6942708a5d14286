"""Hostile login and sign-up fields get a clear error, and no redirect leaves the site (see tests/hostile.py)."""

import pytest
from django.core import mail
from django.test import TestCase
from django.urls import reverse

from tests.accounts.signup_helpers import confirm_link
from tests.hostile import PAYLOADS, assert_inert

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("payload", PAYLOADS.values(), ids=PAYLOADS.keys())
def test_hostile_login_fields_get_a_clear_error(client, alice, payload):
    response = client.post(reverse("login"), {"username": payload, "password": payload})
    assert response.status_code == 200
    html = response.content.decode()
    assert_inert(html)
    assert "invalid-feedback" in html or "Please enter a correct username and password" in html
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize("payload", PAYLOADS.values(), ids=PAYLOADS.keys())
def test_hostile_signup_fields_get_a_clear_error(client, payload):
    data = {"username": payload, "email": payload, "password1": payload, "password2": payload}
    response = client.post(reverse("signup"), data)
    assert response.status_code == 200
    html = response.content.decode()
    assert_inert(html)
    assert "invalid-feedback" in html
    assert "_auth_user_id" not in client.session


def test_an_over_long_username_at_login_is_a_form_error(client, alice):
    # The user model allows 150 characters; the login form must say so before anything is looked up
    # or recorded (django-axes stores the username in a 255-character column).
    response = client.post(reverse("login"), {"username": "a" * 300, "password": "wrong"})
    assert response.status_code == 200
    assert "Ensure this value has at most 150 characters (it has 300)." in response.content.decode()


@pytest.mark.parametrize("next_url", ["javascript:alert(1)", "//evil.example/", "https://evil.example/", "/\\evil"])
def test_login_never_redirects_off_site_or_to_a_script(client, alice, next_url):
    url = reverse("login") + "?next=" + next_url
    html = client.get(url).content.decode()
    assert_inert(html)
    assert "evil.example" not in html and "javascript:" not in html
    response = client.post(url, {"username": "alice", "password": "correct horse battery staple", "next": next_url})
    assert response.status_code == 302
    assert response.url == reverse("guide:home")


@pytest.mark.parametrize("next_url", ["javascript:alert(1)", "//evil.example/"])
def test_signup_never_redirects_off_site(client, next_url):
    html = client.get(reverse("signup") + "?next=" + next_url).content.decode()
    assert "evil.example" not in html and "javascript:" not in html
    data = {"username": "carol", "email": "carol@example.com", "next": next_url}
    data |= {"password1": "a long unusual passphrase", "password2": "a long unusual passphrase"}
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = client.post(reverse("signup"), data)
    assert response.status_code == 302
    assert response.url == reverse("signup_done")
    [message] = mail.outbox
    assert "evil.example" not in message.body and "javascript:" not in message.body
    link = confirm_link(message)
    page = client.get(link + "?next=" + next_url, follow=True)
    assert_inert(page.content.decode())
    assert "evil.example" not in page.content.decode()
    response = client.post(reverse("signup_confirm"), {"next": next_url})
    assert response.status_code == 302
    assert response.url == reverse("guide:home")
