"""Sign-up by confirmed email address, written so that nobody learns which addresses have accounts.

Signing up never says whether an address is taken. A well-formed form always gets the same answer
("check your inbox") after the same work (the password is hashed either way, and mail goes out on a
background thread after commit, core/mail.py), and the mail is what differs:

- an address nobody uses: a pending (inactive) account is made, and its address gets a link that
  confirms it, activates the account and logs its owner in;
- an address of a pending account whose link has expired, or that this browser signed up a moment
  ago (a typo corrected, say): that pending account is replaced by the new one;
- an address of a pending account signed up elsewhere: its confirmation link is sent again, and
  nothing is made (whoever owns the address confirms the account they asked for, or lets it expire);
- an address of an active account: its owner is told by mail that someone tried to sign up with it,
  with links to log in and to reset the password;
- an address of an account an administrator switched off: nothing is sent.

The confirmation link is a `django.core.signing` token (the user's id and address, salted for this
use) that expires after CONFIRMATION_MAX_AGE; it works while the account is pending, and the
account's address must still be the one it was sent to.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import AbstractBaseUser
from django.core import signing
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode

from accounts.models import PendingAccount
from core.mail import send_after_commit

CONFIRMATION_MAX_AGE = timedelta(days=3)
CONFIRMATION_SALT = "accounts.signup-confirmation"
# The pending account this browser signed up, so that signing up again from it replaces that account.
PENDING_SESSION_KEY = "accounts_pending_user_id"


class SignupOutcome(enum.Enum):
    """What a sign-up did. Only tests and logs see it: the person always gets the same answer."""

    CREATED = "created"
    RESENT = "resent"  # a pending account elsewhere has the address: its link went to it again
    OWNER_TOLD = "owner told"  # an active account has the address: its owner was told
    NOTHING = "nothing"  # an account an administrator switched off has the address


class ConfirmationProblem(enum.Enum):
    INVALID = "invalid"  # not a token we made (forged, truncated, another salt)
    EXPIRED = "expired"
    GONE = "gone"  # the account no longer exists, or its address changed, or it was switched off
    ALREADY_CONFIRMED = "already confirmed"


@dataclass(frozen=True)
class Confirmation:
    user: AbstractBaseUser | None
    problem: ConfirmationProblem | None


def confirmation_token(user: AbstractBaseUser) -> str:
    return signing.dumps({"user": user.pk, "email": user.email.lower()}, salt=CONFIRMATION_SALT)


def confirmation_check(token: str) -> Confirmation:
    """Whose pending account `token` confirms, or what is wrong with it. Changes nothing."""
    try:
        payload = signing.loads(token, salt=CONFIRMATION_SALT, max_age=CONFIRMATION_MAX_AGE)
    except signing.SignatureExpired:
        return Confirmation(None, ConfirmationProblem.EXPIRED)
    except signing.BadSignature:
        return Confirmation(None, ConfirmationProblem.INVALID)
    if not isinstance(payload, dict) or not isinstance(payload.get("user"), int):
        return Confirmation(None, ConfirmationProblem.INVALID)

    user = get_user_model().objects.filter(pk=payload["user"]).select_related("pending_account").first()
    if user is None or user.email.lower() != payload.get("email"):
        return Confirmation(None, ConfirmationProblem.GONE)
    if _is_pending(user):
        return Confirmation(user, None)
    if user.is_active:
        return Confirmation(user, ConfirmationProblem.ALREADY_CONFIRMED)
    return Confirmation(None, ConfirmationProblem.GONE)


def _is_pending(user: AbstractBaseUser) -> bool:
    try:
        return user.pending_account is not None
    except PendingAccount.DoesNotExist:
        return False


def replaceable_pending_accounts(*, pending_in_session: object) -> Q:
    """Pending accounts a sign-up may delete to reuse their username or address: those whose link
    has expired, and the one this browser signed up (its id in the session)."""
    replaceable = Q(pending_account__created_at__lt=timezone.now() - CONFIRMATION_MAX_AGE)
    if isinstance(pending_in_session, int):
        replaceable |= Q(pk=pending_in_session, pending_account__isnull=False)
    return replaceable


def account_sign_up(
    *, username: str, email: str, password: str, pending_in_session: object, next_url: str = ""
) -> tuple[SignupOutcome, AbstractBaseUser | None]:
    """Sign `username` up with `email` as the sign-up module's docstring says, and return what it
    did and the pending account it made (if it made one). The caller has checked the username."""
    User = get_user_model()
    # Hashed whatever happens next: a sign-up that makes no account takes as long as one that does.
    password_hash = make_password(password)
    with transaction.atomic():
        replaceable = replaceable_pending_accounts(pending_in_session=pending_in_session)
        User.objects.filter(replaceable).filter(Q(username__iexact=username) | Q(email__iexact=email)).delete()
        holder = User.objects.filter(email__iexact=email).select_related("pending_account").first()
        if holder is not None:
            if _is_pending(holder):
                _send_confirmation(holder, next_url=next_url)
                return SignupOutcome.RESENT, None
            if holder.is_active:
                _send_owner_notice(holder)
                return SignupOutcome.OWNER_TOLD, None
            return SignupOutcome.NOTHING, None

        user = User(username=username, email=email, password=password_hash, is_active=False)
        user.save()
        PendingAccount.objects.create(user=user)
        _send_confirmation(user, next_url=next_url)
    return SignupOutcome.CREATED, user


def account_confirm(*, user: AbstractBaseUser) -> None:
    """Activate a pending account (after confirmation_check found it)."""
    with transaction.atomic():
        PendingAccount.objects.filter(user=user).delete()
        user.is_active = True
        user.save(update_fields=["is_active"])


def _link(path: str, **query: str) -> str:
    query = {name: value for name, value in query.items() if value}
    return settings.SITE_URL + path + (f"?{urlencode(query)}" if query else "")


def _send_confirmation(user: AbstractBaseUser, *, next_url: str) -> None:
    context = {
        "username": user.get_username(),
        "confirm_url": _link(reverse("signup_confirm_link", args=[confirmation_token(user)]), next=next_url),
        "days": CONFIRMATION_MAX_AGE.days,
    }
    _send(
        to=user.email,
        subject="registration/signup_confirm_subject.txt",
        body="registration/signup_confirm_email.txt",
        context=context,
        description="a sign-up confirmation",
    )


def _send_owner_notice(user: AbstractBaseUser) -> None:
    context = {
        "username": user.get_username(),
        "login_url": _link(reverse("login")),
        "reset_url": _link(reverse("password_reset")),
    }
    _send(
        to=user.email,
        subject="registration/signup_existing_subject.txt",
        body="registration/signup_existing_email.txt",
        context=context,
        description="a sign-up notice to an account's owner",
    )


def _send(*, to: str, subject: str, body: str, context: dict, description: str) -> None:
    def render_and_send() -> None:
        message = EmailMessage(
            subject="".join(render_to_string(subject, context).splitlines()),
            body=render_to_string(body, context),
            to=[to],
        )
        message.send()

    send_after_commit(render_and_send, description=description)
