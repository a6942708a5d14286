"""The confirmation link: activates a pending account, logs it in and keeps the visitor's progress."""

from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.core import mail, signing
from django.urls import reverse
from django.utils import timezone

from accounts.models import PendingAccount
from accounts.services import CONFIRMATION_MAX_AGE, CONFIRMATION_SALT, confirmation_token
from progress.models import Learner, ProgressStatus, SkillProgress
from progress.services import SESSION_KEY
from tests.accounts.signup_helpers import PASSWORD, confirm, confirm_link, open_link, sign_up
from tests.factories import SkillFactory, UserFactory
from tests.progress_helpers import visitor_with_progress

User = get_user_model()
pytestmark = pytest.mark.django_db


@pytest.fixture
def link(client) -> str:
    """charlie's confirmation link, signed up from `client`."""
    sign_up(client)
    return confirm_link(mail.outbox[0])


def test_the_link_moves_its_token_into_the_session(client, link):
    response = client.get(link)
    assert response.status_code == 302
    assert response.url == reverse("signup_confirm")
    token = link.rsplit("/", 2)[-2]
    assert token not in response.url


def test_opening_the_link_shows_a_button_and_changes_nothing(client, link):
    page = open_link(client, link)

    assert page.status_code == 200
    html = page.content.decode()
    assert html.count("<h1") == 1
    assert "<h1>Confirm your email address</h1>" in html
    assert "<strong>charlie</strong>" in html
    assert '<button type="submit" class="btn btn-primary">Confirm and log in</button>' in html
    assert User.objects.get(username="charlie").is_active is False
    assert "_auth_user_id" not in client.session


def test_the_button_activates_the_account_and_logs_it_in(client, link):
    open_link(client, link)
    response = client.post(reverse("signup_confirm"), follow=True)

    assert response.redirect_chain == [(reverse("guide:home"), 302)]
    user = User.objects.get(username="charlie")
    assert user.is_active
    assert not PendingAccount.objects.exists()
    assert response.context["user"] == user
    assert "Welcome, charlie" in response.content.decode()
    assert client.post(reverse("logout")).status_code == 302
    logged_in = client.post(reverse("login"), {"username": "charlie", "password": PASSWORD})
    assert logged_in.status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)


def test_it_works_in_another_browser(client, link):
    from django.test import Client

    other = Client()
    response = confirm(other, link)
    assert response.status_code == 302
    assert other.session["_auth_user_id"] == str(User.objects.get(username="charlie").pk)


def test_it_moves_the_visitors_progress_into_the_account(client):
    skill = SkillFactory()
    visitor = visitor_with_progress(client, skill, status=ProgressStatus.LEARNING, level=2, notes="Halfway")
    sign_up(client)

    confirm(client, confirm_link(mail.outbox[0]))

    account = Learner.objects.get(user__username="charlie")
    progress = SkillProgress.objects.get(learner=account, skill=skill)
    assert (progress.status, progress.level, progress.notes) == (ProgressStatus.LEARNING, 2, "Halfway")
    assert not Learner.objects.filter(pk=visitor.pk).exists()
    assert SESSION_KEY not in client.session


def test_it_keeps_the_visitors_time_stamps(client):
    # A new account has no progress of its own, so nothing competes with the visitor's rows
    # (test_login covers "later change wins"); the time stamp must travel unchanged.
    skill = SkillFactory()
    earlier = timezone.now() - timedelta(days=2)
    visitor_with_progress(client, skill, level=2, updated_at=earlier)
    sign_up(client)

    confirm(client, confirm_link(mail.outbox[0]))

    progress = SkillProgress.objects.get(learner__user__username="charlie", skill=skill)
    assert (progress.level, progress.updated_at) == (2, earlier)


def test_it_leaves_other_visitors_alone(client):
    skill = SkillFactory()
    other = Learner.objects.create()
    SkillProgress.objects.create(learner=other, skill=skill, level=3, updated_at=timezone.now())
    sign_up(client)

    confirm(client, confirm_link(mail.outbox[0]))

    assert SkillProgress.objects.filter(learner=other, skill=skill, level=3).exists()
    assert not SkillProgress.objects.filter(learner__user__username="charlie").exists()


# Links that do not work


