"""A learner marks each topic of a skill; a skill's progress rolls up from its topics; topic statuses
move into an account on login, travel in exports, show on share pages and go with a reset."""

import json
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from core.content import Status
from progress import selectors, services
from progress.models import Learner, ProgressEvent, ProgressStatus, TopicProgress
from progress.services import SESSION_KEY
from skills.models import Skill
from tests.factories import TopicFactory
from tests.progress_helpers import account_learner, body, make_career

pytestmark = pytest.mark.django_db
JSON = {"HTTP_ACCEPT": "application/json"}


@pytest.fixture
def topics():
    """A career whose first skill (target level 4) has four published topics and a draft."""
    make_career(technical=2, soft=0, target=4)
    skill = Skill.objects.get(slug="tech-0")
    published = [TopicFactory(skill=skill, name=f"Topic {i}", slug=f"topic-{i}", order=i) for i in range(4)]
    TopicFactory(skill=skill, name="Draft topic", slug="draft-topic", status=Status.DRAFT)
    return published


def _url(slug: str) -> str:
    return reverse("progress:topic_update", args=[slug])


def _item(learner: Learner, slug: str = "tech-0") -> selectors.SkillItem:
    _, _, items = selectors.followed_items(learner)
    return next(item for item in items if item.skill.slug == slug)


def test_a_visitor_marks_a_topic_and_gets_a_learner(client, topics):
    response = client.post(_url("topic-0"), {"status": "done", "next": "/skills/tech-0/"})
    assert response.status_code == 302
    assert response["Location"] == "/skills/tech-0/"
    learner = Learner.objects.get(pk=client.session[SESSION_KEY])
    assert learner.user is None
    assert list(learner.topic_progress.values_list("topic__slug", "status")) == [("topic-0", "done")]
    assert ProgressEvent.objects.get(learner=learner).description == "Tech 0: Topic 0, done"


def test_an_account_marks_a_topic(client, alice, topics):
    client.force_login(alice)
    client.post(_url("topic-1"), {"status": "learning"})
    assert TopicProgress.objects.get(learner__user=alice).status == ProgressStatus.LEARNING


def test_the_same_status_again_records_nothing(client, alice, topics):
    client.force_login(alice)
    client.post(_url("topic-1"), {"status": "learning"})
    client.post(_url("topic-1"), {"status": "learning"})
    assert ProgressEvent.objects.count() == 1


def test_it_answers_json_with_the_bars_it_moved(client, alice, topics):
    client.force_login(alice)
    answer = client.post(_url("topic-0"), {"status": "done"}, **JSON).json()
    assert answer["ok"] and (answer["topic"], answer["status"], answer["status_label"]) == ("topic-0", "done", "Done")
    # One of four topics done on one of two skills: the skill is at 25%, overall 13% (12.5 rounded).
    assert answer["overall_percent"] == 12
    assert answer["bars"]["kind-progress-technical-skills"]["percent"] == 12


def test_a_bad_status_is_refused_with_a_message_and_changes_nothing(client, alice, topics):
    client.force_login(alice)
    response = client.post(_url("topic-0"), {"status": "mastered", "next": "/skills/tech-0/"}, follow=True)
    assert "Choose one of the statuses for Topic 0; nothing was changed." in response.content.decode()
    assert client.post(_url("topic-0"), {"status": ""}, **JSON).status_code == 400
    assert not TopicProgress.objects.exists()


@pytest.mark.parametrize("next_url", ["https://evil.example/", "//evil.example/", "javascript:alert(1)"])
def test_it_never_redirects_off_site(client, topics, next_url):
    response = client.post(_url("topic-0"), {"status": "done", "next": next_url})
    assert response["Location"] == topics[0].get_absolute_url()


