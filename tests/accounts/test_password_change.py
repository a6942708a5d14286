"""Changing your password while logged in."""

import pytest
from django.urls import reverse

PASSWORD = "correct horse battery staple"
NEW_PASSWORD = "a brand new passphrase 42"


def change_data(**changes) -> dict:
    data = {"old_password": PASSWORD, "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD}
    data.update(changes)
    return data


@pytest.mark.django_db
def test_it_shows_the_form(client, alice):
    client.force_login(alice)
    response = client.get(reverse("password_change"))
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count("<h1") == 1
    assert 'autocomplete="current-password"' in html
    assert 'autocomplete="new-password"' in html


@pytest.mark.django_db
def test_it_changes_the_password_and_keeps_you_logged_in(client, alice):
    client.force_login(alice)
    response = client.post(reverse("password_change"), change_data(), follow=True)
    assert response.redirect_chain == [(reverse("password_change_done"), 302)]
    assert "Password changed" in response.content.decode()
    alice.refresh_from_db()
    assert alice.check_password(NEW_PASSWORD)
    assert client.get(reverse("account")).status_code == 200


@pytest.mark.django_db
def test_it_rejects_a_wrong_current_password(client, alice):
    client.force_login(alice)
    response = client.post(reverse("password_change"), change_data(old_password="wrong password"))
    assert response.status_code == 200
    assert "Your old password was entered incorrectly." in response.content.decode()
    alice.refresh_from_db()
    assert alice.check_password(PASSWORD)


@pytest.mark.django_db
def test_it_rejects_mismatched_new_passwords(client, alice):
    client.force_login(alice)
    response = client.post(reverse("password_change"), change_data(new_password2=NEW_PASSWORD + "x"))
    assert response.status_code == 200
    assert "The two password fields didn’t match." in response.content.decode()
    alice.refresh_from_db()
    assert alice.check_password(PASSWORD)


@pytest.mark.django_db
def test_it_rejects_a_weak_new_password(client, alice):
    client.force_login(alice)
    response = client.post(reverse("password_change"), change_data(new_password1="alice123", new_password2="alice123"))
    assert response.status_code == 200
    assert "This password is too" in response.content.decode()
    alice.refresh_from_db()
    assert alice.check_password(PASSWORD)


@pytest.mark.django_db
def test_it_sends_a_visitor_to_log_in(client, alice):
    response = client.post(reverse("password_change"), change_data())
    assert response.status_code == 302
    assert response.url == f"{reverse('login')}?next={reverse('password_change')}"
    alice.refresh_from_db()
    assert alice.check_password(PASSWORD)


@pytest.mark.django_db
def test_it_sends_a_visitor_to_log_in_from_the_done_page(client):
    response = client.get(reverse("password_change_done"))
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))
