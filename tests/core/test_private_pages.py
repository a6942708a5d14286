"""Every personal answer (the tracker under /progress/, the account pages) says Cache-Control: private,
no-store, whoever asks and however it answers (page, redirect, file, form error), so no proxy or browser
cache keeps a learner's progress, notes or forms. The public share page is not personal."""

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils.cache import get_max_age

from progress import services
from skills.models import Skill
from tests.factories import TopicFactory
from tests.progress_helpers import account_learner, make_career, make_pathway

pytestmark = pytest.mark.django_db


@pytest.fixture
def content():
    make_career(technical=1, soft=0)
    TopicFactory(skill=Skill.objects.get(slug="tech-0"), slug="topic-0")
    return make_pathway(steps=1)


def _file() -> SimpleUploadedFile:
    data = {"format": "careerguide.progress", "version": 2, "skills": [], "topics": [], "pathways": []}
    return SimpleUploadedFile("progress.json", json.dumps(data).encode(), content_type="application/json")


# (method, url name, args, data): every personal address, each way it is used.
PERSONAL = [
    ("get", "progress:dashboard", [], None),
    ("get", "progress:export", ["json"], None),
    ("get", "progress:export", ["csv"], None),
    ("get", "progress:export", ["md"], None),
    ("get", "progress:import", [], None),
    ("post", "progress:import", [], "file"),
    ("post", "progress:import", [], {}),
    ("get", "progress:reset", [], None),
    ("post", "progress:reset", [], {"confirm": "on"}),
    ("post", "progress:reset", [], {}),
    ("post", "progress:share", [], {"action": "enable"}),
    ("post", "progress:share", [], {"action": "nonsense"}),
    ("post", "progress:career_follow", [], {"career": "ml-ops-engineer"}),
    ("post", "progress:skill_update", ["tech-0"], {"status": "learning"}),
    ("post", "progress:skill_update", ["tech-0"], {"level": "9"}),
    ("post", "progress:topic_update", ["topic-0"], {"status": "done"}),
    ("post", "progress:plan_update", ["personal-projects"], {"following": "1"}),
    ("post", "progress:step_update", ["STEP"], {"done": "1"}),
    ("get", "account", [], None),
    ("get", "account_delete", [], None),
    ("post", "account_delete", [], {"password": "wrong"}),
    ("get", "password_change", [], None),
    ("post", "password_change", [], {"old_password": "wrong"}),
    ("get", "password_change_done", [], None),
    ("get", "login", [], None),
    ("post", "login", [], {"username": "alice", "password": "wrong"}),
    ("post", "logout", [], {}),
    ("get", "signup", [], None),
    ("post", "signup", [], {"username": "x"}),
    ("get", "signup_done", [], None),
    ("get", "signup_confirm", [], None),
    ("get", "signup_confirm_link", ["not-a-token"], None),
]


@pytest.mark.parametrize("who", ["visitor", "alice"])
@pytest.mark.parametrize(("method", "name", "args", "data"), PERSONAL, ids=lambda value: str(value))
def test_every_personal_answer_is_private_and_not_stored(client, alice, content, who, method, name, args, data):
    if who == "alice":
        client.force_login(alice)
        services.progress_update(
            learner=account_learner(alice), skill=Skill.objects.get(slug="tech-0"), changes={"notes": "private"}
        )
    args = [content.steps.get().pk if arg == "STEP" else arg for arg in args]
    url = reverse(name, args=args)
    response = getattr(client, method)(url, {"file": _file()} if data == "file" else data)
    assert response.status_code < 500
    directives = {part.strip() for part in response.get("Cache-Control", "").split(",")}
    assert {"private", "no-store"} <= directives, (response.status_code, response.get("Cache-Control"))
    assert get_max_age(response) == 0


def test_the_public_share_page_is_not_marked_private(client, alice, content):
    learner = account_learner(alice)
    token = services.secret_link_enable(learner=learner, link="share")
    response = client.get(reverse("progress:shared", args=[token]))
    assert response.status_code == 200
    assert "private" not in response.get("Cache-Control", "")