def test_a_draft_or_unknown_topic_is_a_404_and_changes_nothing(client, editor, topics):
    assert client.post(_url("draft-topic"), {"status": "done"}).status_code == 404
    assert client.post(_url("no-such-topic"), {"status": "done"}).status_code == 404
    client.force_login(editor)
    assert client.post(_url("draft-topic"), {"status": "done"}).status_code == 404
    Skill.objects.filter(slug="tech-0").update(status=Status.DRAFT)
    assert client.post(_url("topic-0"), {"status": "done"}).status_code == 404
    assert not TopicProgress.objects.exists()


def test_it_only_takes_post(client, topics):
    assert client.get(_url("topic-0")).status_code == 405
    assert not Learner.objects.exists()


# Roll-up


def test_a_skill_rolls_up_from_its_topics(alice, topics):
    learner = account_learner(alice)
    services.topic_set(learner=learner, topic=topics[0], status=ProgressStatus.DONE)
    services.topic_set(learner=learner, topic=topics[1], status=ProgressStatus.DONE)
    item = _item(learner)
    assert (item.topics_total, item.topics_done, item.topics_counted) == (4, 2, 4)
    assert item.percent == 50

    services.topic_set(learner=learner, topic=topics[2], status=ProgressStatus.SKIPPED)
    assert _item(learner).percent == 67  # 2 of the 3 that count

    services.progress_update(learner=learner, skill=topics[0].skill, changes={"level": 3})
    assert _item(learner).percent == 75  # level 3 of target 4 is more than the topics' share

    services.progress_update(learner=learner, skill=topics[0].skill, changes={"status": ProgressStatus.DONE})
    assert _item(learner).percent == 100


def test_draft_topics_do_not_count(alice, topics):
    learner = account_learner(alice)
    for topic in topics:
        services.topic_set(learner=learner, topic=topic, status=ProgressStatus.DONE)
    assert _item(learner).percent == 100
    topics[3].status = Status.DRAFT
    topics[3].save()
    item = _item(learner)
    assert (item.topics_total, item.topics_done, item.percent) == (3, 3, 100)


def test_the_dashboard_explains_the_rule_and_shows_topics_done(client, alice, topics):
    learner = account_learner(alice)
    services.topic_set(learner=learner, topic=topics[0], status=ProgressStatus.DONE)
    client.force_login(alice)
    html = client.get(reverse("progress:dashboard")).content.decode()
    assert selectors.ROLL_UP_RULE in html
    assert '<td data-label="Topics done">1 of 4</td>' in html
    assert '<td data-label="Progress">25%</td>' in html


# Login, export and import, share, reset


def test_a_visitors_topics_move_into_the_account_on_login_and_the_later_change_wins(client, alice, topics):
    account = account_learner(alice)
    earlier = timezone.now() - timedelta(days=1)
    TopicProgress.objects.create(learner=account, topic=topics[0], status="learning", updated_at=earlier)
    TopicProgress.objects.create(learner=account, topic=topics[1], status="done", updated_at=timezone.now())
    client.post(_url("topic-0"), {"status": "done"})
    visitor = Learner.objects.get(pk=client.session[SESSION_KEY])
    TopicProgress.objects.create(learner=visitor, topic=topics[1], status="skipped", updated_at=earlier)
    TopicProgress.objects.create(learner=visitor, topic=topics[2], status="learning", updated_at=earlier)

    response = client.post(reverse("login"), {"username": "alice", "password": "correct horse battery staple"})
    assert response.status_code == 302
    assert dict(account.topic_progress.values_list("topic__slug", "status")) == {
        "topic-0": "done",  # the visitor's is newer
        "topic-1": "done",  # the account's is newer
        "topic-2": "learning",
    }
    assert not Learner.objects.filter(pk=visitor.pk).exists()


