"""Log in (keeping a visitor's progress), log out, the django-axes lockout and the header's account area."""

from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.urls import resolve, reverse
from django.utils import timezone

from progress.models import Learner, ProgressStatus, SkillProgress
from progress.services import SESSION_KEY
from tests.factories import SkillFactory
from tests.progress_helpers import visitor_with_progress

PASSWORD = "correct horse battery staple"


def log_in(client, username="alice", password=PASSWORD, **extra):
    return client.post(reverse("login"), {"username": username, "password": password, **extra})


# Log in


@pytest.mark.django_db
def test_it_shows_the_form(client):
    response = client.get(reverse("login"))
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count("<h1") == 1
    assert 'autocomplete="username"' in html
    assert 'autocomplete="current-password"' in html
    assert reverse("password_reset") in html


@pytest.mark.django_db
def test_it_logs_in(client, alice):
    response = log_in(client)
    assert response.status_code == 302
    assert response.url == reverse("guide:home")
    assert client.session["_auth_user_id"] == str(alice.pk)


@pytest.mark.django_db
def test_it_redirects_to_a_safe_next(client, alice):
    response = log_in(client, next="/skills/")
    assert response.url == "/skills/"


@pytest.mark.django_db
def test_it_ignores_an_unsafe_next(client, alice):
    response = log_in(client, next="https://evil.example.com/")
    assert response.url == reverse("guide:home")


@pytest.mark.django_db
def test_it_rejects_a_wrong_password(client, alice):
    response = log_in(client, password="wrong password")
    assert response.status_code == 200
    assert "Please enter a correct username and password." in response.content.decode()
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_it_redirects_a_logged_in_user(client, alice):
    client.force_login(alice)
    response = client.get(reverse("login"))
    assert response.status_code == 302
    assert response.url == reverse("guide:home")


@pytest.mark.django_db
def test_it_moves_a_visitors_progress_into_the_account(client, alice):
    skill = SkillFactory()
    visitor = visitor_with_progress(client, skill, status=ProgressStatus.DONE, level=3)

    log_in(client)

    progress = SkillProgress.objects.get(learner__user=alice, skill=skill)
    assert (progress.status, progress.level) == (ProgressStatus.DONE, 3)
    assert not Learner.objects.filter(pk=visitor.pk).exists()
    assert SESSION_KEY not in client.session


@pytest.mark.django_db
def test_it_lets_the_visitors_later_change_win(client, alice):
    skill = SkillFactory()
    account = Learner.objects.create(user=alice)
    SkillProgress.objects.create(learner=account, skill=skill, level=1, updated_at=timezone.now() - timedelta(days=1))
    visitor_with_progress(client, skill, level=4, updated_at=timezone.now())

    log_in(client)

    assert SkillProgress.objects.get(learner=account, skill=skill).level == 4
    assert not Learner.objects.filter(user__isnull=True).exists()


@pytest.mark.django_db
def test_it_lets_the_accounts_later_change_win(client, alice):
    skill = SkillFactory()
    account = Learner.objects.create(user=alice)
    SkillProgress.objects.create(learner=account, skill=skill, level=1, updated_at=timezone.now())
    visitor_with_progress(client, skill, level=4, updated_at=timezone.now() - timedelta(days=1))

    log_in(client)

    assert SkillProgress.objects.get(learner=account, skill=skill).level == 1
    assert not Learner.objects.filter(user__isnull=True).exists()


@pytest.mark.django_db
def test_it_keeps_the_visitors_progress_after_a_failed_log_in(client, alice):
    skill = SkillFactory()
    visitor = visitor_with_progress(client, skill, level=2)

    log_in(client, password="wrong password")

    assert SkillProgress.objects.filter(learner=visitor, skill=skill, level=2).exists()
    assert not Learner.objects.filter(user=alice).exists()


@pytest.mark.django_db
def test_it_never_merges_into_another_users_account(client, alice, bob):
    skill = SkillFactory()
    visitor_with_progress(client, skill, level=2)

    log_in(client)

    assert SkillProgress.objects.filter(learner__user=alice, skill=skill).exists()
    assert not SkillProgress.objects.filter(learner__user=bob).exists()