def test_a_used_link_says_the_account_is_ready(client, link):
    from django.test import Client

    confirm(Client(), link)  # used in another browser

    page = open_link(client, link)

    assert page.context["problem"] == "already_confirmed"
    html = page.content.decode()
    assert "<h1>Your address is already confirmed</h1>" in html
    assert f'href="{reverse("login")}"' in html
    assert "_auth_user_id" not in client.session


def test_a_used_link_sends_its_owner_on_when_they_are_logged_in(client, link):
    confirm(client, link)
    response = client.get(link, follow=True)
    assert response.redirect_chain[-1] == (reverse("guide:home"), 302)


def test_pressing_the_button_twice_does_not_log_in_twice(client, link):
    from django.test import Client

    other = Client()
    open_link(other, link)
    confirm(client, link)

    response = other.post(reverse("signup_confirm"))

    assert response.status_code == 200
    assert response.context["problem"] == "already_confirmed"
    assert "_auth_user_id" not in other.session


def test_an_expired_link_says_so(client):
    sign_up(client)
    user = User.objects.get(username="charlie")

    class LongAgo(signing.TimestampSigner):
        def timestamp(self):
            then = timezone.now() - CONFIRMATION_MAX_AGE - timedelta(minutes=1)
            return signing.b62_encode(int(then.timestamp()))

    token = LongAgo(salt=CONFIRMATION_SALT).sign_object({"user": user.pk, "email": user.email})
    page = open_link(client, reverse("signup_confirm_link", args=[token]))

    assert page.context["problem"] == "expired"
    assert "<h1>This link has expired</h1>" in page.content.decode()
    response = client.post(reverse("signup_confirm"))
    assert response.context["problem"] == "expired"
    user.refresh_from_db()
    assert user.is_active is False
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize(
    "forge",
    [
        lambda token: token[:-1] + ("A" if token[-1] != "A" else "B"),  # the signature changed
        lambda token: "x" + token,  # the payload changed
        lambda token: signing.dumps({"user": 1, "email": "charlie@example.com"}, salt="another.salt"),
        lambda token: "nonsense",
    ],
    ids=["signature", "payload", "salt", "nonsense"],
)
def test_a_forged_link_does_not_work(client, link, forge):
    token = link.split("?")[0].rsplit("/", 2)[-2]
    page = open_link(client, reverse("signup_confirm_link", args=[forge(token)]))

    assert page.status_code == 200
    assert page.context["problem"] == "invalid"
    assert "<h1>This link does not work</h1>" in page.content.decode()
    client.post(reverse("signup_confirm"))
    assert User.objects.get(username="charlie").is_active is False
    assert "_auth_user_id" not in client.session


def test_a_link_to_an_account_that_no_longer_exists_does_not_work(client, link):
    User.objects.filter(username="charlie").delete()
    page = open_link(client, link)
    assert page.context["problem"] == "gone"
    assert "<h1>This link does not work</h1>" in page.content.decode()


def test_a_link_for_another_address_does_not_work(client, link):
    User.objects.filter(username="charlie").update(email="changed@example.com")
    assert open_link(client, link).context["problem"] == "gone"


def test_a_link_to_a_switched_off_account_does_not_work(client):
    olive = UserFactory(username="olive", is_active=False)
    page = open_link(client, reverse("signup_confirm_link", args=[confirmation_token(olive)]))
    assert page.context["problem"] == "gone"
    client.post(reverse("signup_confirm"))
    olive.refresh_from_db()
    assert olive.is_active is False


def test_the_confirm_page_without_a_link_does_not_work(client):
    response = client.get(reverse("signup_confirm"))
    assert response.status_code == 200
    assert response.context["problem"] == "invalid"
    assert client.post(reverse("signup_confirm")).context["problem"] == "invalid"


def test_the_link_only_answers_get(client, link):
    assert client.post(link).status_code == 405


def test_an_unsafe_next_on_the_link_is_dropped(client, link):
    response = client.get(link.split("?")[0] + "?next=https://evil.example.com/")
    assert response.url == reverse("signup_confirm")
    assert confirm(client, link.split("?")[0] + "?next=//evil.example.com/").url == reverse("guide:home")


def test_a_junk_token_is_not_kept(client):
    page = open_link(client, reverse("signup_confirm_link", args=["t" * 5000]))
    assert page.context["problem"] == "invalid"
    assert len(client.session["accounts_confirmation"]) == 0