def test_the_json_export_carries_topics_and_imports_back(client, alice, bob, topics):
    learner = account_learner(alice)
    services.topic_set(learner=learner, topic=topics[0], status=ProgressStatus.DONE)
    services.topic_set(learner=learner, topic=topics[1], status=ProgressStatus.SKIPPED)
    client.force_login(alice)
    data = json.loads(body(client.get(reverse("progress:export", args=["json"]))))
    assert data["version"] == 3
    assert [(t["topic"], t["skill"], t["status"]) for t in data["topics"]] == [
        ("topic-0", "tech-0", "done"),
        ("topic-1", "tech-0", "skipped"),
    ]
    markdown = body(client.get(reverse("progress:export", args=["md"]))).decode()
    assert "## Topics of Tech 0" in markdown and "- [x] Topic 0: done" in markdown

    client.force_login(bob)
    upload = _upload(json.dumps(data))
    response = client.post(reverse("progress:import"), {"file": upload}, follow=True)
    assert "2 topics updated" in response.content.decode()
    assert dict(account_learner(bob).topic_progress.values_list("topic__slug", "status")) == {
        "topic-0": "done",
        "topic-1": "skipped",
    }


def test_a_version_1_file_without_topics_still_imports(client, alice, topics):
    client.force_login(alice)
    old = {
        "format": "careerguide.progress",
        "version": 1,
        "skills": [{"skill": "tech-1", "status": "learning", "level": 2, "updated_at": "2026-01-02T03:04:05+00:00"}],
        "pathways": [],
    }
    response = client.post(reverse("progress:import"), {"file": _upload(json.dumps(old))}, follow=True)
    assert "Imported: 1 skill updated, 0 topics updated" in response.content.decode()


@pytest.mark.parametrize(
    "topics_value, message",
    [
        ({"topic-0": "done"}, "That file is damaged: “topics” must be a list."),
        (["topic-0"], "topic entry 1 is not in the expected shape."),
        ([{"topic": "topic-0", "status": "mastered", "updated_at": "2026-01-02T03:04:05+00:00"}], "no valid status"),
        ([{"topic": "topic-0", "status": "done", "updated_at": "soon"}], "no valid updated_at time"),
        (
            [
                {"topic": "topic-0", "status": "done", "updated_at": "2026-01-02T03:04:05+00:00"},
                {"topic": "topic-0", "status": "learning", "updated_at": "2026-01-02T03:04:05+00:00"},
            ],
            "repeats a topic listed earlier",
        ),
    ],
)
def test_a_bad_topic_entry_is_refused_with_a_message_and_changes_nothing(client, alice, topics, topics_value, message):
    client.force_login(alice)
    bad = {"format": "careerguide.progress", "version": 2, "skills": [], "topics": topics_value, "pathways": []}
    response = client.post(reverse("progress:import"), {"file": _upload(json.dumps(bad))})
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not TopicProgress.objects.exists()


def test_the_share_page_shows_topic_progress_never_notes(client, alice, topics):
    learner = account_learner(alice)
    services.topic_set(learner=learner, topic=topics[0], status=ProgressStatus.DONE)
    services.progress_update(learner=learner, skill=topics[0].skill, changes={"notes": "Private thoughts"})
    token = services.secret_link_enable(learner=learner, link="share")
    html = client.get(reverse("progress:shared", args=[token])).content.decode()
    assert '<td data-label="Topics done">1 of 4</td>' in html
    assert "Private thoughts" not in html


def test_a_reset_forgets_topics_too(client, alice, topics):
    learner = account_learner(alice)
    services.topic_set(learner=learner, topic=topics[0], status=ProgressStatus.DONE)
    client.force_login(alice)
    client.post(reverse("progress:reset"), {"confirm": "on"})
    assert not TopicProgress.objects.exists()


def test_a_topic_with_progress_cannot_be_deleted(alice, topics):
    from django.db.models import ProtectedError

    services.topic_set(learner=account_learner(alice), topic=topics[0], status=ProgressStatus.DONE)
    with pytest.raises(ProtectedError):
        topics[0].delete()


def _upload(text: str):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile("progress.json", text.encode(), content_type="application/json")
