"""core/mail.py: mail is sent after the commit, on a background thread, and a failure is only logged."""

import threading

import pytest
from django.core import mail
from django.core.mail import EmailMessage
from django.db import transaction
from django.test import override_settings

from core.mail import hold_during_request, release_held, send_after_commit, wait_until_sent

pytestmark = pytest.mark.django_db


def _message_job(sent_on: list):
    def job():
        sent_on.append(threading.current_thread().name)
        EmailMessage(subject="Hello", body="Body", to=["someone@example.com"]).send()

    return job


@override_settings(EMAIL_IN_BACKGROUND=True)
def test_it_sends_on_a_background_thread_after_the_commit(django_capture_on_commit_callbacks):
    sent_on: list[str] = []
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        send_after_commit(_message_job(sent_on), description="a test mail")
        assert sent_on == []  # nothing before the commit

    assert len(callbacks) == 1
    assert wait_until_sent(timeout=30)
    assert len(sent_on) == 1
    assert sent_on[0].startswith("mail")
    assert sent_on[0] != threading.current_thread().name
    assert [message.subject for message in mail.outbox] == ["Hello"]


@override_settings(EMAIL_IN_BACKGROUND=True)
def test_the_caller_does_not_wait_for_the_mail(django_capture_on_commit_callbacks):
    release = threading.Event()
    with django_capture_on_commit_callbacks(execute=True):
        send_after_commit(lambda: release.wait(30), description="a slow mail")
    # The commit has returned while the job still waits.
    assert not wait_until_sent(timeout=0.05)
    release.set()
    assert wait_until_sent(timeout=30)


@override_settings(EMAIL_IN_BACKGROUND=True)
def test_a_failure_is_logged_not_raised(django_capture_on_commit_callbacks, caplog):
    def broken():
        raise ConnectionRefusedError("no mail server")

    with django_capture_on_commit_callbacks(execute=True):
        send_after_commit(broken, description="a broken mail")
    assert wait_until_sent(timeout=30)

    [record] = [record for record in caplog.records if record.name == "core.mail"]
    assert record.getMessage() == "Could not send a broken mail"
    assert "ConnectionRefusedError" in caplog.text


def test_nothing_is_sent_when_the_transaction_rolls_back(django_capture_on_commit_callbacks):
    sent_on: list[str] = []
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        try:
            with transaction.atomic():
                send_after_commit(_message_job(sent_on), description="a test mail")
                raise RuntimeError("rolled back")
        except RuntimeError:
            pass
    assert callbacks == []
    assert sent_on == []
    assert mail.outbox == []


def test_without_the_background_thread_it_sends_at_commit_in_the_callers_thread(django_capture_on_commit_callbacks):
    # The test settings: tests read mail.outbox right after the request.
    sent_on: list[str] = []
    with django_capture_on_commit_callbacks(execute=True):
        send_after_commit(_message_job(sent_on), description="a test mail")
    assert sent_on == [threading.current_thread().name]
    assert len(mail.outbox) == 1


@override_settings(EMAIL_IN_BACKGROUND=True)
def test_mail_queued_during_a_request_starts_once_the_response_is_sent(django_capture_on_commit_callbacks):
    # Started at once, the mail thread would compete with the rest of the request for the GIL.
    sent_on: list[str] = []
    hold_during_request()  # request_started
    try:
        with django_capture_on_commit_callbacks(execute=True):
            send_after_commit(_message_job(sent_on), description="a test mail")
        assert wait_until_sent(timeout=30)
        assert sent_on == []
    finally:
        release_held()  # request_finished
    assert wait_until_sent(timeout=30)
    assert len(sent_on) == 1
    assert len(mail.outbox) == 1


@pytest.mark.django_db(transaction=True)
@override_settings(EMAIL_IN_BACKGROUND=True)
def test_a_request_sends_its_mail_after_its_response(client):
    # Through Django's handler, which sends request_started and request_finished; outside a test's
    # transaction, so the commit (and the hand-over to the mail thread) happens inside the request.
    from django.urls import reverse

    from tests.factories import UserFactory

    UserFactory(username="alice")
    response = client.post(reverse("password_reset"), {"email": "alice@example.com"})
    assert response.status_code == 302
    assert wait_until_sent(timeout=30)
    assert [message.to for message in mail.outbox] == [["alice@example.com"]]
