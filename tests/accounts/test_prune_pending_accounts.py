"""prune_pending_accounts: unconfirmed sign-ups whose link has expired are deleted; nothing else."""

from datetime import timedelta
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import timezone

from accounts.models import PendingAccount, SignupMail
from accounts.services import CONFIRMATION_MAX_AGE, SIGNUP_MAIL_INTERVAL
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db
User = get_user_model()


def _pending(username: str, *, age: timedelta):
    user = UserFactory(username=username, is_active=False)
    PendingAccount.objects.create(user=user, created_at=timezone.now() - age)
    return user


def _prune() -> str:
    out = StringIO()
    call_command("prune_pending_accounts", stdout=out)
    return out.getvalue()


def test_it_deletes_expired_pending_accounts_only(alice):
    _pending("old", age=CONFIRMATION_MAX_AGE + timedelta(minutes=1))
    fresh = _pending("fresh", age=timedelta(hours=1))
    switched_off = UserFactory(username="olive", is_active=False, date_joined=timezone.now() - timedelta(days=400))

    output = _prune()

    assert set(User.objects.all()) == {alice, fresh, switched_off}
    assert list(PendingAccount.objects.values_list("user__username", flat=True)) == ["fresh"]
    assert output == "Deleted 1 unconfirmed accounts and 0 sign-up mail log entries.\n"


def test_it_deletes_the_old_mail_log():
    SignupMail.objects.create(address_digest="a" * 64, sent_at=timezone.now() - SIGNUP_MAIL_INTERVAL * 2)
    SignupMail.objects.create(address_digest="b" * 64, sent_at=timezone.now())
    assert "and 1 sign-up mail log entries" in _prune()
    assert list(SignupMail.objects.values_list("address_digest", flat=True)) == ["b" * 64]


def test_running_it_twice_deletes_nothing_more():
    _pending("old", age=CONFIRMATION_MAX_AGE * 2)
    _prune()
    assert _prune() == "Deleted 0 unconfirmed accounts and 0 sign-up mail log entries.\n"
