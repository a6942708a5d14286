"""Sign-up by confirmed email address, written so that nobody learns which addresses have accounts.

Signing up never says whether an address is taken, in words or in time. The request checks the form
(a taken username is still an error: usernames are public), hashes the password, and hands the rest
to a job that runs after the response has been sent, on the mail thread (core/mail.py). So every
well-formed sign-up gets the same "check your inbox" page after the same work, and nothing the
request does depends on the address. The job decides (account_sign_up), and the mail is what differs:

- an address nobody uses: a pending (inactive) account is made, and its address gets a link that
  confirms it, activates the account and logs its owner in;
- an address of a pending account whose link has expired, or that this browser signed up before
  (a typo corrected, say): that pending account is replaced by the new one;
- an address of a pending account signed up elsewhere: its confirmation link is sent again, and
  nothing is made (whoever owns the address confirms the account they asked for, or lets it expire);
- an address of an active account: its owner is told by mail that someone tried to sign up with it,
  with links to log in and to reset the password;
- an address of an account an administrator switched off: nothing is sent.

The last three mail an address without making anything, so anyone could repeat them: each address
gets at most one sign-up mail per SIGNUP_MAIL_INTERVAL (SignupMail), except a new account's link.

The confirmation link is a `django.core.signing` token (the user's id and address, salted for this
use) that expires after CONFIRMATION_MAX_AGE; it works while the account is pending, and the
account's address must still be the one it was sent to.
"""

from __future__ import annotations

import enum
import logging
import secrets
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import AbstractBaseUser
from django.core import signing
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.http import urlencode

from accounts.models import PendingAccount, SignupMail
from core.mail import send_after_commit

logger = logging.getLogger(__name__)

CONFIRMATION_MAX_AGE = timedelta(days=3)
SIGNUP_MAIL_INTERVAL = timedelta(minutes=5)
CONFIRMATION_SALT = "accounts.signup-confirmation"
# A random key per browser, kept on the pending accounts it signs up, so that signing up again from
# the same browser replaces them. Written on every sign-up, so the session never differs by address.
BROWSER_KEY_SESSION_KEY = "accounts_signup_browser"


class SignupOutcome(enum.Enum):
    """What a sign-up did. Only tests and logs see it: the person always gets the same answer."""

    CREATED = "created"
    RESENT = "resent"  # a pending account elsewhere has the address: its link went to it again
    OWNER_TOLD = "owner told"  # an active account has the address: its owner was told
    NOTHING = "nothing"  # an account an administrator switched off has the address, or it was
    # mailed less than SIGNUP_MAIL_INTERVAL ago


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


def replaceable_pending_accounts(*, browser_key: object) -> Q:
    """Pending accounts a sign-up may delete to reuse their username or address: those whose link
    has expired, and those this browser signed up (`browser_key` from its session)."""
    replaceable = Q(pending_account__created_at__lt=timezone.now() - CONFIRMATION_MAX_AGE)
    if isinstance(browser_key, str) and browser_key:
        replaceable |= Q(pending_account__browser_key=browser_key)
    return replaceable


def new_browser_key() -> str:
    return secrets.token_urlsafe(24)


def account_sign_up_later(*, username: str, email: str, password: str, browser_key: str, next_url: str = "") -> None:
    """What the sign-up request does with a valid form: hash the password (whatever the address, so
    the request takes as long either way) and leave everything else to account_sign_up, after the
    response has been sent."""
    password_hash = make_password(password)

    def job() -> None:
        account_sign_up(
            username=username, email=email, password_hash=password_hash, browser_key=browser_key, next_url=next_url
        )

    send_after_commit(job, description="a sign-up")


def account_sign_up(
    *, username: str, email: str, password_hash: str, browser_key: str, next_url: str = ""
) -> tuple[SignupOutcome, AbstractBaseUser | None]:
    """Sign `username` up with `email` as the module's docstring says; return what it did and the
    pending account it made, if it made one. Runs off the request (account_sign_up_later)."""
    User = get_user_model()
    try:
        with transaction.atomic():
            replaceable = replaceable_pending_accounts(browser_key=browser_key)
            User.objects.filter(replaceable).filter(Q(username__iexact=username) | Q(email__iexact=email)).delete()
            mailed_recently = _note_signup_mail(email)
            holder = User.objects.filter(email__iexact=email).select_related("pending_account").first()
            if holder is not None:
                if mailed_recently:
                    return SignupOutcome.NOTHING, None
                if _is_pending(holder):
                    _send_confirmation(holder, next_url=next_url)
                    return SignupOutcome.RESENT, None
                if holder.is_active:
                    _send_owner_notice(holder)
                    return SignupOutcome.OWNER_TOLD, None
                return SignupOutcome.NOTHING, None

            user = User(username=username, email=email, password=password_hash, is_active=False)
            user.save()
            PendingAccount.objects.create(user=user, browser_key=browser_key)
            _send_confirmation(user, next_url=next_url)
    except IntegrityError:
        # The username (or the address) was taken between the form's check and now: a rare race that
        # nobody is told about; the person signs up again and sees the username taken.
        logger.warning("Sign-up dropped: the username or the address was taken a moment before")
        return SignupOutcome.NOTHING, None
    return SignupOutcome.CREATED, user


def _note_signup_mail(email: str) -> bool:
    """Record that sign-up (may have) mailed `email` now; True if it did less than
    SIGNUP_MAIL_INTERVAL ago. A new account's link is sent whatever this says: it is the only way in."""
    # Keyed (SECRET_KEY), so the table cannot be matched against a list of guessed addresses.
    digest = salted_hmac("accounts.signup-mail", email.lower(), algorithm="sha256").hexdigest()
    now = timezone.now()
    previous = SignupMail.objects.select_for_update().filter(address_digest=digest).first()
    mailed_recently = previous is not None and previous.sent_at > now - SIGNUP_MAIL_INTERVAL
    if not mailed_recently:
        SignupMail.objects.update_or_create(address_digest=digest, defaults={"sent_at": now})
    return mailed_recently


def pending_accounts_prune() -> tuple[int, int]:
    """Delete the pending accounts nobody can confirm any more (their link has expired) and the sign-up
    mail log past its interval; returns how many of each."""
    User = get_user_model()
    now = timezone.now()
    with transaction.atomic():
        expired = User.objects.filter(pending_account__created_at__lt=now - CONFIRMATION_MAX_AGE)
        accounts = expired.delete()[1].get(User._meta.label, 0)
        mails = SignupMail.objects.filter(sent_at__lt=now - SIGNUP_MAIL_INTERVAL).delete()[0]
    return accounts, mails


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
