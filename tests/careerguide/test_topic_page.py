"""A topic's own page, and the topics on a skill's page with a learner's controls."""

import pytest
from django.urls import reverse

from core.content import Status
from progress import services
from progress.models import ProgressStatus
from tests.factories import ResourceFactory, SkillFactory, TopicFactory, TopicResourceFactory
from tests.progress_helpers import account_learner

pytestmark = pytest.mark.django_db


@pytest.fixture
def containers():
    skill = SkillFactory(name="Containers", slug="containers")
    images = TopicFactory(
        skill=skill,
        name="Docker images",
        slug="docker-images",
        summary="Package a model and its server into an image.",
        body="Images are **layers**.",
        tools="Docker\nBuildKit",
        hours=12,
        order=1,
    )
    compose = TopicFactory(skill=skill, name="Compose files", slug="compose-files", hours=4, order=2)
    compose.prerequisites.add(images)
    TopicFactory(skill=skill, name="Secret topic", slug="secret-topic", status=Status.DRAFT, order=3)
    book = ResourceFactory(title="A paid book", is_free=False, kind="book")
    docs = ResourceFactory(title="Docker docs", is_free=True, kind="documentation")
    course = ResourceFactory(title="A free course", is_free=True, kind="online_course")
    TopicResourceFactory(topic=images, resource=book, order=1)
    TopicResourceFactory(topic=images, resource=docs, start_here=True, order=2)
    TopicResourceFactory(topic=images, resource=course, order=3)
    TopicResourceFactory(topic=images, resource=ResourceFactory(title="Hidden draft", status=Status.DRAFT))
    return skill


def _url(skill_slug: str, slug: str) -> str:
    return reverse("skills:topic", args=[skill_slug, slug])


def test_it_shows_the_topic(client, containers):
    response = client.get(_url("containers", "docker-images"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Docker images</h1>" in html
    assert "Package a model and its server into an image." in html
    assert "<strong>layers</strong>" in html
    assert "<li>Docker</li>" in html and "<li>BuildKit</li>" in html
    assert "About 12 hours of study." in html
    assert 'href="/skills/containers/"' in html  # breadcrumb and eyebrow
    assert "Leads on to" in html and "Compose files" in html


def test_resources_come_by_kind_with_the_one_to_start_with_first_and_free_ones_marked(client, containers):
    html = client.get(_url("containers", "docker-images")).content.decode()
    assert html.index("Online courses") < html.index("Books") < html.index("Documentation")
    assert '<span class="badge badge--start">Start here</span> <a href="' in html
    start = html.index("Start here")
    assert html.index("Docker docs") > start and html.index("Docker docs") - start < 200
    assert html.count("badge--free") == 2 and html.count("badge--paid") == 1
    assert "Hidden draft" not in html


def test_a_draft_topic_is_a_404_for_readers_and_a_preview_for_staff(client, editor, containers):
    assert client.get(_url("containers", "secret-topic")).status_code == 404
    client.force_login(editor)
    response = client.get(_url("containers", "secret-topic"))
    assert response.status_code == 200
    assert "Draft preview - not visible to readers" in response.content.decode()


def test_a_topic_of_a_draft_skill_is_a_404_for_readers(client, containers):
    containers.status = Status.DRAFT
    containers.save()
    assert client.get(_url("containers", "docker-images")).status_code == 404


def test_an_unknown_topic_is_a_404(client, containers):
    assert client.get(_url("containers", "no-such-topic")).status_code == 404


def test_a_topic_under_another_skills_address_redirects_to_its_own(client, containers):
    response = client.get(_url("some-other-skill", "docker-images"))
    assert response.status_code == 301
    assert response["Location"] == "/skills/containers/docker-images/"


def test_it_refuses_post(client, containers):
    assert client.post(_url("containers", "docker-images")).status_code == 405


def test_a_learner_sees_their_status_and_a_form_to_change_it(client, alice, containers):
    learner = account_learner(alice)
    topic = containers.topics.get(slug="docker-images")
    services.topic_set(learner=learner, topic=topic, status=ProgressStatus.LEARNING)
    client.force_login(alice)
    html = client.get(_url("containers", "docker-images")).content.decode()
    assert 'action="/progress/topics/docker-images/"' in html
    assert '<option value="learning" selected>Learning</option>' in html


def test_the_skill_page_lists_its_published_topics_in_order_with_controls(client, alice, containers):
    learner = account_learner(alice)
    services.topic_set(learner=learner, topic=containers.topics.get(slug="compose-files"), status=ProgressStatus.DONE)
    client.force_login(alice)
    html = client.get(reverse("skills:detail", args=["containers"])).content.decode()
    assert html.index("Docker images") < html.index("Compose files")
    assert "Secret topic" not in html
    assert "2 topics to learn, about 16 hours of study in all; you have done 1 of 2." in html
    assert html.count('action="/progress/topics/') == 2
    assert 'id="topic-status-compose-files"' in html


def test_the_skill_page_lists_resources_its_topics_start_with_first(client, containers):
    docs = containers.topics.get(slug="docker-images").topic_resources.get(start_here=True).resource
    other = ResourceFactory(title="Another doc", kind="documentation", order=0)
    other.skills.add(containers)
    docs.skills.add(containers)
    html = client.get(reverse("skills:detail", args=["containers"])).content.decode()
    assert html.index("Docker docs") < html.index("Another doc")


def _count(client, django_assert_num_queries, expected: int):
    # 1 the topic with its skill, 2 its published prerequisites, 3 the topics it leads to,
    # 4 its published resources; and first: the content version (the cache starts empty).
    with django_assert_num_queries(expected):
        assert client.get(_url("containers", "docker-images")).status_code == 200


@pytest.mark.parametrize("extra", [0, 8])
def test_its_query_count_does_not_grow_with_content(client, containers, django_assert_num_queries, extra):
    images = containers.topics.get(slug="docker-images")
    for index in range(extra):
        follower = TopicFactory(skill=containers)
        follower.prerequisites.add(images)
        images.prerequisites.add(TopicFactory(skill=SkillFactory()))
        TopicResourceFactory(topic=images, resource=ResourceFactory(title=f"Extra {index}"))
    _count(client, django_assert_num_queries, 5)
