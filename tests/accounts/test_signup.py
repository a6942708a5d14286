"""Sign up: makes a pending account and mails a link; never says whether an address has an account.

Confirming the link is in test_signup_confirm.py.
"""

from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.db import IntegrityError
from django.urls import reverse
from django.utils import timezone

from accounts.models import PendingAccount, SignupMail
from accounts.services import BROWSER_KEY_SESSION_KEY, SIGNUP_MAIL_INTERVAL, account_sign_up
from progress.models import Learner, ProgressStatus, SkillProgress
from progress.services import SESSION_KEY
from tests.accounts.signup_helpers import PASSWORD, confirm, confirm_link, last_mail_to, sign_up, signup_data
from tests.factories import SkillFactory, UserFactory
from tests.progress_helpers import visitor_with_progress

User = get_user_model()


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
    assert "We email you a link to confirm it." in html
    assert not User.objects.exists()


@pytest.mark.django_db
def test_it_makes_a_pending_account_and_mails_a_link(client):
    response = sign_up(client)

    assert response.status_code == 302
    assert response.url == reverse("signup_done")
    user = User.objects.get(username="charlie")
    assert user.email == "charlie@example.com"
    assert user.check_password(PASSWORD)
    assert user.is_active is False
    assert PendingAccount.objects.filter(user=user).exists()
    assert "_auth_user_id" not in client.session
    assert PendingAccount.objects.get(user=user).browser_key == client.session[BROWSER_KEY_SESSION_KEY]

    [message] = mail.outbox
    assert message.to == ["charlie@example.com"]
    assert message.subject == "Confirm your Career Guide account"
    assert "the username charlie" in message.body
    assert "<" not in message.body  # plain text, nothing escaped or tagged
    assert confirm_link(message).startswith("/accounts/signup/confirm/")


@pytest.mark.django_db
def test_the_page_it_ends_on_says_to_check_the_inbox(client):
    response = client.post(reverse("signup"), signup_data(), follow=True)
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count("<h1") == 1
    assert "<h1>Check your email</h1>" in html
    assert "Welcome" not in html


@pytest.mark.django_db
def test_the_request_leaves_the_account_and_the_mail_to_the_job_after_it(client):
    # The job runs once the request's transaction has committed (here the test's own never does), and
    # in production after the response has been sent: the request does the same work for any address.
    response = client.post(reverse("signup"), signup_data())
    assert response.url == reverse("signup_done")
    assert not User.objects.exists()
    assert mail.outbox == []


@pytest.mark.django_db
def test_a_pending_account_cannot_log_in(client):
    sign_up(client)
    response = client.post(reverse("login"), {"username": "charlie", "password": PASSWORD})
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session


# The same answer whether or not the address has an account


def _answer(client, **changes):
    response = sign_up(client, **changes)
    page = client.get(response.url)
    return response, page


@pytest.mark.django_db
def test_it_answers_a_new_and_a_registered_address_alike(client, django_user_model):
    from django.test import Client

    UserFactory(username="alice", email="alice@example.com")
    new, new_page = _answer(Client(), username="charlie", email="charlie@example.com")
    taken, taken_page = _answer(Client(), username="dave", email="ALICE@example.com")

    assert new.status_code == taken.status_code == 302
    assert new.url == taken.url == reverse("signup_done")
    assert sorted(new.cookies) == sorted(taken.cookies) == ["sessionid"]
    assert new_page.status_code == taken_page.status_code == 200
    assert new_page.content == taken_page.content
    assert [name for name, _ in new.items()] == [name for name, _ in taken.items()]


@pytest.mark.django_db
def test_it_tells_the_owner_of_a_registered_address_by_mail(client, alice):
    response = sign_up(client, username="dave", email="ALICE@Example.COM")

    assert response.url == reverse("signup_done")
    assert list(User.objects.all()) == [alice]
    alice.refresh_from_db()
    assert alice.check_password("correct horse battery staple")
    [message] = mail.outbox
    assert message.to == ["alice@example.com"]
    assert message.subject == "Someone tried to sign up with your Career Guide address"
    assert "Your username is: alice" in message.body
    assert "http://testserver" not in message.body  # links use SITE_URL, never the request's host
    assert f"{reverse('login')}\n" in message.body
    assert f"{reverse('password_reset')}\n" in message.body
    assert "dave" not in message.body
    assert "<" not in message.body


@pytest.mark.django_db
def test_it_mails_nobody_for_an_account_an_administrator_switched_off(client):
    UserFactory(username="olive", email="olive@example.com", is_active=False)
    response = sign_up(client, email="olive@example.com")
    assert response.url == reverse("signup_done")
    assert mail.outbox == []
    assert not User.objects.filter(username="charlie").exists()


