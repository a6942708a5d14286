"""POST /progress/share/ (enable or revoke a read-only link) and GET /progress/shared/<token>/ (the link)."""

import pytest
from django.contrib.messages import get_messages
from django.contrib.sessions.models import Session
from django.test import Client
from django.urls import reverse

from progress import services
from progress.models import Learner, PathwayPlan, ProgressEvent, ProgressStatus, SkillProgress, StepCompletion
from skills.models import Skill
from tests.progress_helpers import account_learner, make_career, make_pathway

pytestmark = pytest.mark.django_db

SHARE_URL = reverse("progress:share")


def _shared_url(token: str) -> str:
    return reverse("progress:shared", args=[token])


def _counts() -> dict:
    models = (Learner, SkillProgress, ProgressEvent, PathwayPlan, StepCompletion, Session)
    return {model.__name__: model.objects.count() for model in models}


def _messages(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


@pytest.fixture
def alices_learner(alice):
    make_career(technical=2, soft=0, target=2)
    pathway = make_pathway(steps=2)
    learner = account_learner(alice)
    services.progress_update(
        learner=learner,
        skill=Skill.objects.get(slug="tech-0"),
        changes={
            "status": ProgressStatus.LEARNING,
            "level": 3,
            "notes": "Secret diary of alice",
            "evidence_links": "https://private.example/alice-repo",
        },
    )
    services.step_set(learner=learner, step=pathway.steps.first(), done=True)
    return learner


def _enable(client) -> str:
    response = client.post(SHARE_URL, {"action": "enable"})
    assert response.status_code == 302
    assert response.url == "/progress/#share"
    assert _messages(response)[-1] == "Your read-only share link is ready. Anyone with the link can see your levels."
    return Learner.objects.exclude(share_token=None).get().share_token


def test_enabling_shows_a_link_on_the_dashboard(client, alice, alices_learner):
    client.force_login(alice)
    token = _enable(client)
    assert len(token) >= 40
    html = client.get(reverse("progress:dashboard")).content.decode()
    assert f'<a class="share-link" href="http://testserver/progress/shared/{token}/">' in html


def test_enabling_twice_keeps_the_same_link(client, alice, alices_learner):
    client.force_login(alice)
    token = _enable(client)
    client.post(SHARE_URL, {"action": "enable"})
    assert Learner.objects.get(pk=alices_learner.pk).share_token == token


def test_the_link_works_for_anyone_and_shows_levels_but_not_notes_or_evidence(client, alice, alices_learner):
    client.force_login(alice)
    token = _enable(client)

    stranger = Client()
    before = _counts()
    response = stranger.get(_shared_url(token))
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Shared progress: ML Ops Engineer</h1>" in html
    assert '<progress id="overall-progress" max="100" value="50"' in html  # level 3 of target 2 counts in full
    assert '<td data-label="Your level">3 (Practitioner)</td>' in html
    assert '<td data-label="Status">Learning</td>' in html
    assert '<progress id="pathway-progress-personal-projects" max="100" value="50"' in html
    assert "Secret diary" not in html
    assert "private.example" not in html
    assert "Stop sharing" not in html and "Export" not in html
    assert _counts() == before


def test_the_shared_page_is_noindex(client, alice, alices_learner):
    client.force_login(alice)
    token = _enable(client)
    html = Client().get(_shared_url(token)).content.decode()
    assert '<meta name="robots" content="noindex">' in html


def test_revoking_makes_the_old_link_404(client, alice, alices_learner):
    client.force_login(alice)
    token = _enable(client)
    response = client.post(SHARE_URL, {"action": "revoke"})
    assert response.url == "/progress/#share"
    assert _messages(response)[-1] == "Sharing is off. The old link no longer works."
    assert Client().get(_shared_url(token)).status_code == 404
    assert "Create a share link" in client.get(reverse("progress:dashboard")).content.decode()


def test_sharing_again_after_revoking_gives_a_new_link(client, alice, alices_learner):
    client.force_login(alice)
    old = _enable(client)
    client.post(SHARE_URL, {"action": "revoke"})
    new = _enable(client)
    assert new != old
    assert Client().get(_shared_url(old)).status_code == 404
    assert Client().get(_shared_url(new)).status_code == 200


def test_a_visitor_can_share(client):
    make_career()
    client.post(reverse("progress:skill_update", args=["tech-0"]), {"level": "2"})
    token = _enable(client)
    assert Client().get(_shared_url(token)).status_code == 200


@pytest.mark.parametrize("token", ["nope", "x" * 43, "x" * 65, "x" * 500, "None"])
def test_an_unknown_or_over_long_token_404s(client, alices_learner, token):
    services.secret_link_enable(learner=alices_learner, link="share")
    before = _counts()
    assert client.get(_shared_url(token)).status_code == 404
    assert _counts() == before


def test_a_long_token_is_refused_even_if_stored(client, alices_learner):
    # The view refuses anything longer than the column before touching the database.
    Learner.objects.filter(pk=alices_learner.pk).update(share_token="y" * 64)
    assert client.get(_shared_url("y" * 64)).status_code == 200
    assert client.get(_shared_url("y" * 65)).status_code == 404


def test_a_bad_action_says_so_and_changes_nothing(client):
    make_career()
    before = _counts()
    response = client.post(SHARE_URL, {"action": "publish"})
    assert response.status_code == 302
    assert _messages(response) == ["Choose to share or to stop sharing."]
    assert _counts() == before


def test_stopping_a_link_nobody_made_creates_nothing(client):
    # A first-time visitor's "stop sharing" has nothing to stop: no learner, no session row.
    make_career()
    before = _counts()
    response = client.post(SHARE_URL, {"action": "revoke"})
    assert response.url == "/progress/#share"
    assert _messages(response) == ["Sharing is off. The old link no longer works."]
    assert _counts() == before


def test_share_refuses_get_and_changes_nothing(client, alice, alices_learner):
    client.force_login(alice)
    before = _counts()
    assert client.get(SHARE_URL, {"action": "enable"}).status_code == 405
    assert _counts() == before
    assert Learner.objects.get(pk=alices_learner.pk).share_token is None


def test_the_shared_page_refuses_post(client, alices_learner):
    token = services.secret_link_enable(learner=alices_learner, link="share")
    assert client.post(_shared_url(token)).status_code == 405


def test_the_shared_page_shows_the_sharer_not_the_viewer(client, bob, alices_learner):
    token = services.secret_link_enable(learner=alices_learner, link="share")
    services.progress_update(learner=account_learner(bob), skill=Skill.objects.get(slug="tech-1"), changes={"level": 1})
    client.force_login(bob)
    html = client.get(_shared_url(token)).content.decode()
    assert '<td data-label="Your level">3 (Practitioner)</td>' in html
    assert '<td data-label="Your level">1 (Aware)</td>' not in html


def test_the_shared_page_is_stored_and_follows_every_change(alices_learner, django_assert_num_queries):
    token = services.secret_link_enable(learner=alices_learner, link="share")
    viewer = Client()
    first = viewer.get(_shared_url(token)).content.decode()
    assert "Tech 0" in first
    # Served again from the cache: the learner found by the token, and the content version (the key).
    with django_assert_num_queries(2):
        again = viewer.get(_shared_url(token))
    assert again.status_code == 200
    assert again.content.decode() == first
    services.progress_update(
        learner=alices_learner, skill=Skill.objects.get(slug="tech-1"), changes={"status": ProgressStatus.DONE}
    )
    changed = viewer.get(_shared_url(token)).content.decode()
    assert changed != first
    assert "Notes and evidence stay private." in changed


def test_a_stored_shared_page_never_shows_one_viewers_account_to_another(client, bob, alices_learner):
    token = services.secret_link_enable(learner=alices_learner, link="share")
    client.force_login(bob)
    assert "Log out" in client.get(_shared_url(token)).content.decode()
    html = Client().get(_shared_url(token)).content.decode()
    assert "Log out" not in html
    assert "Log in" in html
