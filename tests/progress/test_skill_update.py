"""POST /progress/skills/<slug>/: a learner sets any subset of status, level, target date, notes, evidence."""

import datetime

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from core.content import Status
from progress.models import Learner, ProgressEvent, ProgressStatus, SkillProgress
from progress.services import SESSION_KEY
from skills.models import Skill
from tests.factories import SkillFactory
from tests.progress_helpers import account_learner, make_career, visitor_learner

pytestmark = pytest.mark.django_db

JSON = {"HTTP_ACCEPT": "application/json"}


def _url(slug: str = "tech-0") -> str:
    return reverse("progress:skill_update", args=[slug])


def _snapshot() -> list:
    """Every learner's progress and history, to show nothing changed."""
    return [
        Learner.objects.count(),
        list(SkillProgress.objects.order_by("pk").values()),
        list(ProgressEvent.objects.order_by("pk").values()),
    ]


def _messages(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


def test_it_saves_a_visitors_status_and_creates_their_learner(client):
    make_career()
    response = client.post(_url(), {"status": "learning"})
    assert response.status_code == 302
    assert response.url == "/skills/tech-0/"
    learner = Learner.objects.get()
    assert learner.user is None
    assert client.session[SESSION_KEY] == learner.pk
    row = SkillProgress.objects.get(learner=learner)
    assert (row.skill.slug, row.status, row.level) == ("tech-0", ProgressStatus.LEARNING, 0)
    assert ProgressEvent.objects.get(learner=learner).description == "Tech 0: status learning"
    assert _messages(response) == ["Saved your progress on Tech 0."]


def test_it_reuses_the_visitors_learner(client):
    make_career()
    client.post(_url("tech-0"), {"status": "learning"})
    client.post(_url("tech-1"), {"level": "2"})
    assert Learner.objects.count() == 1
    assert SkillProgress.objects.count() == 2


def test_it_saves_to_the_account_learner(client, alice):
    make_career()
    client.force_login(alice)
    client.post(_url(), {"level": "3"})
    row = SkillProgress.objects.get()
    assert row.learner.user == alice
    assert (row.level, row.status) == (3, ProgressStatus.LEARNING)
    assert SESSION_KEY not in client.session


def test_it_saves_every_field(client, alice):
    make_career()
    client.force_login(alice)
    data = {
        "status": "done",
        "level": "4",
        "target_date": "2026-05-01",
        "notes": "Ran a cluster at work.",
        "evidence_links": "https://github.com/alice/k8s\n\nhttps://example.com/cert ",
    }
    assert client.post(_url(), data).status_code == 302
    row = SkillProgress.objects.get()
    assert row.status == "done" and row.level == 4
    assert row.target_date == datetime.date(2026, 5, 1)
    assert row.notes == "Ran a cluster at work."
    assert row.evidence_urls == ["https://github.com/alice/k8s", "https://example.com/cert"]


def test_it_changes_only_the_fields_posted(client, alice):
    make_career()
    client.force_login(alice)
    client.post(_url(), {"notes": "Keep me", "level": "1"})
    client.post(_url(), {"level": "2"})
    row = SkillProgress.objects.get()
    assert (row.level, row.notes) == (2, "Keep me")
    assert ProgressEvent.objects.count() == 2


def test_it_records_nothing_when_nothing_changes(client, alice):
    make_career()
    client.force_login(alice)
    for _ in range(3):
        client.post(_url(), {"level": "2"})
    assert ProgressEvent.objects.count() == 1


def test_it_answers_json_when_asked(client, alice):
    make_career(technical=2, soft=0, target=2)
    client.force_login(alice)
    response = client.post(_url(), {"level": "1"}, **JSON)
    assert response.status_code == 200
    assert response.json() == {
        "ok": True,
        "skill": "tech-0",
        "status": "learning",
        "status_label": "Learning",
        "level": 1,
        "overall_percent": 25,
        "bars": {
            "overall-progress": {"percent": 25, "detail": "0 of 2 done"},
            "kind-progress-technical-skills": {"percent": 25, "detail": "0 of 2 done"},
        },
    }


def test_json_for_an_update_that_changes_nothing_still_has_the_tallies(client, alice):
    make_career(technical=2, soft=0, target=2)
    client.force_login(alice)
    first = client.post(_url(), {"level": "1"}, **JSON).json()
    again = client.post(_url(), {"level": "1"}, **JSON).json()
    assert again == first
    assert (again["overall_percent"], again["bars"]["kind-progress-technical-skills"]["percent"]) == (25, 25)
    assert ProgressEvent.objects.count() == 1


def test_it_goes_back_to_a_safe_next(client):
    make_career()
    response = client.post(_url(), {"status": "done", "next": "/#skill-tech-0"})
    assert response.url == "/#skill-tech-0"


@pytest.mark.parametrize(
    "next_url", ["https://evil.example/", "//evil.example/", "https://evil.example/progress/", "javascript:alert(1)"]
)
def test_it_refuses_an_open_redirect(client, next_url):
    make_career()
    response = client.post(_url(), {"status": "done", "next": next_url})
    assert response.status_code == 302
    assert response.url == "/skills/tech-0/"
    assert SkillProgress.objects.get().status == "done"


def test_it_404s_for_an_unknown_skill(client):
    make_career()
    before = _snapshot()
    assert client.post(_url("telepathy"), {"status": "done"}).status_code == 404
    assert _snapshot() == before


def test_it_404s_for_a_draft_skill_even_for_staff(client, editor):
    make_career()
    SkillFactory(slug="secret", status=Status.DRAFT)
    client.force_login(editor)
    before = _snapshot()
    assert client.post(_url("secret"), {"status": "done"}).status_code == 404
    assert _snapshot() == before


@pytest.mark.parametrize("method", ["get", "put", "delete"])
def test_it_refuses_other_methods_and_changes_nothing(client, method):
    make_career()
    before = _snapshot()
    assert getattr(client, method)(_url()).status_code == 405
    assert _snapshot() == before


BAD_INPUT = [
    ({"level": "7"}, "level", "Your level: Select a valid choice. 7 is not one of the available choices."),
    ({"status": "bogus"}, "status", "Status: Select a valid choice. bogus is not one of the available choices."),
    (
        {"evidence_links": "javascript:alert(1)"},
        "evidence_links",
        "Evidence links: “javascript:alert(1)” is not a web address. Links must start with https:// or http://."
        " They cannot contain spaces, quotes, < or >.",
    ),
    (
        {"evidence_links": "\n".join(f"https://example.com/{i}" for i in range(6))},
        "evidence_links",
        "Evidence links: Give at most 5 links.",
    ),
    ({"notes": "x" * 5001}, "notes", "Notes: Ensure this value has at most 5000 characters (it has 5001)."),
    ({"target_date": "2026-02-30"}, "target_date", "Target date: Enter a valid date."),
    ({"target_date": "next week"}, "target_date", "Target date: Enter a valid date."),
]


@pytest.fixture
def alices_row(client, alice):
    """alice, logged in, with progress on tech-0 that bad input must not touch."""
    make_career()
    client.force_login(alice)
    client.post(_url(), {"status": "learning", "level": "2", "notes": "Mine", "evidence_links": "https://a.example/"})
    client.get(reverse("progress:dashboard"))  # shows, and so clears, the "Saved" message
    return SkillProgress.objects.get()


@pytest.mark.parametrize(("data", "field", "message"), BAD_INPUT)
def test_it_refuses_bad_input_with_a_message_and_changes_nothing(client, alices_row, data, field, message):
    before = _snapshot()
    response = client.post(_url(), {"level": "3", **data})
    assert response.status_code == 302
    assert response.url == "/skills/tech-0/"
    assert _messages(response) == [message]
    assert _snapshot() == before  # not even the valid level


@pytest.mark.parametrize(("data", "field", "message"), BAD_INPUT)
def test_it_answers_bad_input_with_400_json_and_changes_nothing(client, alices_row, data, field, message):
    before = _snapshot()
    response = client.post(_url(), data, **JSON)
    assert response.status_code == 400
    body = response.json()
    assert body["ok"] is False
    assert list(body["errors"]) == [field]
    assert body["errors"][field][0]["message"] == message.split(": ", 1)[1]
    assert _snapshot() == before


def test_bad_input_creates_no_learner_for_a_new_visitor(client):
    make_career()
    client.post(_url(), {"level": "7"})
    client.post(_url(), {"level": "7"}, **JSON)
    assert Learner.objects.count() == 0
    assert SESSION_KEY not in client.session


def test_a_visitor_with_a_learner_already_keeps_it(client):
    make_career()
    learner = visitor_learner(client, **{"tech-1": {"level": 1}})
    client.post(_url(), {"status": "done"})
    assert Learner.objects.get() == learner
    assert set(learner.skill_progress.values_list("skill__slug", flat=True)) == {"tech-0", "tech-1"}


def test_a_level_on_a_skill_not_in_the_career_is_still_kept(client, alice):
    # A published skill that no career lists yet: its page has a form, so the update is kept.
    make_career()
    SkillFactory(slug="extra")
    client.force_login(alice)
    assert client.post(_url("extra"), {"level": "1"}, **JSON).json()["overall_percent"] == 0
    assert SkillProgress.objects.get(skill=Skill.objects.get(slug="extra"), learner=account_learner(alice)).level == 1


def test_setting_a_level_with_the_skill_pages_whole_form_marks_the_skill_started(client, alice):
    # The skill page's form posts every field: a new learner leaves status at its first choice,
    # "Not started", and picks a level. As when only a level is posted, a level above zero means started.
    make_career()
    client.force_login(alice)
    html = client.get("/skills/tech-0/").content.decode()
    select = html[html.index('<select name="status"') : html.index("</select>")]
    assert select.index('value="not_started"') < select.index('value="learning"') and "selected" not in select
    whole_form = {"status": "not_started", "level": "2", "target_date": "", "notes": "", "evidence_links": ""}
    client.post(_url(), whole_form)
    row = SkillProgress.objects.get()
    assert (row.level, row.status) == (2, ProgressStatus.LEARNING)


@pytest.mark.parametrize("skills", [3, 30])
@pytest.mark.parametrize("answer", ["json", "redirect"])
def test_an_update_runs_a_fixed_number_of_queries(client, alice, django_assert_num_queries, settings, skills, answer):
    """Session (not with cached_db sessions, which read it from Redis), user, skill and learner; the
    content version (for this process's copy of the guide's skills; read at most once a second outside a
    test's transaction); in a savepoint, the locked row, its update, the overall tally (progress, topic
    progress), the learner's count of changes and the event. The JSON answer reuses that tally. None of
    it grows with the number of skills."""
    make_career(technical=skills, soft=1)
    client.force_login(alice)
    extra = JSON if answer == "json" else {}
    client.post(_url(), {"level": "1"}, **extra)  # the learner and the row exist from now on
    session_query = 0 if settings.SESSION_ENGINE.endswith("cached_db") else 1
    with django_assert_num_queries(11 + session_query):
        response = client.post(_url(), {"level": "2"}, **extra)
    assert response.status_code == (200 if answer == "json" else 302)
    assert SkillProgress.objects.get(skill__slug="tech-0").level == 2


def test_done_with_a_lower_level_is_refused_with_the_rule_and_changes_nothing(client):
    make_career(target=2)
    client.post(_url(), {"status": "learning", "level": "1"})
    before = _snapshot()
    response = client.post(_url(), {"status": "done", "level": "0"}, **JSON)
    assert response.status_code == 400
    assert response.json()["errors"]["level"][0]["message"].startswith("Done means level 2 or more")
    response = client.post(_url(), {"status": "done", "level": "0", "next": "/skills/tech-0/"})
    assert response.status_code == 302
    assert [str(m) for m in get_messages(response.wsgi_request)][-1].startswith("Done means level 2 or more")
    assert _snapshot() == before


def test_done_from_a_guide_card_raises_the_level_to_the_target(client):
    make_career(target=3)
    data = client.post(_url(), {"status": "done"}, **JSON).json()
    assert (data["status"], data["level"]) == ("done", 3)
    assert data["bars"]["overall-progress"]["percent"] == 25  # one of four skills, in full


@pytest.mark.parametrize(
    "day,message",
    [
        ("2001-01-01", "A target date is a goal ahead of you"),
        ("2999-01-01", "Pick a target date before"),
    ],
)
def test_a_target_date_far_in_the_past_or_future_is_refused(client, day, message):
    make_career()
    before = _snapshot()
    response = client.post(_url(), {"target_date": day}, **JSON)
    assert response.status_code == 400
    assert response.json()["errors"]["target_date"][0]["message"].startswith(message)
    assert _snapshot() == before


def test_a_recent_or_coming_target_date_is_kept(client):
    make_career()
    for day in (
        datetime.date.today() - datetime.timedelta(days=30),
        datetime.date.today() + datetime.timedelta(days=90),
    ):
        assert client.post(_url(), {"target_date": day.isoformat()}, **JSON).status_code == 200
        assert SkillProgress.objects.get().target_date == day
