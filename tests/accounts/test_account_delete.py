"""The account page and deleting an account (which deletes all its progress)."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone

from progress.models import Learner, SkillProgress
from tests.factories import SkillFactory

PASSWORD = "correct horse battery staple"
User = get_user_model()


def learner_with_progress(user, skill) -> Learner:
    learner = Learner.objects.create(user=user)
    SkillProgress.objects.create(learner=learner, skill=skill, level=2, updated_at=timezone.now())
    return learner


# The account page


@pytest.mark.django_db
def test_it_shows_the_account(client, alice):
    client.force_login(alice)
    response = client.get(reverse("account"))
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count("<h1") == 1
    assert "alice@example.com" in html
    assert reverse("password_change") in html
    assert reverse("account_delete") in html


@pytest.mark.django_db
def test_it_shows_only_your_own_account(client, alice, bob):
    client.force_login(bob)
    response = client.get(reverse("account"))
    assert "bob@example.com" in response.content.decode()
    assert "alice" not in response.content.decode()


@pytest.mark.django_db
def test_it_sends_a_visitor_to_log_in_from_the_account_page(client):
    response = client.get(reverse("account"))
    assert response.status_code == 302
    assert response.url == f"{reverse('login')}?next={reverse('account')}"


# Deleting the account


@pytest.mark.django_db
def test_it_asks_for_confirmation(client, alice):
    client.force_login(alice)
    response = client.get(reverse("account_delete"))
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count("<h1") == 1
    assert 'autocomplete="current-password"' in html
    assert 'method="post"' in html


@pytest.mark.django_db
def test_it_does_nothing_on_get(client, alice):
    learner_with_progress(alice, SkillFactory())
    client.force_login(alice)

    client.get(reverse("account_delete"))

    assert User.objects.filter(pk=alice.pk).exists()
    assert SkillProgress.objects.filter(learner__user=alice).exists()
    assert client.session["_auth_user_id"] == str(alice.pk)


@pytest.mark.django_db
def test_it_deletes_the_account_and_all_its_progress(client, alice):
    learner = learner_with_progress(alice, SkillFactory())
    client.force_login(alice)

    response = client.post(reverse("account_delete"), {"password": PASSWORD}, follow=True)

    assert response.redirect_chain == [(reverse("guide:home"), 302)]
    assert "Your account and all your progress have been deleted." in response.content.decode()
    assert not User.objects.filter(pk=alice.pk).exists()
    assert not Learner.objects.filter(pk=learner.pk).exists()
    assert not SkillProgress.objects.filter(learner_id=learner.pk).exists()
    assert "_auth_user_id" not in client.session
    assert not response.context["user"].is_authenticated


@pytest.mark.django_db
def test_it_leaves_other_users_alone(client, alice, bob):
    skill = SkillFactory()
    learner_with_progress(alice, skill)
    bobs_learner = learner_with_progress(bob, skill)
    client.force_login(alice)

    client.post(reverse("account_delete"), {"password": PASSWORD})

    assert User.objects.filter(pk=bob.pk).exists()
    assert SkillProgress.objects.filter(learner=bobs_learner, skill=skill, level=2).exists()


@pytest.mark.django_db
def test_it_refuses_a_wrong_password(client, alice):
    learner_with_progress(alice, SkillFactory())
    client.force_login(alice)

    response = client.post(reverse("account_delete"), {"password": "wrong password"})

    assert response.status_code == 200
    assert "That is not your current password. Your account has not been deleted." in response.content.decode()
    assert User.objects.filter(pk=alice.pk).exists()
    assert SkillProgress.objects.filter(learner__user=alice).exists()
    assert client.session["_auth_user_id"] == str(alice.pk)


@pytest.mark.django_db
def test_it_refuses_an_empty_password(client, alice):
    client.force_login(alice)
    response = client.post(reverse("account_delete"), {"password": ""})
    assert response.status_code == 200
    assert "This field is required." in response.content.decode()
    assert User.objects.filter(pk=alice.pk).exists()


@pytest.mark.django_db
def test_it_checks_the_password_of_the_logged_in_user_only(client, alice, bob):
    # Bob knows his own password, not alice's: it can only ever delete bob.
    client.force_login(bob)
    client.post(reverse("account_delete"), {"password": PASSWORD, "username": "alice"})
    assert User.objects.filter(pk=alice.pk).exists()
    assert not User.objects.filter(pk=bob.pk).exists()


@pytest.mark.django_db
def test_it_sends_a_visitor_to_log_in(client, alice):
    response = client.post(reverse("account_delete"), {"password": PASSWORD})
    assert response.status_code == 302
    assert response.url == f"{reverse('login')}?next={reverse('account_delete')}"
    assert User.objects.filter(pk=alice.pk).exists()
