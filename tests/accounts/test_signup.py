"""Sign up: creates an account, logs it in and keeps the visitor's progress."""

from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone

from progress.models import Learner, ProgressStatus, SkillProgress
from progress.services import SESSION_KEY
from tests.factories import SkillFactory, UserFactory
from tests.progress_helpers import visitor_with_progress

PASSWORD = "a long and unusual passphrase 42"
User = get_user_model()


def signup_data(**changes) -> dict:
    data = {"username": "charlie", "email": "charlie@example.com", "password1": PASSWORD, "password2": PASSWORD}
    data.update(changes)
    return data


@pytest.mark.django_db
def test_it_shows_the_form(client):
    response = client.get(reverse("signup"))
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count("<h1") == 1
    assert 'autocomplete="username"' in html
    assert 'autocomplete="email"' in html
    assert 'autocomplete="new-password"' in html
    assert 'for="id_email"' in html
    assert not User.objects.exists()


@pytest.mark.django_db
def test_it_creates_the_account_and_logs_it_in(client):
    response = client.post(reverse("signup"), signup_data(), follow=True)
    assert response.redirect_chain == [(reverse("guide:home"), 302)]
    user = User.objects.get(username="charlie")
    assert user.email == "charlie@example.com"
    assert user.check_password(PASSWORD)
    assert response.context["user"] == user
    assert "Welcome, charlie" in response.content.decode()


@pytest.mark.django_db
def test_it_redirects_to_a_safe_next(client):
    response = client.post(reverse("signup"), signup_data(next="/skills/"))
    assert response.status_code == 302
    assert response.url == "/skills/"


@pytest.mark.django_db
def test_it_ignores_an_unsafe_next(client):
    response = client.post(reverse("signup"), signup_data(next="https://evil.example.com/"))
    assert response.url == reverse("guide:home")
    assert User.objects.filter(username="charlie").exists()


@pytest.mark.django_db
def test_it_keeps_next_from_the_query_string_in_the_form(client):
    response = client.get(reverse("signup"), {"next": "/skills/"})
    assert '<input type="hidden" name="next" value="/skills/">' in response.content.decode()


@pytest.mark.django_db
def test_it_drops_an_unsafe_next_from_the_form(client):
    response = client.get(reverse("signup"), {"next": "https://evil.example.com/"})
    assert "evil.example.com" not in response.content.decode()


@pytest.mark.django_db
def test_it_rejects_mismatched_passwords(client):
    response = client.post(reverse("signup"), signup_data(password2=PASSWORD + "x"))
    assert response.status_code == 200
    assert "The two password fields didn’t match." in response.content.decode()
    assert not User.objects.exists()
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_it_rejects_a_weak_password(client):
    response = client.post(reverse("signup"), signup_data(password1="password", password2="password"))
    assert response.status_code == 200
    assert "This password is too common." in response.content.decode()
    assert not User.objects.exists()


@pytest.mark.django_db
def test_it_rejects_an_email_in_use_in_another_case(client, alice):
    response = client.post(reverse("signup"), signup_data(email="ALICE@Example.COM"))
    assert response.status_code == 200
    assert "An account already uses this email address." in response.content.decode()
    assert User.objects.count() == 1


@pytest.mark.django_db
def test_it_rejects_a_username_in_use_in_another_case(client, alice):
    response = client.post(reverse("signup"), signup_data(username="Alice"))
    assert response.status_code == 200
    assert "A user with that username already exists." in response.content.decode()
    assert User.objects.count() == 1


@pytest.mark.django_db
def test_it_requires_an_email(client):
    response = client.post(reverse("signup"), signup_data(email=""))
    assert response.status_code == 200
    assert "This field is required." in response.content.decode()
    assert not User.objects.exists()


@pytest.mark.django_db
def test_it_redirects_a_logged_in_user_home(client, alice):
    client.force_login(alice)
    response = client.get(reverse("signup"))
    assert response.status_code == 302
    assert response.url == reverse("guide:home")


@pytest.mark.django_db
def test_it_does_not_create_a_second_account_for_a_logged_in_user(client, alice):
    client.force_login(alice)
    client.post(reverse("signup"), signup_data())
    assert list(User.objects.all()) == [alice]


@pytest.mark.django_db
def test_it_moves_a_visitors_progress_into_the_new_account(client):
    skill = SkillFactory()
    visitor = visitor_with_progress(client, skill, status=ProgressStatus.LEARNING, level=2, notes="Halfway")

    client.post(reverse("signup"), signup_data())

    account = Learner.objects.get(user__username="charlie")
    progress = SkillProgress.objects.get(learner=account, skill=skill)
    assert (progress.status, progress.level, progress.notes) == (ProgressStatus.LEARNING, 2, "Halfway")
    assert not Learner.objects.filter(pk=visitor.pk).exists()
    assert SESSION_KEY not in client.session


@pytest.mark.django_db
def test_it_keeps_the_visitors_progress_when_the_form_is_invalid(client):
    skill = SkillFactory()
    visitor = visitor_with_progress(client, skill, level=1)

    client.post(reverse("signup"), signup_data(password2="nope"))

    assert SkillProgress.objects.filter(learner=visitor, skill=skill).exists()
    assert client.session[SESSION_KEY] == visitor.pk


@pytest.mark.django_db
def test_it_leaves_other_visitors_alone(client):
    skill = SkillFactory()
    other = Learner.objects.create()
    SkillProgress.objects.create(learner=other, skill=skill, level=3, updated_at=timezone.now())

    client.post(reverse("signup"), signup_data())

    assert SkillProgress.objects.filter(learner=other, skill=skill, level=3).exists()
    assert not SkillProgress.objects.filter(learner__user__username="charlie").exists()


@pytest.mark.django_db
def test_it_does_not_change_anything_on_get(client):
    skill = SkillFactory()
    visitor = visitor_with_progress(client, skill)
    UserFactory(username="alice")

    client.get(reverse("signup"))

    assert User.objects.count() == 1
    assert Learner.objects.filter(pk=visitor.pk, user__isnull=True).exists()
    assert client.session[SESSION_KEY] == visitor.pk


@pytest.mark.django_db
def test_it_keeps_the_visitors_time_stamps(client):
    # A new account has no progress of its own, so nothing competes with the visitor's rows
    # (test_login covers "later change wins"); the time stamp must travel unchanged.
    skill = SkillFactory()
    earlier = timezone.now() - timedelta(days=2)
    visitor_with_progress(client, skill, level=2, updated_at=earlier)

    client.post(reverse("signup"), signup_data())

    progress = SkillProgress.objects.get(learner__user__username="charlie", skill=skill)
    assert progress.level == 2
    assert progress.updated_at == earlier


@pytest.mark.django_db
def test_the_database_refuses_a_second_account_with_the_same_email_in_another_case():
    from django.db import IntegrityError, transaction

    UserFactory(username="first", email="Same@Example.com")
    with pytest.raises(IntegrityError), transaction.atomic():
        UserFactory(username="second", email="same@example.COM")
