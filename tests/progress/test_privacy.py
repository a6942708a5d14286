"""bob can never read or change alice's progress, and staff never see anyone's progress in the admin.

The tracker's URLs name only skill slugs, step ids and share tokens, never a learner: a
request's learner comes from its account, or for a visitor from the session.
"""

import csv
import io
import json

import pytest
from django.contrib.auth.models import Group, Permission
from django.test import Client
from django.urls import reverse

from progress import services
from progress.models import Learner, ProgressEvent, SkillProgress, StepCompletion
from progress.services import SESSION_KEY
from skills.models import Skill
from tests.factories import UserFactory
from tests.progress_helpers import account_learner, body, make_career, make_pathway

pytestmark = pytest.mark.django_db

SECRET_NOTE = "alice's secret plan"
SECRET_LINK = "https://private.example/alice"


@pytest.fixture
def alices_learner(alice):
    make_career()
    pathway = make_pathway()
    learner = account_learner(alice)
    services.progress_update(
        learner=learner,
        skill=Skill.objects.get(slug="tech-0"),
        changes={"level": 3, "notes": SECRET_NOTE, "evidence_links": SECRET_LINK},
    )
    services.step_set(learner=learner, step=pathway.steps.first(), done=True)
    return learner


def _alices_state(learner) -> list:
    return [
        list(SkillProgress.objects.filter(learner=learner).values()),
        list(StepCompletion.objects.filter(learner=learner).values()),
        list(ProgressEvent.objects.filter(learner=learner).values()),
    ]


def _forge(client, learner_id: int) -> None:
    session = client.session
    session[SESSION_KEY] = learner_id
    session.save()


def test_bob_posting_to_the_same_skill_changes_only_his_own_row(client, bob, alices_learner):
    before = _alices_state(alices_learner)
    client.force_login(bob)
    client.post(reverse("progress:skill_update", args=["tech-0"]), {"level": "1", "notes": "bob's"})
    step = alices_learner.step_completions.get().step
    client.post(reverse("progress:step_update", args=[step.pk]), {"done": "0"})
    client.post(reverse("progress:plan_update", args=["personal-projects"]), {"following": "0"})
    assert _alices_state(alices_learner) == before
    bobs = SkillProgress.objects.get(learner__user=bob)
    assert (bobs.level, bobs.notes) == (1, "bob's")


def test_alices_learner_id_forged_into_bobs_session_is_ignored(client, bob, alices_learner):
    before = _alices_state(alices_learner)
    client.force_login(bob)
    _forge(client, alices_learner.pk)

    html = client.get(reverse("progress:dashboard")).content.decode()
    assert '<progress id="overall-progress" max="100" value="0"' in html
    assert client.get(reverse("progress:export", args=["json"])).status_code == 302  # bob has nothing yet
    client.post(reverse("progress:skill_update", args=["tech-0"]), {"level": "1"})
    client.post(reverse("progress:share"), {"action": "enable"})
    client.post(reverse("progress:reset"), {"confirm": "on"})

    assert _alices_state(alices_learner) == before
    assert Learner.objects.get(pk=alices_learner.pk).share_token is None
    assert Learner.objects.filter(user=bob).exists()


def test_alices_learner_id_forged_into_a_visitors_session_is_ignored(client, alices_learner):
    # A learner with an account is never used as a visitor's learner.
    before = _alices_state(alices_learner)
    _forge(client, alices_learner.pk)

    html = client.get(reverse("progress:dashboard")).content.decode()
    assert '<progress id="overall-progress" max="100" value="0"' in html
    assert SECRET_NOTE not in html
    response = client.get(reverse("progress:export", args=["json"]))
    assert response.status_code == 302
    client.post(reverse("progress:skill_update", args=["tech-0"]), {"level": "1"})
    client.post(reverse("progress:reset"), {"confirm": "on"})
    client.post(reverse("progress:share"), {"action": "enable"})

    assert _alices_state(alices_learner) == before
    assert Learner.objects.get(pk=alices_learner.pk).share_token is None
    visitor = Learner.objects.get(user=None)
    assert client.session[SESSION_KEY] == visitor.pk