@pytest.mark.django_db
def test_an_address_pending_elsewhere_gets_its_own_link_again(client):
    from django.test import Client

    sign_up(Client())  # charlie, in another browser
    mail.outbox.clear()
    SignupMail.objects.update(sent_at=timezone.now() - SIGNUP_MAIL_INTERVAL)

    response = sign_up(client, username="dave", email="Charlie@example.com")

    assert response.url == reverse("signup_done")
    assert not User.objects.filter(username="dave").exists()
    message = last_mail_to("charlie@example.com")
    assert "the username charlie" in message.body
    confirm(client, confirm_link(message))
    assert User.objects.get(username="charlie").is_active


@pytest.mark.django_db
def test_signing_up_again_from_the_same_browser_replaces_its_pending_account(client):
    sign_up(client, email="charlie@exmaple.com")  # a typo
    first = User.objects.get(username="charlie")
    first_link = confirm_link(last_mail_to("charlie@exmaple.com"))

    sign_up(client, email="charlie@example.com")

    user = User.objects.get(username="charlie")
    assert user.pk != first.pk
    assert user.email == "charlie@example.com"
    assert PendingAccount.objects.count() == 1
    # The first link now confirms nothing.
    page = client.get(first_link, follow=True)
    assert page.context["problem"] == "gone"


@pytest.mark.django_db
def test_a_pending_username_is_taken_for_everyone_else(client):
    from django.test import Client

    sign_up(Client())
    response = sign_up(client, email="someone@example.com")
    assert response.status_code == 200
    assert "A user with that username already exists." in response.content.decode()
    assert User.objects.count() == 1


@pytest.mark.django_db
def test_an_expired_pending_account_frees_its_username_and_address(client):
    from django.test import Client

    sign_up(Client())
    PendingAccount.objects.update(created_at=timezone.now() - timedelta(days=4))
    mail.outbox.clear()

    response = sign_up(client, password1=PASSWORD + "!", password2=PASSWORD + "!")

    assert response.url == reverse("signup_done")
    user = User.objects.get(username="charlie")
    assert user.check_password(PASSWORD + "!")
    assert PendingAccount.objects.get().user == user
    assert last_mail_to("charlie@example.com")


@pytest.mark.django_db
def test_a_confirmed_account_is_never_replaced(client, alice):
    # alice is active: her username stays taken, whatever the session holds.
    session = client.session
    session[BROWSER_KEY_SESSION_KEY] = ""
    session.save()
    response = sign_up(client, username="alice", email="alice@example.com")
    assert response.status_code == 200
    assert "A user with that username already exists." in response.content.decode()
    assert User.objects.get(username="alice") == alice


# At most one mail per address and interval, unless it is a new account's link


@pytest.mark.django_db
def test_an_owner_is_told_at_most_once_per_interval(client, alice):
    from django.test import Client

    for number in range(3):
        assert sign_up(Client(), username=f"dave{number}", email="alice@example.com").status_code == 302
    assert [message.to for message in mail.outbox] == [["alice@example.com"]]

    SignupMail.objects.update(sent_at=timezone.now() - SIGNUP_MAIL_INTERVAL)
    sign_up(Client(), username="erin", email="alice@example.com")
    assert len(mail.outbox) == 2


@pytest.mark.django_db
def test_a_new_accounts_link_is_always_sent(client):
    sign_up(client, username="charlie")
    sign_up(client, username="charles")  # the same browser, the same address: a new pending account
    assert [message.to for message in mail.outbox] == [["charlie@example.com"]] * 2
    assert "the username charles" in mail.outbox[-1].body
    assert list(User.objects.values_list("username", flat=True)) == ["charles"]


@pytest.mark.django_db
def test_the_mail_log_keeps_no_address(client, alice):
    from django.test import Client

    sign_up(Client(), username="dave", email="alice@example.com")
    sign_up(Client(), username="erin", email="erin@example.com")
    digests = list(SignupMail.objects.values_list("address_digest", flat=True))
    assert len(digests) == 2
    assert all(len(digest) == 64 and "@" not in digest for digest in digests)


# Bad input


@pytest.mark.django_db
def test_it_rejects_mismatched_passwords(client):
    response = sign_up(client, password2=PASSWORD + "x")
    assert response.status_code == 200
    assert "The two password fields didn’t match." in response.content.decode()
    assert not User.objects.exists()
    assert mail.outbox == []
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_it_rejects_a_weak_password(client):
    response = sign_up(client, password1="password", password2="password")
    assert response.status_code == 200
    assert "This password is too common." in response.content.decode()
    assert not User.objects.exists()
    assert mail.outbox == []


@pytest.mark.django_db
def test_it_rejects_a_username_in_use_in_another_case(client, alice):
    response = sign_up(client, username="Alice")
    assert response.status_code == 200
    assert "A user with that username already exists." in response.content.decode()
    assert User.objects.count() == 1
    assert mail.outbox == []


