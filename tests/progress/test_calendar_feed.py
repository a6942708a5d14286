"""POST /progress/calendar/ (make or stop a private calendar address) and GET
/progress/calendar/<token>.ics (the learner's target dates as iCalendar, RFC 5545)."""

from datetime import timedelta

import pytest
from django.contrib.messages import get_messages
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from progress import services
from progress.models import Learner, ProgressStatus
from skills.models import Skill
from tests.progress_helpers import account_learner, make_career, visitor_learner

pytestmark = pytest.mark.django_db

CALENDAR_URL = reverse("progress:calendar")


def _feed_url(token: str) -> str:
    return reverse("progress:calendar_feed", args=[token])


def _messages(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


def _target(learner: Learner, slug: str, days: int, **changes) -> None:
    services.progress_update(
        learner=learner,
        skill=Skill.objects.get(slug=slug),
        changes={"target_date": timezone.localdate() + timedelta(days=days), **changes},
    )


def _events(response) -> dict:
    """The feed's events by summary, after parsing it back."""
    calendar = Calendar.from_ical(response.content)
    return {str(event["SUMMARY"]): event for event in calendar.walk("VEVENT")}


@pytest.fixture
def alices(client, alice):
    """Alice, logged in, with two target dates (one with notes) and a calendar address."""
    make_career(technical=3, soft=0, target=2)
    learner = account_learner(alice)
    _target(learner, "tech-0", 10, notes="Finish the labs\nthen the mock exam")
    _target(learner, "tech-1", -2, level=2)
    services.progress_update(learner=learner, skill=Skill.objects.get(slug="tech-2"), changes={"level": 1})
    client.force_login(alice)
    return learner


def test_making_a_calendar_address_shows_it_on_the_dashboard(client, alices):
    response = client.post(CALENDAR_URL, {"action": "enable"})
    assert response["Location"] == reverse("progress:dashboard") + "#calendar"
    assert _messages(response) == ["Your private calendar address is ready. Add it to your calendar app."]
    alices.refresh_from_db()
    assert len(alices.calendar_token) >= 43
    html = client.get(reverse("progress:dashboard")).content.decode()
    assert f"http://testserver{_feed_url(alices.calendar_token)}" in html
    assert "Stop this calendar address" in html
    # A second "make" keeps the address calendars already subscribe to.
    token = alices.calendar_token
    client.post(CALENDAR_URL, {"action": "enable"})
    alices.refresh_from_db()
    assert alices.calendar_token == token


def test_the_feed_parses_back_with_an_all_day_event_per_target_date(client, alices):
    token = services.secret_link_enable(learner=alices, link="calendar")
    response = Client().get(_feed_url(token))  # a calendar app: no session, no cookie
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert "no-store" in response["Cache-Control"]
    calendar = Calendar.from_ical(response.content)
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["PRODID"]) == "-//Career Guide//Learning plan//EN"
    events = _events(response)
    assert set(events) == {"Target: Tech 0 at level 2 (beginner)", "Reached: Tech 1 at level 2 (beginner)"}
    event = events["Target: Tech 0 at level 2 (beginner)"]
    start = timezone.localdate() + timedelta(days=10)
    assert event.decoded("DTSTART") == start
    assert event.decoded("DTEND") == start + timedelta(days=1)
    assert str(event["TRANSP"]) == "TRANSPARENT"
    assert str(event["URL"]).endswith("/skills/tech-0/")
    description = str(event["DESCRIPTION"])
    assert "Your level: 0 (none), target 2." in description
    assert "Finish the labs\nthen the mock exam" in description
    assert str(event["UID"]) == f"target-{alices.pk}-{Skill.objects.get(slug='tech-0').pk}@career-guide"
    # The raw text follows RFC 5545: CRLF line ends, lines folded at 75 octets.
    text = response.content.decode()
    assert text.startswith("BEGIN:VCALENDAR\r\n") and text.endswith("END:VCALENDAR\r\n")
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))


def test_the_feed_follows_changes_to_the_dates(client, alices):
    token = services.secret_link_enable(learner=alices, link="calendar")
    _target(alices, "tech-0", 30)
    services.progress_update(
        learner=alices, skill=Skill.objects.get(slug="tech-1"), changes={"status": ProgressStatus.SKIPPED}
    )
    events = _events(Client().get(_feed_url(token)))
    assert list(events) == ["Target: Tech 0 at level 2 (beginner)"]
    assert events["Target: Tech 0 at level 2 (beginner)"].decoded("DTSTART") == timezone.localdate() + timedelta(30)


