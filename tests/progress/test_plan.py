"""The learner's plan on the dashboard: target dates sorted into overdue, due in the next 14 days and later,
notes one click away, a "this week" list that fits the hours a week the learner has (POST
/progress/plan/hours/), for a visitor and for an account."""

from datetime import timedelta

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import timezone

from progress import plan as plan_module
from progress import services
from progress.models import Learner, ProgressStatus
from skills.models import Skill
from tests.factories import TopicFactory
from tests.progress_helpers import account_learner, make_career, visitor_learner

pytestmark = pytest.mark.django_db

DASHBOARD = reverse("progress:dashboard")
HOURS_URL = reverse("progress:hours_per_week")


def _messages(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


@pytest.fixture
def guide():
    """Four technical skills (target level 2), each with two topics of 6 hours, in the guide's order."""
    make_career(technical=4, soft=0, target=2)
    for skill in Skill.objects.order_by("order"):
        for index in range(2):
            TopicFactory(skill=skill, name=f"{skill.name} topic {index}", slug=f"{skill.slug}-t{index}", order=index)


@pytest.fixture(params=["visitor", "account"])
def learner_client(request, client, guide):
    """A client and its learner: a visitor known by the session, or a logged-in account."""
    if request.param == "visitor":
        learner = visitor_learner(client)
    else:
        user = request.getfixturevalue("alice")
        client.force_login(user)
        learner = account_learner(user)
    return client, learner


def _target(learner: Learner, slug: str, days: int, **changes) -> None:
    services.progress_update(
        learner=learner,
        skill=Skill.objects.get(slug=slug),
        changes={"target_date": timezone.localdate() + timedelta(days=days), **changes},
    )


def _plan(client):
    response = client.get(DASHBOARD)
    assert response.status_code == 200
    return response.context["plan"], response.content.decode()


def test_target_dates_are_sorted_into_overdue_soon_and_later(learner_client):
    client, learner = learner_client
    _target(learner, "tech-2", 40)
    _target(learner, "tech-1", 5)
    _target(learner, "tech-0", -3)
    plan, html = _plan(client)
    assert [entry.item.skill.slug for entry in plan.overdue] == ["tech-0"]
    assert [entry.item.skill.slug for entry in plan.soon] == ["tech-1"]
    assert [entry.item.skill.slug for entry in plan.later] == ["tech-2"]
    assert [entry.item.skill.slug for entry in plan.undated] == ["tech-3"]
    assert '<h3 id="overdue-heading">Overdue</h3>' in html
    assert "(3 days overdue)" in html
    assert "(in 5 days)" in html
    assert "(in 40 days)" in html
    assert "about 12 h of topics left" in html
    assert "1 unfinished skill has no target date" in html
    # In that order on the page.
    assert html.index("Tech 0</a>:") < html.index("Tech 1</a>:") < html.index("Tech 2</a>:")


def test_the_edges_of_due_soon_are_today_and_fourteen_days_ahead(learner_client):
    client, learner = learner_client
    _target(learner, "tech-0", 0)
    _target(learner, "tech-1", 14)
    _target(learner, "tech-2", 15)
    plan, html = _plan(client)
    assert [entry.item.skill.slug for entry in plan.soon] == ["tech-0", "tech-1"]
    assert [entry.item.skill.slug for entry in plan.later] == ["tech-2"]
    assert plan.overdue == []
    assert "(today)" in html
    assert "Overdue</h3>" not in html
    assert '<h3 id="soon-heading">Due in the next 14 days</h3>' in html


def test_the_heading_names_the_window_the_plan_uses(learner_client, monkeypatch):
    client, learner = learner_client
    monkeypatch.setattr(plan_module, "SOON_DAYS", 7)
    _target(learner, "tech-0", 7)
    _target(learner, "tech-1", 8)
    plan, html = _plan(client)
    assert [entry.item.skill.slug for entry in plan.soon] == ["tech-0"]
    assert '<h3 id="soon-heading">Due in the next 7 days</h3>' in html


def test_reached_and_skipped_skills_leave_the_plan(learner_client):
    client, learner = learner_client
    _target(learner, "tech-0", -3, level=2)  # at the target level
    _target(learner, "tech-1", -3, status=ProgressStatus.SKIPPED)
    _target(learner, "tech-2", -3, status=ProgressStatus.DONE)  # done raises the level to the target
    for topic in Skill.objects.get(slug="tech-3").topics.all():  # every topic done: complete too
        services.topic_set(learner=learner, topic=topic, status=ProgressStatus.DONE)
    _target(learner, "tech-3", -3)
    plan, html = _plan(client)
    assert plan.dated == [] and plan.undated == []
    assert "Overdue" not in html


def test_notes_are_one_click_away_and_escaped(learner_client):
    client, learner = learner_client
    _target(learner, "tech-0", 3, notes="Read chapter 4 <script>alert(1)</script>")
    _, html = _plan(client)
    plan_html = html[html.index('id="plan-heading"') : html.index('id="week-heading"')]
    assert '<details class="plan-entry__notes"><summary>Notes' in plan_html
    assert "Read chapter 4 &lt;script&gt;alert(1)&lt;/script&gt;" in plan_html
    assert "<script>alert(1)" not in html


def test_without_target_dates_the_plan_says_how_to_set_one(learner_client):
    client, _ = learner_client
    _, html = _plan(client)
    assert "No target dates yet." in html
    assert 'href="/skills/tech-0/#my-progress-heading">start with Tech 0</a>' in html


def test_this_week_fits_the_hours_most_urgent_first(learner_client):
    client, learner = learner_client
    _target(learner, "tech-1", 5)
    _target(learner, "tech-0", -3)
    services.topic_set(learner=learner, topic=Skill.objects.get(slug="tech-0").topics.get(order=0), status="done")
    services.hours_per_week_set(learner=learner, hours=10)
    plan, html = _plan(client)
    # tech-0's second topic (its first is done), then the first 4 of 6 hours of tech-1's first topic.
    assert [(task.topic.slug, task.hours) for task in plan.week] == [("tech-0-t1", 6), ("tech-1-t0", 4)]
    assert plan.week_hours == 10
    assert "10 of your 10 hours, most urgent first" in html
    assert "the first 4 of about 6 h" in html
    assert 'href="/skills/tech-0/tech-0-t1/"' in html


def test_this_week_goes_on_to_undated_skills_and_lists_topics_without_an_estimate(learner_client):
    client, learner = learner_client
    TopicFactory(skill=Skill.objects.get(slug="tech-0"), name="Reading list", slug="reading", order=5, hours=0)
    services.hours_per_week_set(learner=learner, hours=20)
    plan, html = _plan(client)
    assert [(task.topic.slug, task.hours) for task in plan.week] == [
        ("tech-0-t0", 6),
        ("tech-0-t1", 6),
        ("reading", 0),
        ("tech-1-t0", 6),
        ("tech-1-t1", 2),
    ]
    assert "no estimate" in html


def test_this_week_asks_for_the_hours_until_it_has_them(learner_client):
    client, _ = learner_client
    plan, html = _plan(client)
    assert plan.week == []
    assert "Say how many hours a week you have" in html
    assert 'name="hours_per_week"' in html
    assert 'for="id_hours_per_week" class="form-label">' in html and "Hours of study a week" in html


def test_setting_the_hours_plans_the_week_and_says_so(learner_client):
    client, learner = learner_client
    response = client.post(HOURS_URL, {"hours_per_week": "6"})
    assert response.status_code == 302
    assert response["Location"] == DASHBOARD + "#week-heading"
    assert _messages(response) == ["This week's plan now fits 6 hours."]
    learner.refresh_from_db()
    assert learner.hours_per_week == 6
    plan, html = _plan(client)
    assert plan.week_hours == 6
    assert 'value="6"' in html

    response = client.post(HOURS_URL, {"hours_per_week": ""})
    assert _messages(response) == ["Your week is no longer planned; your target dates stay."]
    learner.refresh_from_db()
    assert learner.hours_per_week is None


@pytest.mark.parametrize(
    "value, message",
    [
        ("abc", "Give the hours as a whole number, for example 6."),
        ("1e3", "Give the hours as a whole number, for example 6."),
        ("2.5", "Give the hours as a whole number, for example 6."),
        ("9" * 10_000, "Give the hours as a whole number, for example 6."),
        ("0", "Give at least 1 hour, or leave it empty."),
        ("-3", "Give at least 1 hour, or leave it empty."),
        ("81", "Give at most 80 hours: a plan needs time to rest too."),
    ],
)
def test_bad_hours_get_a_clear_message_and_change_nothing(learner_client, value, message):
    client, learner = learner_client
    services.hours_per_week_set(learner=learner, hours=5)
    changes = Learner.objects.get(pk=learner.pk).changes
    response = client.post(HOURS_URL, {"hours_per_week": value})
    assert response.status_code == 302
    assert _messages(response) == [f"{message} Your plan was not changed."]
    learner.refresh_from_db()
    assert (learner.hours_per_week, learner.changes) == (5, changes)


def test_a_new_visitor_can_set_hours_and_an_empty_form_creates_nothing(client, guide):
    client.post(HOURS_URL, {"hours_per_week": ""})
    assert Learner.objects.count() == 0
    client.post(HOURS_URL, {"hours_per_week": "4"})
    learner = Learner.objects.get()
    assert learner.user is None and learner.hours_per_week == 4
    assert client.session[services.SESSION_KEY] == learner.pk


def test_a_visitors_hours_are_kept_when_they_log_in_unless_the_account_has_its_own(client, guide, alice, bob):
    client.post(HOURS_URL, {"hours_per_week": "4"})
    client.post(reverse("login"), {"username": "alice", "password": "correct horse battery staple"})
    assert account_learner(alice).hours_per_week == 4

    services.hours_per_week_set(learner=account_learner(bob), hours=9)
    client.post(reverse("logout"))
    client.post(HOURS_URL, {"hours_per_week": "2"})
    client.post(reverse("login"), {"username": "bob", "password": "correct horse battery staple"})
    assert account_learner(bob).hours_per_week == 9


def test_the_plan_moves_with_the_day_although_the_page_is_cached(learner_client, monkeypatch):
    client, learner = learner_client
    _target(learner, "tech-0", 2)
    client.get(DASHBOARD)
    cached = client.get(DASHBOARD)
    assert cached.context is None  # served from the cache: no template rendered
    assert "(in 2 days)" in cached.content.decode()
    later = timezone.localdate() + timedelta(days=3)
    monkeypatch.setattr(timezone, "localdate", lambda *args, **kwargs: later)
    html = client.get(DASHBOARD).content.decode()
    assert "(1 day overdue)" in html


def test_the_share_page_never_shows_the_plan_or_its_notes(client, guide, alice):
    learner = account_learner(alice)
    _target(learner, "tech-0", 3, notes="private note")
    token = services.secret_link_enable(learner=learner, link="share")
    html = client.get(reverse("progress:shared", args=[token])).content.decode()
    assert "Your plan" not in html and "private note" not in html


def test_hours_only_take_a_post(client, guide):
    assert client.get(HOURS_URL).status_code == 405