def test_a_forged_id_of_another_type_is_ignored(client, alices_learner):
    _forge(client, str(alices_learner.pk))
    client.post(reverse("progress:skill_update", args=["tech-0"]), {"level": "1"})
    assert SkillProgress.objects.get(learner=alices_learner).level == 3


def test_logging_in_with_a_forged_session_does_not_merge_alices_progress(client, bob, alices_learner):
    before = _alices_state(alices_learner)
    _forge(client, alices_learner.pk)
    response = client.post(reverse("login"), {"username": "bob", "password": "correct horse battery staple"})
    assert response.status_code == 302
    assert _alices_state(alices_learner) == before
    assert not SkillProgress.objects.filter(learner__user=bob).exists()
    assert Learner.objects.get(pk=alices_learner.pk).user.username == "alice"


def test_bobs_export_holds_none_of_alices_data(client, bob, alices_learner):
    client.force_login(bob)
    client.post(reverse("progress:skill_update", args=["tech-1"]), {"notes": "bob's note"})
    for fmt in ("json", "csv", "md"):
        text = body(client.get(reverse("progress:export", args=[fmt]))).decode()
        assert SECRET_NOTE not in text and SECRET_LINK not in text
    # the guide's skills are listed for bob too, with his progress only: none on Tech 0, which alice did
    rows = list(csv.reader(io.StringIO(body(client.get(reverse("progress:export", args=["csv"]))).decode())))
    assert next(row for row in rows if row[0] == "Tech 0")[2:4] == ["Not started", "0"]
    data = json.loads(body(client.get(reverse("progress:export", args=["json"]))))
    assert [entry["skill"] for entry in data["skills"]] == ["tech-1"]
    assert data["pathways"] == []


def test_bobs_dashboard_shows_none_of_alices_data(client, bob, alices_learner):
    client.force_login(bob)
    html = client.get(reverse("progress:dashboard")).content.decode()
    assert SECRET_NOTE not in html and SECRET_LINK not in html
    assert "No changes yet." in html


def test_a_visitors_progress_stays_in_their_own_session(client, alices_learner):
    client.post(reverse("progress:skill_update", args=["tech-1"]), {"level": "2"})
    other = Client()
    html = other.get(reverse("progress:dashboard")).content.decode()
    assert '<progress id="overall-progress" max="100" value="0"' in html
    assert other.get(reverse("progress:export", args=["json"])).status_code == 302


ADMIN_URLS = [
    "/admin/progress/skillprogress/",
    "/admin/progress/learner/",
    "/admin/progress/progressevent/",
    "/admin/progress/pathwayplan/",
    "/admin/progress/stepcompletion/",
    # Where these models lived before the progress app had its own.
    "/admin/skills/skillprogress/",
    "/admin/skills/learner/",
    "/admin/pathways/pathwayplan/",
    "/admin/pathways/stepcompletion/",
]


@pytest.mark.parametrize("url", ADMIN_URLS)
def test_the_admin_has_no_page_for_anyones_progress(client, editor, alices_learner, url):
    client.force_login(editor)
    assert client.get(url).status_code == 404
    client.force_login(UserFactory(username="root", is_staff=True, is_superuser=True))
    assert client.get(url).status_code == 404


def test_the_admin_index_lists_no_progress_models(client, editor, alices_learner):
    client.force_login(UserFactory(username="root", is_staff=True, is_superuser=True))
    html = client.get(reverse("admin:index")).content.decode().lower()
    for name in ("skill progress", "learner", "progress event", "pathway plan", "step completion"):
        assert name not in html


def test_the_editors_group_has_no_permission_on_progress(editor):
    models = ["learner", "skillprogress", "progressevent", "pathwayplan", "stepcompletion"]
    assert not Group.objects.get(name="Editors").permissions.filter(content_type__model__in=models).exists()
    assert Permission.objects.filter(content_type__model__in=models).exists()  # they exist; editors lack them
    for codename in ("view_skillprogress", "view_learner", "view_progressevent"):
        assert not editor.has_perm(f"progress.{codename}")