@pytest.mark.django_db
def test_it_does_not_change_anything_on_get(client, alice):
    skill = SkillFactory()
    visitor = visitor_with_progress(client, skill)

    client.get(reverse("login"))

    assert Learner.objects.filter(pk=visitor.pk, user__isnull=True).exists()
    assert not AccessAttempt.objects.exists()


# Lockout (django-axes: AXES_FAILURE_LIMIT = 5 by username and address)


@pytest.mark.django_db
def test_it_locks_out_after_five_failures(client, alice):
    for _ in range(4):
        assert log_in(client, password="wrong password").status_code == 200

    fifth = log_in(client, password="wrong password")

    assert fifth.status_code == 429
    assert "Too many failed log-in attempts" in fifth.content.decode()


@pytest.mark.django_db
def test_it_refuses_even_the_right_password_while_locked_out(client, alice):
    for _ in range(5):
        log_in(client, password="wrong password")

    response = log_in(client)

    assert response.status_code == 429
    html = response.content.decode()
    assert "is locked for 15 minutes" in html
    assert "alice" in html
    assert reverse("password_reset") in html
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_it_locks_only_that_username(client, alice, bob):
    for _ in range(5):
        log_in(client, password="wrong password")

    response = log_in(client, username="bob")

    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(bob.pk)


@pytest.mark.django_db
def test_it_resets_the_failure_count_on_success(client, alice):
    for _ in range(4):
        log_in(client, password="wrong password")
    assert log_in(client).status_code == 302
    client.post(reverse("logout"))

    for _ in range(4):
        assert log_in(client, password="wrong password").status_code == 200
    assert log_in(client).status_code == 302


# Log out


@pytest.mark.django_db
def test_it_logs_out_on_post(client, alice):
    client.force_login(alice)
    response = client.post(reverse("logout"))
    assert response.status_code == 302
    assert response.url == reverse("guide:home")
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_it_does_not_log_out_on_get(client, alice):
    client.force_login(alice)
    response = client.get(reverse("logout"))
    assert response.status_code == 405
    assert client.session["_auth_user_id"] == str(alice.pk)


# The header's account area (includes/account_nav.html)


def render_nav(user, path="/skills/"):
    request = RequestFactory().get(path)
    request.user = user or AnonymousUser()
    request.resolver_match = resolve(path)
    return render_to_string("includes/account_nav.html", {"user": request.user}, request=request)


@pytest.mark.django_db
def test_it_offers_log_in_and_sign_up_to_a_visitor():
    html = render_nav(None)
    assert f'href="{reverse("login")}?next=/skills/"' in html
    assert f'href="{reverse("signup")}?next=/skills/"' in html
    assert 'href="/progress/"' in html
    assert reverse("logout") not in html


@pytest.mark.django_db
def test_it_does_not_send_a_visitor_back_to_the_log_in_page():
    html = render_nav(None, path=reverse("login"))
    assert f'href="{reverse("login")}"' in html
    assert "next=" not in html


@pytest.mark.django_db
def test_it_offers_account_and_log_out_to_a_user(alice):
    html = render_nav(alice)
    assert f'href="{reverse("account")}"' in html
    assert f'<form id="form-logout" class="logout-form" method="post" action="{reverse("logout")}">' in html
    assert 'name="csrfmiddlewaretoken"' in html  # rendered alone, outside base.html: the token inline
    assert '<button type="submit"' in html
    assert 'href="/progress/"' in html
    assert reverse("login") not in html


def test_a_session_loads_the_user_and_their_learner_in_one_query(client, alice, django_assert_num_queries):
    from django.contrib.auth import BACKEND_SESSION_KEY, get_user

    from progress.models import Learner

    log_in(client)
    assert client.session[BACKEND_SESSION_KEY] == "accounts.backends.UserWithLearnerBackend"
    learner = Learner.objects.create(user=alice)
    request = RequestFactory().get("/")
    request.session = client.session
    session_query = 0 if settings.SESSION_ENGINE.endswith("cached_db") else 1  # cached_db reads Redis
    with django_assert_num_queries(session_query + 1):  # the session, then the user joined with their learner
        user = get_user(request)
        assert user.learner == learner


def test_a_session_from_before_the_learner_backend_still_works(client, alice):
    client.force_login(alice, backend="django.contrib.auth.backends.ModelBackend")
    assert client.get(reverse("progress:dashboard")).status_code == 200
    assert client.get(reverse("account")).status_code == 200