def test_a_feed_holds_only_its_own_learners_dates(client, alices, bob):
    bobs = account_learner(bob)
    _target(bobs, "tech-2", 4, notes="bob's secret plan")
    alices_feed = Client().get(_feed_url(services.secret_link_enable(learner=alices, link="calendar"))).content.decode()
    bobs_feed = Client().get(_feed_url(services.secret_link_enable(learner=bobs, link="calendar"))).content.decode()
    assert "bob's secret plan" not in alices_feed and "Tech 2" not in alices_feed
    assert "bob's secret plan" in bobs_feed and "Tech 0" not in bobs_feed
    # Bob, logged in, reaches Alice's feed only by her secret; his session changes nothing in it.
    bobs_browser = Client()
    bobs_browser.force_login(bob)
    assert "bob's secret plan" not in bobs_browser.get(_feed_url(alices.calendar_token)).content.decode()


def test_a_stopped_address_answers_404_at_once_and_a_new_one_differs(client, alices):
    old = services.secret_link_enable(learner=alices, link="calendar")
    response = client.post(CALENDAR_URL, {"action": "revoke"})
    assert _messages(response) == ["The calendar address is stopped: calendars subscribed to it get nothing more."]
    assert Client().get(_feed_url(old)).status_code == 404
    assert "Make a calendar address" in client.get(reverse("progress:dashboard")).content.decode()
    client.post(CALENDAR_URL, {"action": "enable"})
    alices.refresh_from_db()
    assert alices.calendar_token != old
    assert Client().get(_feed_url(alices.calendar_token)).status_code == 200


@pytest.mark.parametrize("token", ["unknown-token", "x" * 64, "x" * 65])
def test_an_unknown_address_is_not_found(client, alices, token):
    services.secret_link_enable(learner=alices, link="calendar")
    assert Client().get(_feed_url(token)).status_code == 404


def test_a_visitor_gets_a_feed_and_keeps_it_when_signing_in(client, alice):
    make_career(technical=2, soft=0)
    visitor = visitor_learner(client)
    _target(visitor, "tech-0", 3)
    client.post(CALENDAR_URL, {"action": "enable"})
    token = Learner.objects.get(pk=visitor.pk).calendar_token
    assert "Target: Tech 0 at level 2 (beginner)" in _events(Client().get(_feed_url(token)))
    client.post(reverse("login"), {"username": "alice", "password": "correct horse battery staple"})
    assert account_learner(alice).calendar_token == token  # subscribed calendars keep working
    assert "Target: Tech 0 at level 2 (beginner)" in _events(Client().get(_feed_url(token)))


@pytest.mark.parametrize("data", [{}, {"action": "delete"}, {"action": "x" * 10_000}])
def test_a_junk_action_gets_a_message_and_changes_nothing(client, alices, data):
    response = client.post(CALENDAR_URL, data)
    assert _messages(response) == ["Choose to make a calendar address or to stop it."]
    alices.refresh_from_db()
    assert alices.calendar_token is None


def test_stopping_an_address_nobody_made_creates_nothing(client):
    make_career()
    response = client.post(CALENDAR_URL, {"action": "revoke"})
    assert response.url == "/progress/#calendar"
    assert "The calendar address is stopped" in _messages(response)[0]
    assert Learner.objects.count() == 0
    assert services.SESSION_KEY not in client.session


def test_the_address_is_made_by_post_only_and_the_feed_read_by_get_only(client, alices):
    token = services.secret_link_enable(learner=alices, link="calendar")
    assert client.get(CALENDAR_URL).status_code == 405
    assert client.post(_feed_url(token)).status_code == 405


def test_the_feed_costs_the_same_queries_however_many_dates(alices, django_assert_num_queries):
    token = services.secret_link_enable(learner=alices, link="calendar")
    # 1 the learner by token, 2 the content version (the guide's skills come from this process's copy
    # of the content; outside a test's transaction the version is read at most once a second),
    # 3 the learner's progress rows, 4 their topic counts.
    with django_assert_num_queries(4):
        assert Client().get(_feed_url(token)).status_code == 200
