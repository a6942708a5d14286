"""Editors manage topics: inline on a skill and on their own page, ordered, with history and revert,
never in a prerequisite loop; and a newly published skill has a clear way into the guide."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from careerguide.models import CareerSkill, TopicResource
from core.content import Status
from skills.models import Topic
from tests.admin_forms import skill_form_data
from tests.factories import CareerFactory, CareerSkillFactory, ResourceFactory, SkillFactory, TopicFactory

pytestmark = pytest.mark.django_db


def topic_form_data(topic: Topic, **changes) -> dict:
    data = {
        "skill": str(topic.skill_id),
        "name": topic.name,
        "slug": topic.slug,
        "status": topic.status,
        "order": str(topic.order),
        "hours": str(topic.hours),
        "summary": topic.summary,
        "body": topic.body,
        "tools": topic.tools,
        "prerequisites": [str(pk) for pk in topic.prerequisites.values_list("pk", flat=True)],
        "topic_resources-TOTAL_FORMS": "0",
        "topic_resources-INITIAL_FORMS": "0",
        "topic_resources-MIN_NUM_FORMS": "0",
        "topic_resources-MAX_NUM_FORMS": "1000",
        "_save": "Save",
    }
    data.update(changes)
    return data


def test_editors_may_manage_topics_and_their_resources(editor):
    for codename in ("add_topic", "change_topic", "delete_topic", "view_topic"):
        assert editor.has_perm(f"skills.{codename}")
    for codename in ("add_topicresource", "change_topicresource", "delete_topicresource"):
        assert editor.has_perm(f"careerguide.{codename}")
    assert Group.objects.get(name="Editors").permissions.filter(codename="change_topic").exists()


def test_a_skill_page_in_the_admin_lists_its_topics_inline_in_order(client, editor):
    skill = SkillFactory(name="Containers")
    TopicFactory(skill=skill, name="Compose files", order=2)
    TopicFactory(skill=skill, name="Docker images", order=1)
    client.force_login(editor)
    html = client.get(reverse("admin:skills_skill_change", args=[skill.pk])).content.decode()
    assert html.index('value="Docker images"') < html.index('value="Compose files"')
    assert 'name="topics-TOTAL_FORMS"' in html


def test_an_editor_adds_and_reorders_topics_inline(client, editor):
    skill = SkillFactory(name="Containers")
    first = TopicFactory(skill=skill, name="Docker images", slug="docker-images", order=1)
    client.force_login(editor)
    data = skill_form_data(skill)
    data.update(
        {
            "topics-0-order": "5",
            "topics-TOTAL_FORMS": "2",
            "topics-1-name": "Compose files",
            "topics-1-slug": "compose-files",
            "topics-1-status": Status.PUBLISHED,
            "topics-1-hours": "4",
            "topics-1-order": "1",
            "topics-1-skill": str(skill.pk),
        }
    )
    response = client.post(reverse("admin:skills_skill_change", args=[skill.pk]), data)
    assert response.status_code == 302, response.context and response.context["inline_admin_formsets"]
    first.refresh_from_db()
    assert first.order == 5
    assert list(skill.topics.order_by("order").values_list("name", flat=True)) == ["Compose files", "Docker images"]


def test_the_topic_list_orders_with_editable_order(client, editor):
    TopicFactory(name="Later", order=2)
    TopicFactory(name="Sooner", order=1)
    client.force_login(editor)
    html = client.get(reverse("admin:skills_topic_changelist") + "?o=5").content.decode()
    assert 'name="form-0-order"' in html


def test_a_topics_change_is_kept_in_its_history_and_can_be_reverted(client, editor):
    topic = TopicFactory(name="Docker images", summary="First version.")
    client.force_login(editor)
    url = reverse("admin:skills_topic_change", args=[topic.pk])
    assert client.post(url, topic_form_data(topic, summary="Second.")).status_code == 302
    topic.refresh_from_db()
    assert topic.summary == "Second."
    assert topic.history.count() == 2

    first = topic.history.order_by("history_date").first()
    revert_url = reverse("admin:skills_topic_simple_history", args=[topic.pk, first.history_id])
    assert client.get(revert_url).status_code == 200
    assert client.post(revert_url, topic_form_data(topic, summary=first.summary)).status_code == 302
    topic.refresh_from_db()
    assert topic.summary == "First version."
    assert topic.history.count() == 3


def test_a_prerequisite_loop_is_refused_with_a_clear_message(client, editor):
    images = TopicFactory(name="Docker images")
    compose = TopicFactory(name="Compose files")
    compose.prerequisites.add(images)
    swarm = TopicFactory(name="Swarm")
    swarm.prerequisites.add(compose)
    client.force_login(editor)
    response = client.post(
        reverse("admin:skills_topic_change", args=[images.pk]), topic_form_data(images, prerequisites=[str(swarm.pk)])
    )
    assert response.status_code == 200
    assert "already depends on" in response.content.decode()
    assert not images.prerequisites.exists()


def test_a_topic_cannot_be_its_own_prerequisite(client, editor):
    topic = TopicFactory(name="Docker images")
    client.force_login(editor)
    response = client.post(
        reverse("admin:skills_topic_change", args=[topic.pk]), topic_form_data(topic, prerequisites=[str(topic.pk)])
    )
    assert response.status_code == 200
    assert not topic.prerequisites.exists()


def test_a_topics_resources_are_edited_on_its_page_with_one_to_start_with(client, editor):
    topic = TopicFactory(name="Docker images")
    docs, book = ResourceFactory(title="Docker docs"), ResourceFactory(title="A book")
    client.force_login(editor)
    data = topic_form_data(topic)
    data.update(
        {
            "topic_resources-TOTAL_FORMS": "2",
            "topic_resources-0-resource": str(docs.pk),
            "topic_resources-0-start_here": "on",
            "topic_resources-0-order": "1",
            "topic_resources-1-resource": str(book.pk),
            "topic_resources-1-start_here": "on",
            "topic_resources-1-order": "2",
        }
    )
    response = client.post(reverse("admin:skills_topic_change", args=[topic.pk]), data)
    assert response.status_code == 200  # two to start with: refused
    assert not TopicResource.objects.exists()
    data["topic_resources-1-start_here"] = ""
    assert client.post(reverse("admin:skills_topic_change", args=[topic.pk]), data).status_code == 302
    assert list(topic.topic_resources.values_list("resource__title", "start_here")) == [
        ("Docker docs", True),
        ("A book", False),
    ]


def test_a_published_skill_that_no_career_lists_gets_a_hint_and_an_action_adds_it(client, editor):
    career = CareerFactory(name="ML Ops Engineer", is_default=True)
    CareerSkillFactory(career=career, skill=SkillFactory(name="Python"), order=1)
    skill = SkillFactory(name="LLMOps", status=Status.DRAFT)
    client.force_login(editor)
    response = client.post(
        reverse("admin:skills_skill_change", args=[skill.pk]),
        skill_form_data(skill, status=Status.PUBLISHED),
        follow=True,
    )
    assert "no career lists it" in response.content.decode()
    listing = client.get(reverse("admin:skills_skill_changelist")).content.decode()
    assert "Not yet: use “Add to the guide”" in listing

    response = client.post(
        reverse("admin:skills_skill_changelist"),
        {"action": "add_to_default_career", "_selected_action": [str(skill.pk)]},
        follow=True,
    )
    assert "1 skills added to ML Ops Engineer at level 3" in response.content.decode()
    added = CareerSkill.objects.get(career=career, skill=skill)
    assert (added.target_level, added.order) == (3, 2)
    assert client.get(reverse("guide:home")).content.decode().count("LLMOps") >= 1
