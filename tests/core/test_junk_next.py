"""Every view that reads `next` sends the browser only to a path on this site: a junk `next` (a bare word
that redirect() would take for a URL name, another host, a script, control characters, an endless value)
falls back to a sensible page, never answers 500, and the change the person made is kept."""

import re
from urllib.parse import urlencode

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import TestCase
from django.urls import reverse

from core.redirects import safe_next
from progress.models import PathwayPlan, SkillProgress, StepCompletion, TopicProgress
from progress.services import SESSION_KEY
from skills.models import Skill
from tests.factories import TopicFactory
from tests.progress_helpers import make_career, make_pathway

pytestmark = pytest.mark.django_db

JUNK_NEXT = [
    "id",
    "foo",
    "guide:home",
    "//evil.example",
    "///evil.example",
    "https://evil.example/",
    "javascript:alert(1)",
    "\\\\evil.example",
    "/\\evil.example",
    "/" + "a" * 5000,
    "/skills/\x00",
    "/skills/\r\nSet-Cookie: x=1",
    " /skills/",
    "",
]


@pytest.fixture
def content():
    make_career(technical=1, soft=0)
    skill = Skill.objects.get(slug="tech-0")
    topic = TopicFactory(skill=skill, name="Topic 0", slug="topic-0")
    pathway = make_pathway(steps=1)
    return {"skill": skill, "topic": topic, "pathway": pathway, "step": pathway.steps.get()}


def _progress_views(content):
    """(url, data, fallback, kept): each tracker update, where it falls back to, and whether it was saved."""
    skill, topic, pathway, step = content["skill"], content["topic"], content["pathway"], content["step"]
    return [
        (
            reverse("progress:skill_update", args=[skill.slug]),
            {"status": "learning"},
            skill.get_absolute_url(),
            lambda: SkillProgress.objects.filter(skill=skill, status="learning").exists(),
        ),
        (
            reverse("progress:topic_update", args=[topic.slug]),
            {"status": "done"},
            topic.get_absolute_url(),
            lambda: TopicProgress.objects.filter(topic=topic, status="done").exists(),
        ),
        (
            reverse("progress:plan_update", args=[pathway.slug]),
            {"following": "1"},
            pathway.get_absolute_url(),
            lambda: PathwayPlan.objects.filter(pathway=pathway).exists(),
        ),
        (
            reverse("progress:step_update", args=[step.pk]),
            {"done": "1"},
            pathway.get_absolute_url() + f"#step-{step.pk}",
            lambda: StepCompletion.objects.filter(step=step).exists(),
        ),
    ]


@pytest.mark.parametrize("junk", JUNK_NEXT)
@pytest.mark.parametrize("where", ["form", "query"])
@pytest.mark.parametrize("view", range(4), ids=["skill", "topic", "plan", "step"])
def test_it_keeps_a_visitors_change_and_falls_back_from_a_junk_next(client, content, junk, where, view):
    url, data, fallback, kept = _progress_views(content)[view]
    if where == "form":
        response = client.post(url, {**data, "next": junk})
    else:
        response = client.post(url + "?" + _query(junk), data)
    assert response.status_code == 302
    assert response.url == fallback
    assert kept()
    # The visitor's session was saved with the redirect, so the change stays theirs on the next page.
    assert SESSION_KEY in client.session


@pytest.mark.parametrize("junk", JUNK_NEXT)
def test_it_logs_in_and_falls_back_from_a_junk_next(client, alice, junk):
    response = client.post(
        reverse("login"), {"username": "alice", "password": "correct horse battery staple", "next": junk}
    )
    assert response.status_code == 302
    assert response.url == reverse("guide:home")
    assert client.session["_auth_user_id"] == str(alice.pk)


@pytest.mark.parametrize("junk", JUNK_NEXT)
def test_the_login_page_drops_a_junk_next(client, junk):
    response = client.get(reverse("login") + "?" + _query(junk))
    assert response.status_code == 200
    assert response.context["next"] == ""


@pytest.mark.parametrize("junk", JUNK_NEXT)
def test_it_logs_out_and_falls_back_from_a_junk_next(client, alice, junk):
    client.force_login(alice)
    response = client.post(reverse("logout") + "?" + _query(junk), {"next": junk})
    assert response.status_code == 302
    assert response.url == reverse("guide:home")
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize("junk", JUNK_NEXT)
@pytest.mark.parametrize("where", ["form", "query"])
def test_signing_up_with_a_junk_next_never_fails(client, junk, where):
    data = {"username": "newbie", "email": "newbie@example.com", "password1": "a long pass phrase 42"}
    data["password2"] = data["password1"]
    url = reverse("signup")
    # the account (pending until its address is confirmed) is made after the commit: run that at once
    with TestCase.captureOnCommitCallbacks(execute=True):
        if where == "form":
            response = client.post(url, {**data, "next": junk})
        else:
            response = client.post(url + "?" + _query(junk), data)
    assert response.status_code in (200, 302)
    assert get_user_model().objects.filter(username="newbie").exists()
    if response.status_code == 302:
        assert response.url.startswith("/") and not response.url.startswith("//")
        assert response.url not in JUNK_NEXT
    link = re.search(r"/accounts/signup/confirm/\S+", mail.outbox[-1].body)[0]
    assert "next=" not in link  # a junk next is not carried into the confirmation link


def test_a_path_on_this_site_is_still_followed(client, content):
    skill = content["skill"]
    response = client.post(
        reverse("progress:skill_update", args=[skill.slug]), {"status": "done", "next": "/progress/?tab=1#x"}
    )
    assert response.url == "/progress/?tab=1#x"


@pytest.mark.parametrize("junk", JUNK_NEXT)
def test_safe_next_refuses_each_junk_shape(rf, junk):
    assert safe_next(rf.get("/"), junk) is None


def test_safe_next_refuses_what_is_not_text(rf):
    assert safe_next(rf.get("/"), None) is None
    assert safe_next(rf.get("/"), ["/skills/"]) is None


def _query(junk: str) -> str:
    return urlencode({"next": junk})
