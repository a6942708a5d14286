import pytest
from django.urls import reverse

from careerguide.models import ResourceKind
from core.content import Status
from skills.models import SkillKind
from tests.factories import (
    CareerFactory,
    CareerSkillFactory,
    FAQEntryFactory,
    PathwayFactory,
    ResourceFactory,
    SkillFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def career(db):
    return CareerFactory(
        name="ML Ops Engineer",
        slug="ml-ops-engineer",
        tagline="Keep models working in production",
        summary="ML Ops Engineers deploy, monitor and maintain models.",
        role_description="They *bridge* data science and operations.",
        responsibilities="- Build pipelines\n- Watch dashboards",
        conclusion="Go for it.",
        is_default=True,
    )


def _build_guide(career, n=1):
    """n of everything the guide shows, all published, for the career."""
    for i in range(n):
        CareerSkillFactory(career=career, skill=SkillFactory(name=f"Docker {i}"), target_level=3)
        CareerSkillFactory(
            career=career, skill=SkillFactory(name=f"Listening {i}", kind=SkillKind.SOFT), target_level=2
        )
        PathwayFactory(name=f"Bootcamp {i}", careers=[career])
        FAQEntryFactory(career=career, question=f"Do I need a degree {i}?")
        ResourceFactory(title=f"Designing ML Systems {i}", kind=ResourceKind.BOOK)
        ResourceFactory(title=f"MLOps Zoomcamp {i}", kind=ResourceKind.ONLINE_COURSE, is_free=True)


def test_it_shows_the_default_career_at_home(client, career):
    _build_guide(career)
    response = client.get(reverse("guide:home"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Becoming an ML Ops Engineer</h1>" in html
    assert "Keep models working in production" in html
    assert "<em>bridge</em>" in html  # Markdown is rendered
    assert "<li>Build pipelines</li>" in html
    assert 'aria-label="Contents"' in html
    for section in ("role", "skills", "pathways", "faq", "resources", "conclusion"):
        assert f'href="#{section}"' in html
        assert f'id="{section}"' in html


def test_it_groups_skills_by_kind_with_target_levels(client, career):
    _build_guide(career)
    html = client.get(reverse("guide:home")).content.decode()
    assert html.index("Technical skills") < html.index("Docker 0") < html.index("Soft skills")
    assert html.index("Soft skills") < html.index("Listening 0")
    assert "Target level 3 of 4: Practitioner" in html
    assert "Target level 2 of 4: Beginner" in html


def test_it_shows_pathways_faq_and_resources(client, career):
    _build_guide(career)
    html = client.get(reverse("guide:home")).content.decode()
    assert "Bootcamp 0" in html
    assert "3 months–6 months" in html
    assert "free to $500" in html
    assert reverse("pathways:compare") in html
    assert "<summary>Do I need a degree 0?</summary>" in html
    assert reverse("guide:faq", kwargs={"slug": career.slug}) in html
    assert html.index("Online courses") < html.index("MLOps Zoomcamp 0") < html.index("Books")
    assert "Designing ML Systems 0" in html
    assert reverse("guide:resources") in html


def test_it_shows_the_career_page(client, career):
    other = CareerFactory(name="Data Engineer", slug="data-engineer", summary="Pipelines all day.")
    response = client.get(reverse("guide:career", kwargs={"slug": other.slug}))
    assert response.status_code == 200
    assert "<h1>Becoming a Data Engineer</h1>" in response.content.decode()


def test_it_falls_back_to_the_first_published_career(client):
    CareerFactory(name="Draft career", status=Status.DRAFT, is_default=True)
    CareerFactory(name="Published career", order=2)
    response = client.get(reverse("guide:home"))
    assert "Becoming a Published career" in response.content.decode()


def test_it_shows_an_empty_state_when_nothing_is_published(client):
    CareerFactory(status=Status.DRAFT, is_default=True)
    response = client.get(reverse("guide:home"))
    assert response.status_code == 200
    assert "No guide published yet" in response.content.decode()


def test_it_leaves_out_drafts(client, career):
    _build_guide(career)
    CareerSkillFactory(career=career, skill=SkillFactory(name="Secret skill", status=Status.DRAFT))
    PathwayFactory(name="Secret pathway", careers=[career], status=Status.DRAFT)
    FAQEntryFactory(career=career, question="Secret question?", status=Status.DRAFT)
    ResourceFactory(title="Secret resource", status=Status.DRAFT)
    html = client.get(reverse("guide:home")).content.decode()
    assert "Secret" not in html


def test_it_leaves_out_pathways_of_other_careers(client, career):
    PathwayFactory(name="Nursing school", careers=[CareerFactory()])
    html = client.get(reverse("guide:home")).content.decode()
    assert "Nursing school" not in html


def test_it_404s_for_an_unknown_career(client, career):
    response = client.get(reverse("guide:career", kwargs={"slug": "astronaut"}))
    assert response.status_code == 404


def test_it_404s_for_a_draft_career_for_anonymous_and_learners(client, alice):
    draft = CareerFactory(status=Status.DRAFT)
    url = reverse("guide:career", kwargs={"slug": draft.slug})
    assert client.get(url).status_code == 404
    client.force_login(alice)
    assert client.get(url).status_code == 404


def test_it_previews_a_draft_career_for_staff(client, editor):
    draft = CareerFactory(name="Prompt Engineer", status=Status.DRAFT)
    client.force_login(editor)
    response = client.get(reverse("guide:career", kwargs={"slug": draft.slug}))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Draft preview - not visible to readers" in html
    assert '<meta name="robots" content="noindex">' in html


def test_it_has_no_draft_banner_when_published(client, career):
    html = client.get(reverse("guide:home")).content.decode()
    assert "Draft preview" not in html
    assert 'name="robots"' not in html


def test_it_sanitises_markdown(client, career):
    career.role_description = "Hi <script>alert(1)</script> [x](javascript:alert(1))"
    career.save()
    html = client.get(reverse("guide:home")).content.decode()
    assert "alert(1)" not in html
    assert "javascript:" not in html


def _get_guide_counting_queries(client, django_assert_num_queries):
    # 1 the career (the default, or the first published)
    # 2 its published skills (career skills joined to skills)
    # 3 its published pathways
    # 4 its first published FAQ entries
    # 5 the published resources
    # and first: the content version, part of the page cache's key (a miss here: the cache starts empty)
    with django_assert_num_queries(6):
        response = client.get(reverse("guide:home"))
    assert response.status_code == 200
    return response


def test_it_does_a_fixed_number_of_queries(client, career, django_assert_num_queries):
    _build_guide(career)
    _get_guide_counting_queries(client, django_assert_num_queries)


def test_its_query_count_does_not_grow_with_content(client, career, django_assert_num_queries):
    _build_guide(career, n=5)
    response = _get_guide_counting_queries(client, django_assert_num_queries)
    assert "Docker 4" in response.content.decode()
