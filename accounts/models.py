"""Accounts waiting for their owner to confirm the email address they signed up with."""

from django.conf import settings
from django.db import models
from django.utils import timezone


class PendingAccount(models.Model):
    """A user made by sign-up, inactive until the link mailed to their address is opened.

    The row marks the user as a sign-up nobody has confirmed yet (an inactive user without one was
    made or switched off by an administrator and is never touched by sign-up). Confirming deletes
    the row and activates the user; a pending account whose link has expired is deleted when
    someone signs up with its username or address.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, primary_key=True, related_name="pending_account"
    )
    created_at = models.DateTimeField(default=timezone.now)
    # The signing-up browser's random key (from its session): signing up again there replaces this.
    browser_key = models.CharField(max_length=64, blank=True, default="")

    def __str__(self) -> str:
        return f"{self.user} (waiting for confirmation)"


class SignupMail(models.Model):
    """When sign-up last mailed an address, so that it mails an address it did not create an account
    for (a notice to its owner, a pending account's link again) at most once per interval.

    Keyed by an HMAC (SHA-256, SECRET_KEY) of the lower-cased address: no address is kept here.
    """

    address_digest = models.CharField(max_length=64, primary_key=True)
    sent_at = models.DateTimeField()

    def __str__(self) -> str:
        return f"{self.address_digest[:12]}… at {self.sent_at:%Y-%m-%d %H:%M}"
