import datetime

import pytest
from django.urls import reverse

from core.content import Status
from skills.models import SkillKind
from tests.factories import (
    CareerFactory,
    CareerSkillFactory,
    PathwayFactory,
    ResourceFactory,
    SkillFactory,
    TopicFactory,
    TopicResourceFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def kubernetes(db):
    return SkillFactory(
        name="Kubernetes",
        slug="kubernetes",
        summary="Run containers at scale.",
        body="An orchestrator for **containers**.",
        why_it_matters="Models run in containers.",
        what_to_learn="- Pods\n- Deployments",
        tools="`kubectl`, Helm",
        rubric_level_3="Runs a model service on a cluster unaided.",
        last_reviewed=datetime.date(2025, 3, 4),
    )


def _url(skill):
    return reverse("skills:detail", kwargs={"slug": skill.slug})


def _build_related(skill, n=1):
    """n of each thing the skill page lists, published, around the skill."""
    for i in range(n):
        CareerSkillFactory(skill=skill, career=CareerFactory(name=f"Career {i}"), target_level=3)
        skill.prerequisites.add(SkillFactory(name=f"Docker {i}"))
        SkillFactory(name=f"Kubeflow {i}").prerequisites.add(skill)
        PathwayFactory(name=f"Platform team {i}").skills.add(skill)
        ResourceFactory(title=f"Kubernetes Up and Running {i}").skills.add(skill)
        topic = TopicFactory(skill=skill, name=f"Pods {i}")
        TopicResourceFactory(topic=topic, resource=ResourceFactory(title=f"Pods docs {i}"), start_here=True)


def test_it_shows_the_skill(client, kubernetes):
    response = client.get(_url(kubernetes))
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Kubernetes</h1>" in html
    assert "Technical skill" in html
    assert "Run containers at scale." in html
    assert "<strong>containers</strong>" in html
    assert "Models run in containers." in html
    assert "<li>Pods</li>" in html
    assert "<code>kubectl</code>" in html
    assert '<time datetime="2025-03-04">4 March 2025</time>' in html


def test_it_shows_the_rubric(client, kubernetes):
    html = client.get(_url(kubernetes)).content.decode()
    for level, name in enumerate(["None", "Aware", "Beginner", "Practitioner", "Expert"]):
        assert f"Level {level}</span> {name}</dt>" in html
    assert "Runs a model service on a cluster unaided." in html


def test_it_shows_related_content(client, kubernetes):
    _build_related(kubernetes)
    html = client.get(_url(kubernetes)).content.decode()
    assert "Career 0</a> — target level 3 of 4: Practitioner" in html
    assert "Learn first" in html and "Docker 0" in html
    assert "Leads on to" in html and "Kubeflow 0" in html
    assert "Platform team 0" in html
    assert "Kubernetes Up and Running 0" in html
    assert 'rel="external noopener"' in html


def test_it_leaves_out_draft_related_content(client, kubernetes):
    kubernetes.prerequisites.add(SkillFactory(name="Secret prerequisite", status=Status.DRAFT))
    SkillFactory(name="Secret unlock", status=Status.DRAFT).prerequisites.add(kubernetes)
    PathwayFactory(name="Secret pathway", status=Status.DRAFT).skills.add(kubernetes)
    ResourceFactory(title="Secret resource", status=Status.DRAFT).skills.add(kubernetes)
    CareerSkillFactory(skill=kubernetes, career=CareerFactory(name="Secret career", status=Status.DRAFT))
    html = client.get(_url(kubernetes)).content.decode()
    assert "Secret" not in html


def test_it_404s_for_an_unknown_skill(client):
    assert client.get(reverse("skills:detail", kwargs={"slug": "telepathy"})).status_code == 404


def test_it_404s_for_a_draft_for_anonymous_and_learners(client, alice):
    draft = SkillFactory(status=Status.DRAFT)
    assert client.get(_url(draft)).status_code == 404
    client.force_login(alice)
    assert client.get(_url(draft)).status_code == 404


def test_it_previews_a_draft_for_staff(client, editor):
    draft = SkillFactory(name="Quantum ML", status=Status.DRAFT)
    client.force_login(editor)
    response = client.get(_url(draft))
    assert response.status_code == 200
    assert "Draft preview - not visible to readers" in response.content.decode()


def test_the_list_groups_published_skills_by_kind(client, kubernetes):
    SkillFactory(name="Listening", kind=SkillKind.SOFT)
    SkillFactory(name="Secret skill", status=Status.DRAFT)
    response = client.get(reverse("skills:list"))
    assert response.status_code == 200
    html = response.content.decode()
    assert html.index("Technical skills") < html.index("Kubernetes") < html.index("Soft skills")
    assert html.index("Soft skills") < html.index("Listening")
    assert "Secret" not in html


def test_the_list_does_one_query(client, django_assert_num_queries):
    SkillFactory.create_batch(5)
    # 1 the published skills
    # and first: the content version, part of the page cache's key (a miss here: the cache starts empty)
    with django_assert_num_queries(2):
        assert client.get(reverse("skills:list")).status_code == 200


def _get_skill_counting_queries(client, skill, django_assert_num_queries):
    # 1 the skill
    # 2 the published careers that need it, with their target level
    # 3 its published prerequisites
    # 4 the published skills it unlocks
    # 5 the published pathways that build it
    # 6 the published resources for it
    # 7 its published topics
    # 8 the resources its topics start with
    # and first: the content version, part of the page cache's key (a miss here: the cache starts empty)
    with django_assert_num_queries(9):
        response = client.get(_url(skill))
    assert response.status_code == 200
    return response


def test_it_does_a_fixed_number_of_queries(client, kubernetes, django_assert_num_queries):
    _build_related(kubernetes)
    _get_skill_counting_queries(client, kubernetes, django_assert_num_queries)


def test_its_query_count_does_not_grow_with_content(client, kubernetes, django_assert_num_queries):
    _build_related(kubernetes, n=5)
    response = _get_skill_counting_queries(client, kubernetes, django_assert_num_queries)
    assert "Docker 4" in response.content.decode()
