"""POST /progress/pathways/<slug>/ (follow a pathway) and POST /progress/steps/<id>/ (tick a step)."""

import re

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from core.content import Status
from progress.models import Learner, PathwayPlan, ProgressEvent, StepCompletion
from progress.services import SESSION_KEY
from tests.factories import PathwayFactory, PathwayStepFactory
from tests.progress_helpers import account_learner, make_career, make_pathway

pytestmark = pytest.mark.django_db

JSON = {"HTTP_ACCEPT": "application/json"}


@pytest.fixture
def pathway(db):
    make_career()
    return make_pathway(steps=3)


def _plan_url(slug: str = "personal-projects") -> str:
    return reverse("progress:plan_update", args=[slug])


def _step_url(step_id: int) -> str:
    return reverse("progress:step_update", args=[step_id])


def _snapshot() -> list:
    return [
        Learner.objects.count(),
        list(PathwayPlan.objects.order_by("pk").values("learner_id", "pathway_id")),
        list(StepCompletion.objects.order_by("pk").values("learner_id", "step_id")),
        ProgressEvent.objects.count(),
    ]


def _messages(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


# Following a pathway


def test_it_lets_a_visitor_follow_and_unfollow(client, pathway):
    response = client.post(_plan_url(), {"following": "1"})
    assert response.status_code == 302
    assert response.url == "/pathways/personal-projects/"
    assert _messages(response) == ["You now follow Personal Projects."]
    learner = Learner.objects.get()
    assert client.session[SESSION_KEY] == learner.pk
    assert PathwayPlan.objects.filter(learner=learner, pathway=pathway).exists()

    response = client.post(_plan_url(), {"following": "0"})
    assert _messages(response)[-1] == "You no longer follow Personal Projects."
    assert not PathwayPlan.objects.exists()
    assert list(ProgressEvent.objects.values_list("description", flat=True)) == [
        "Stopped following Personal Projects",
        "Started following Personal Projects",
    ]


def test_it_lets_alice_follow(client, alice, pathway):
    client.force_login(alice)
    client.post(_plan_url(), {"following": "1"})
    client.post(_plan_url(), {"following": "1"})
    assert PathwayPlan.objects.get().learner == account_learner(alice)
    assert ProgressEvent.objects.count() == 1


def test_the_dashboard_shows_a_followed_pathway(client, alice, pathway):
    client.force_login(alice)
    client.post(_plan_url(), {"following": "1"})
    html = client.get(reverse("progress:dashboard")).content.decode()
    assert '<progress id="pathway-progress-personal-projects" max="100" value="0"' in html
    assert "0 of 3 steps" in html


@pytest.mark.parametrize("data", [{}, {"following": "maybe"}])
def test_it_refuses_a_bad_choice_and_changes_nothing(client, pathway, data):
    before = _snapshot()
    response = client.post(_plan_url(), data)
    assert response.status_code == 302
    assert response.url == "/pathways/personal-projects/"
    assert _messages(response) == ["Choose whether to follow this pathway."]
    assert _snapshot() == before


def test_it_404s_for_an_unknown_or_draft_pathway(client, editor, pathway):
    PathwayFactory(slug="secret", status=Status.DRAFT)
    client.force_login(editor)
    before = _snapshot()
    assert client.post(_plan_url("nowhere"), {"following": "1"}).status_code == 404
    assert client.post(_plan_url("secret"), {"following": "1"}).status_code == 404
    assert _snapshot() == before


def test_following_refuses_get_and_changes_nothing(client, pathway):
    before = _snapshot()
    assert client.get(_plan_url(), {"following": "1"}).status_code == 405
    assert _snapshot() == before


def test_following_refuses_an_open_redirect(client, pathway):
    response = client.post(_plan_url(), {"following": "1", "next": "https://evil.example/"})
    assert response.url == "/pathways/personal-projects/"


# Ticking steps


def test_it_lets_a_visitor_tick_and_untick_a_step(client, pathway):
    step = pathway.steps.first()
    response = client.post(_step_url(step.pk), {"done": "1"})
    assert response.status_code == 302
    assert response.url == f"/pathways/personal-projects/#step-{step.pk}"
    assert _messages(response) == ["Saved “Milestone 0”."]
    learner = Learner.objects.get()
    assert StepCompletion.objects.filter(learner=learner, step=step).exists()
    assert PathwayPlan.objects.filter(learner=learner, pathway=pathway).exists()  # ticking follows

    client.post(_step_url(step.pk), {"done": "0"})
    assert not StepCompletion.objects.exists()
    assert PathwayPlan.objects.filter(learner=learner).exists()
    assert ProgressEvent.objects.count() == 2


def test_it_lets_alice_tick_a_step_twice_and_keeps_one(client, alice, pathway):
    step = pathway.steps.last()
    client.force_login(alice)
    client.post(_step_url(step.pk), {"done": "1"})
    client.post(_step_url(step.pk), {"done": "1"})
    assert StepCompletion.objects.get().learner == account_learner(alice)
    assert ProgressEvent.objects.count() == 1


def test_it_answers_json_when_asked(client, alice, pathway):
    step = pathway.steps.first()
    client.force_login(alice)
    response = client.post(_step_url(step.pk), {"done": "1"}, **JSON)
    assert response.status_code == 200
    assert response.json() == {"ok": True, "step": step.pk, "done": True, "steps_done": 1}
    second = client.post(_step_url(step.pk), {"done": "0"}, **JSON).json()
    assert second["done"] is False and second["steps_done"] == 0


@pytest.mark.parametrize("data", [{}, {"done": "yes"}, {"done": "2"}])
def test_it_refuses_a_bad_tick_and_changes_nothing(client, pathway, data):
    step = pathway.steps.first()
    before = _snapshot()
    response = client.post(_step_url(step.pk), data)
    assert response.status_code == 302
    assert _messages(response) == ["Tick the step as done or not done."]
    response = client.post(_step_url(step.pk), data, **JSON)
    assert response.status_code == 400
    assert response.json()["ok"] is False
    assert list(response.json()["errors"]) == ["done"]
    assert _snapshot() == before


def test_it_404s_for_an_unknown_step_or_a_step_of_a_draft_pathway(client, editor, pathway):
    draft_step = PathwayStepFactory(pathway=PathwayFactory(slug="secret", status=Status.DRAFT))
    client.force_login(editor)
    before = _snapshot()
    assert client.post(_step_url(999_999), {"done": "1"}).status_code == 404
    assert client.post(_step_url(draft_step.pk), {"done": "1"}).status_code == 404
    assert client.post(f"/progress/steps/{pathway.steps.first().pk}x/", {"done": "1"}).status_code == 404
    assert _snapshot() == before


def test_steps_refuse_get_and_change_nothing(client, pathway):
    before = _snapshot()
    assert client.get(_step_url(pathway.steps.first().pk), {"done": "1"}).status_code == 405
    assert _snapshot() == before


def test_steps_refuse_an_open_redirect(client, pathway):
    step = pathway.steps.first()
    response = client.post(_step_url(step.pk), {"done": "1", "next": "https://evil.example/"})
    assert response.url == f"/pathways/personal-projects/#step-{step.pk}"
    response = client.post(_step_url(step.pk), {"done": "0", "next": "/progress/"})
    assert response.url == "/progress/"


def test_the_dashboard_counts_ticked_steps(client, alice, pathway):
    client.force_login(alice)
    for step in pathway.steps.all()[:2]:
        client.post(_step_url(step.pk), {"done": "1"})
    html = client.get(reverse("progress:dashboard")).content.decode()
    assert '<progress id="pathway-progress-personal-projects" max="100" value="67"' in html
    assert "2 of 3 steps" in html


def test_the_dashboard_lists_a_followed_pathways_steps_and_links_to_it(client, alice, pathway):
    client.force_login(alice)
    client.post(_plan_url(), {"following": "1"})
    first, *_ = pathway.steps.all()
    client.post(_step_url(first.pk), {"done": "1"})
    html = client.get(reverse("progress:dashboard")).content.decode()
    steps = html.split('<details class="pathway-steps">', 1)[1].split("</details>", 1)[0]
    assert "<summary>The steps of Personal Projects</summary>" in steps
    items = re.findall(r"<li>(.*?)</li>", steps)
    assert len(items) == pathway.steps.count()
    assert items[0].endswith(f'<span class="visually-hidden">Done: </span>{first.title}')
    assert "Done" not in items[1]
    assert f'<a href="{pathway.get_absolute_url()}#steps-heading">' in steps
