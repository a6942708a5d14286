"""GET /progress/reset/ asks to confirm; POST with confirm=on forgets all of one learner's progress."""

import pytest
from django.contrib.messages import get_messages
from django.contrib.sessions.models import Session
from django.urls import reverse

from progress import services
from progress.models import Learner, PathwayPlan, ProgressEvent, SkillProgress, StepCompletion
from skills.models import Skill
from tests.progress_helpers import account_learner, make_career, make_pathway

pytestmark = pytest.mark.django_db

URL = reverse("progress:reset")
# A browser always sends the CSRF field, so a form posted without the box ticked is still bound.
UNTICKED = {"csrfmiddlewaretoken": "token"}


def _snapshot() -> list:
    return [
        list(Learner.objects.order_by("pk").values()),
        list(SkillProgress.objects.order_by("pk").values()),
        list(PathwayPlan.objects.order_by("pk").values()),
        list(StepCompletion.objects.order_by("pk").values()),
        list(ProgressEvent.objects.order_by("pk").values()),
    ]


def _give_progress(learner, pathway) -> None:
    services.progress_update(learner=learner, skill=Skill.objects.get(slug="tech-0"), changes={"level": 2})
    services.step_set(learner=learner, step=pathway.steps.first(), done=True)


@pytest.fixture
def both(alice, bob):
    """alice and bob, each with a level, a ticked step, a plan and history."""
    make_career()
    pathway = make_pathway()
    mine, theirs = account_learner(alice), account_learner(bob)
    for learner in (mine, theirs):
        _give_progress(learner, pathway)
    return mine, theirs


def test_it_asks_to_confirm_and_changes_nothing(client, alice, both):
    client.force_login(alice)
    before = _snapshot()
    response = client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Reset my progress</h1>" in html
    assert 'type="checkbox" name="confirm"' in html
    assert "Yes, I understand this cannot be undone" in html
    assert 'href="/progress/export.json"' in html
    assert _snapshot() == before


def test_its_confirmation_page_creates_nothing_for_a_visitor(client):
    make_career()
    assert client.get(URL).status_code == 200
    assert Learner.objects.count() == 0
    assert Session.objects.count() == 0


def test_it_refuses_without_the_box_ticked_and_changes_nothing(client, alice, both):
    client.force_login(alice)
    before = _snapshot()
    for data in (UNTICKED, {**UNTICKED, "confirm": ""}):
        response = client.post(URL, data)
        assert response.status_code == 400
        assert "This field is required." in response.content.decode()
    assert _snapshot() == before


def test_it_forgets_everything_of_alice_and_nothing_of_bob(client, alice, both):
    mine, theirs = both
    theirs_before = [
        list(theirs.skill_progress.values()),
        list(theirs.step_completions.values()),
        list(theirs.pathway_plans.values()),
        list(theirs.events.values()),
    ]
    client.force_login(alice)
    response = client.post(URL, {"confirm": "on"})
    assert response.status_code == 302
    assert response.url == reverse("progress:dashboard")
    assert [str(m) for m in get_messages(response.wsgi_request)] == ["All your progress, plans and history were reset."]
    assert not SkillProgress.objects.filter(learner=mine).exists()
    assert not StepCompletion.objects.filter(learner=mine).exists()
    assert not PathwayPlan.objects.filter(learner=mine).exists()
    assert not ProgressEvent.objects.filter(learner=mine).exists()
    assert [
        list(theirs.skill_progress.values()),
        list(theirs.step_completions.values()),
        list(theirs.pathway_plans.values()),
        list(theirs.events.values()),
    ] == theirs_before
    html = client.get(reverse("progress:dashboard")).content.decode()
    assert '<progress id="overall-progress" max="100" value="0"' in html
    assert "No changes yet." in html


def test_it_resets_a_visitor(client, alice, both):
    client.post(reverse("progress:skill_update", args=["tech-1"]), {"level": "1"})
    visitor = Learner.objects.get(user=None)
    client.post(URL, {"confirm": "on"})
    assert not visitor.skill_progress.exists() and not visitor.events.exists()
    assert SkillProgress.objects.count() == 2  # alice's and bob's


def test_it_creates_nothing_for_a_visitor_with_nothing_to_reset(client):
    make_career()
    response = client.post(URL, {"confirm": "on"})
    assert response.status_code == 302
    assert Learner.objects.count() == 0


def test_it_refuses_other_methods(client, alice, both):
    client.force_login(alice)
    before = _snapshot()
    assert client.put(URL, {"confirm": "on"}).status_code == 405
    assert client.delete(URL).status_code == 405
    assert _snapshot() == before
