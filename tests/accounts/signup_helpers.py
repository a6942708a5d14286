"""Helpers for sign-up tests: sign up (mail sent at commit) and follow the mailed link."""

import re

from django.core import mail
from django.test import TestCase
from django.urls import reverse

PASSWORD = "a long and unusual passphrase 42"


def signup_data(**changes) -> dict:
    data = {"username": "charlie", "email": "charlie@example.com", "password1": PASSWORD, "password2": PASSWORD}
    data.update(changes)
    return data


def sign_up(client, **changes):
    """POST the sign-up form and run what waits for the commit (the mail) at once."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        return client.post(reverse("signup"), signup_data(**changes))


def confirm_link(message) -> str:
    """The path (and query) of the confirmation link in a mail."""
    match = re.search(r"https?://[^/\s]+(/accounts/signup/confirm/\S+)", message.body)
    assert match, message.body
    return match.group(1)


def last_mail_to(address: str):
    sent = [message for message in mail.outbox if message.to == [address]]
    assert sent, [message.to for message in mail.outbox]
    return sent[-1]


def open_link(client, link: str):
    """What a person sees on opening the link: the confirm page, after the redirect that moves the
    token into the session."""
    return client.get(link, follow=True)


def confirm(client, link: str, **data):
    """Open the link and press its button."""
    page = open_link(client, link)
    return client.post(reverse("signup_confirm"), {"next": page.context["next"], **data})