@pytest.mark.django_db
def test_a_taken_username_says_nothing_about_the_address(client, alice):
    # The same error, whether the address is alice's own or unknown.
    with_her_address = sign_up(client, username="alice", email="alice@example.com")
    with_another = sign_up(client, username="alice", email="zed@example.com")
    assert with_her_address.status_code == with_another.status_code == 200
    assert with_her_address.context["form"].errors == with_another.context["form"].errors
    assert list(with_her_address.context["form"].errors) == ["username"]
    assert mail.outbox == []


@pytest.mark.django_db
def test_it_requires_an_email(client):
    response = sign_up(client, email="")
    assert response.status_code == 200
    assert "This field is required." in response.content.decode()
    assert not User.objects.exists()


@pytest.mark.django_db
def test_it_rejects_an_invalid_email(client):
    response = sign_up(client, email="not an address")
    assert response.status_code == 200
    assert "Enter a valid email address." in response.content.decode()
    assert mail.outbox == []


@pytest.mark.django_db
def test_a_username_taken_between_the_form_and_the_job_makes_nothing(caplog):
    UserFactory(username="charlie", email="first@example.com")
    outcome, user = account_sign_up(
        username="charlie", email="charlie@example.com", password_hash="x", browser_key="k", next_url=""
    )
    assert (outcome.name, user) == ("NOTHING", None)
    assert "Sign-up dropped" in caplog.text
    assert mail.outbox == []
    assert User.objects.count() == 1


# next=


@pytest.mark.django_db
def test_it_keeps_next_from_the_query_string_in_the_form(client):
    response = client.get(reverse("signup"), {"next": "/skills/"})
    assert '<input type="hidden" name="next" value="/skills/">' in response.content.decode()


@pytest.mark.django_db
def test_it_drops_an_unsafe_next_from_the_form(client):
    response = client.get(reverse("signup"), {"next": "https://evil.example.com/"})
    assert "evil.example.com" not in response.content.decode()


@pytest.mark.django_db
def test_it_carries_a_safe_next_through_the_mail(client):
    sign_up(client, next="/skills/")
    link = confirm_link(mail.outbox[0])
    assert link.endswith("?next=%2Fskills%2F")
    response = confirm(client, link)
    assert response.status_code == 302
    assert response.url == "/skills/"


@pytest.mark.django_db
def test_it_leaves_an_unsafe_next_out_of_the_mail(client):
    sign_up(client, next="https://evil.example.com/")
    link = confirm_link(mail.outbox[0])
    assert "next" not in link
    assert confirm(client, link).url == reverse("guide:home")


# Logged in, GET


@pytest.mark.django_db
def test_it_redirects_a_logged_in_user_home(client, alice):
    client.force_login(alice)
    response = client.get(reverse("signup"))
    assert response.status_code == 302
    assert response.url == reverse("guide:home")


@pytest.mark.django_db
def test_it_does_not_create_a_second_account_for_a_logged_in_user(client, alice):
    client.force_login(alice)
    sign_up(client)
    assert list(User.objects.all()) == [alice]
    assert mail.outbox == []


@pytest.mark.django_db
def test_it_does_not_change_anything_on_get(client):
    skill = SkillFactory()
    visitor = visitor_with_progress(client, skill)
    UserFactory(username="alice")

    client.get(reverse("signup"))

    assert User.objects.count() == 1
    assert Learner.objects.filter(pk=visitor.pk, user__isnull=True).exists()
    assert client.session[SESSION_KEY] == visitor.pk


# The visitor's progress


@pytest.mark.django_db
def test_it_keeps_the_visitors_progress_until_the_address_is_confirmed(client):
    skill = SkillFactory()
    visitor = visitor_with_progress(client, skill, level=1)

    sign_up(client)

    assert SkillProgress.objects.filter(learner=visitor, skill=skill).exists()
    assert client.session[SESSION_KEY] == visitor.pk


@pytest.mark.django_db
def test_it_keeps_the_visitors_progress_when_the_form_is_invalid(client):
    skill = SkillFactory()
    visitor = visitor_with_progress(client, skill, level=1)

    client.post(reverse("signup"), signup_data(password2="nope"))

    assert SkillProgress.objects.filter(learner=visitor, skill=skill).exists()
    assert client.session[SESSION_KEY] == visitor.pk


@pytest.mark.django_db
def test_the_database_refuses_a_second_account_with_the_same_email_in_another_case():
    from django.db import transaction

    UserFactory(username="first", email="Same@Example.com")
    with pytest.raises(IntegrityError), transaction.atomic():
        UserFactory(username="second", email="same@example.COM")


@pytest.mark.django_db
def test_a_new_account_keeps_progress_statuses(client):
    skill = SkillFactory()
    visitor_with_progress(client, skill, status=ProgressStatus.DONE, level=3)
    sign_up(client)
    confirm(client, confirm_link(mail.outbox[0]))
    progress = SkillProgress.objects.get(learner__user__username="charlie", skill=skill)
    assert (progress.status, progress.level) == (ProgressStatus.DONE, 3)
