"""The load_guide command: the seed content it loads, and that rerunning it is safe."""

import re
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import models

from careerguide.models import Career, CareerSkill, FAQEntry, Resource, ResourceKind, TopicResource
from careerguide.seed.skills import SKILLS
from careerguide.seed.topics import TOPICS
from core.content import Status
from pathways.models import Pathway, PathwayStep
from skills.models import Skill, SkillKind, Topic

# The source article's six technical skills, then the four the guide adds (careerguide/seed/skills.py).
ARTICLE_TECHNICAL_SLUGS = [
    "machine-learning",
    "programming-python",
    "data-engineering",
    "devops-ci-cd",
    "cloud-platforms",
    "containers-orchestration",
]
ADDED_TECHNICAL_SLUGS = ["model-serving", "monitoring-observability", "ml-security-governance", "llmops"]
TECHNICAL_SLUGS = ARTICLE_TECHNICAL_SLUGS + ADDED_TECHNICAL_SLUGS
SOFT_SLUGS = ["problem-solving", "communication", "attention-to-detail", "adaptability"]
PATHWAY_SLUGS = [
    "formal-education",
    "online-courses-certifications",
    "bootcamps",
    "internships-entry-level",
    "professional-development",
    "networking",
    "personal-projects",
    "mentoring",
]
# The source article's four questions, as words each loaded question must contain.
ARTICLE_QUESTIONS = [
    ("role", "ml ops engineer"),
    ("core skills",),
    ("educational pathways",),
    ("navigate", "industry"),
]
SEEDED_MODELS = [Career, Skill, CareerSkill, Topic, TopicResource, Pathway, PathwayStep, FAQEntry, Resource]
SALARY = re.compile(r"\$\s?\d")
RAW_HTML = re.compile(r"</?[a-zA-Z][^>]*>")


def load_guide(*args: str) -> str:
    out = StringIO()
    call_command("load_guide", *args, stdout=out)
    return out.getvalue()


def counts() -> dict[str, int]:
    return {model.__name__: model.objects.count() for model in SEEDED_MODELS}


def text_values(obj: models.Model) -> list[str]:
    return [
        getattr(obj, field.name)
        for field in obj._meta.concrete_fields
        if isinstance(field, models.CharField | models.TextField) and getattr(obj, field.name)
    ]


def test_it_loads_the_default_career(seeded_guide):
    assert seeded_guide.name == "ML Ops Engineer"
    assert seeded_guide.is_default
    assert seeded_guide.status == Status.PUBLISHED
    for field in ("tagline", "summary", "introduction", "role_description", "responsibilities", "conclusion"):
        assert getattr(seeded_guide, field).strip(), field


def test_it_loads_the_articles_six_technical_and_four_soft_skills_and_four_more(seeded_guide):
    article = Skill.objects.filter(beyond_article=False)
    assert list(article.filter(kind=SkillKind.TECHNICAL).values_list("slug", flat=True)) == ARTICLE_TECHNICAL_SLUGS
    assert list(article.filter(kind=SkillKind.SOFT).values_list("slug", flat=True)) == SOFT_SLUGS
    added = Skill.objects.filter(beyond_article=True)
    assert list(added.values_list("slug", flat=True)) == ADDED_TECHNICAL_SLUGS
    assert set(added.values_list("kind", flat=True)) == {SkillKind.TECHNICAL}
    assert Skill.objects.published().count() == 14


def test_every_skill_is_complete_and_targeted_by_the_career(seeded_guide):
    for skill in Skill.objects.all():
        for field in ("summary", "body", "why_it_matters", "what_to_learn", "tools"):
            assert getattr(skill, field).strip(), f"{skill.slug}.{field}"
        assert len(skill.summary) <= 300
        assert all(text.strip() for _, _, text in skill.rubric), skill.slug
        assert skill.last_reviewed.isoformat() == "2026-11-27"
        assert skill.what_to_learn.lstrip().startswith("- "), skill.slug

        career_skill = CareerSkill.objects.get(career=seeded_guide, skill=skill)
        assert 0 <= career_skill.target_level <= 4


def test_no_two_rubric_levels_are_the_same(seeded_guide):
    levels = [text for skill in Skill.objects.all() for _, _, text in skill.rubric]
    assert len(levels) == len(set(levels)) == 5 * 14


def test_prerequisite_graph_has_no_cycle(seeded_guide):
    graph = {skill.slug: {p.slug for p in skill.prerequisites.all()} for skill in Skill.objects.all()}
    assert any(graph.values()), "some skill should have prerequisites"
    done: set[str] = set()

    def visit(slug: str, path: tuple[str, ...]) -> None:
        assert slug not in path, f"cycle: {' -> '.join((*path, slug))}"
        if slug in done:
            return
        for prerequisite in graph[slug]:
            visit(prerequisite, (*path, slug))
        done.add(slug)

    for slug in graph:
        visit(slug, ())


def test_it_loads_the_eight_pathways_in_the_articles_order(seeded_guide):
    assert list(Pathway.objects.values_list("slug", flat=True)) == PATHWAY_SLUGS
    for pathway in Pathway.objects.all():
        assert pathway.status == Status.PUBLISHED
        assert list(pathway.careers.all()) == [seeded_guide]
        assert pathway.skills.exists(), pathway.slug
        assert 4 <= pathway.steps.count() <= 7, pathway.slug
        assert all(step.description for step in pathway.steps.all()), pathway.slug
        assert pathway.duration_min_months is not None, pathway.slug
        assert pathway.duration_max_months is not None or pathway.duration_note, pathway.slug
        assert isinstance(pathway.cost_min_usd, int), pathway.slug
        assert pathway.cost_max_usd is None or isinstance(pathway.cost_max_usd, int), pathway.slug
        assert pathway.pros.strip() and pathway.cons.strip() and pathway.suits.strip(), pathway.slug


def test_it_loads_the_faq_including_the_articles_questions(seeded_guide):
    questions = [
        q.lower() for q in FAQEntry.objects.published().filter(career=seeded_guide).values_list("question", flat=True)
    ]
    assert len(questions) >= 10
    for words in ARTICLE_QUESTIONS:
        assert any(all(word in q for word in words) for q in questions), words


def test_it_loads_enough_resources_of_each_kind(seeded_guide):
    for kind in (
        ResourceKind.ONLINE_COURSE,
        ResourceKind.BOOK,
        ResourceKind.CERTIFICATION,
        ResourceKind.CONFERENCE,
    ):
        assert Resource.objects.published().filter(kind=kind).count() >= 4, kind
    assert Resource.objects.filter(kind=ResourceKind.COMMUNITY).exists()
    assert Resource.objects.filter(kind__in=[ResourceKind.DOCUMENTATION, ResourceKind.TOOL]).exists()


def test_every_resource_has_an_https_url_and_links(seeded_guide):
    for resource in Resource.objects.all():
        assert resource.url.startswith("https://"), resource.url
        assert resource.description, resource.url
        assert resource.verified_on.isoformat() == "2026-11-27"
        assert resource.skills.exists(), resource.url
        assert resource.pathways.exists(), resource.url


def test_every_loaded_entry_passes_model_validation(seeded_guide):
    for model in SEEDED_MODELS:
        for obj in model.objects.all():
            obj.full_clean()


def test_no_salary_figures_and_no_raw_html(seeded_guide):
    entries = [*Career.objects.all(), *FAQEntry.objects.all(), *Skill.objects.all(), *Pathway.objects.all()]
    entries += [*PathwayStep.objects.all(), *Resource.objects.all()]
    for obj in entries:
        for text in text_values(obj):
            assert not SALARY.search(text), f"{obj}: {text[:80]}"
            assert not RAW_HTML.search(text), f"{obj}: {text[:80]}"


def test_it_prints_one_summary_line(db):
    output = load_guide()

    assert output.count("\n") == 1
    topics = sum(len(items) for items in TOPICS.values())
    assert output.startswith(f"Guide loaded: 1 career, {len(SKILLS)} skills, {topics} topics, 8 pathways")
    assert "updated 0, unchanged 0)" in output


def test_running_it_twice_creates_nothing(seeded_guide):
    before = counts()

    output = load_guide()

    assert counts() == before
    assert "(created 0, updated 0, unchanged " in output
    assert Career.objects.filter(slug="ml-ops-engineer").count() == 1
    assert CareerSkill.objects.count() == len(SKILLS) == 14
    assert Topic.objects.count() == sum(len(items) for items in TOPICS.values())
    assert not PathwayStep.objects.values("pathway", "title").annotate(n=models.Count("id")).filter(n__gt=1)
    assert not FAQEntry.objects.values("career", "question").annotate(n=models.Count("id")).filter(n__gt=1)
    assert not Resource.objects.values("url").annotate(n=models.Count("id")).filter(n__gt=1)


def test_running_it_twice_writes_no_history(seeded_guide):
    before = Skill.history.count()

    load_guide()

    assert Skill.history.count() == before


def test_an_editors_change_survives_a_plain_run_and_refresh_restores_the_seed(seeded_guide):
    skill = Skill.objects.get(slug="communication")
    seeded_summary = skill.summary
    skill.summary = "Edited by an editor."
    skill.save()

    load_guide()
    skill.refresh_from_db()
    assert skill.summary == "Edited by an editor."

    output = load_guide("--refresh")
    skill.refresh_from_db()
    assert skill.summary == seeded_summary
    assert "updated 1," in output
    assert Skill.objects.count() == 14


def test_refresh_does_not_duplicate_or_delete(seeded_guide):
    before = counts()
    own_step = PathwayStep.objects.create(pathway=Pathway.objects.get(slug="mentoring"), title="An editor's step")

    load_guide("--refresh")

    assert counts() == {**before, "PathwayStep": before["PathwayStep"] + 1}
    assert PathwayStep.objects.filter(pk=own_step.pk).exists()


def test_links_editors_change_are_kept_until_refresh(seeded_guide):
    skill = Skill.objects.get(slug="cloud-platforms")
    removed = skill.prerequisites.get()
    skill.prerequisites.remove(removed)
    added = Skill.objects.get(slug="communication")
    resource = Resource.objects.get(url="https://mlflow.org/")
    resource.skills.add(added)

    load_guide()

    assert not skill.prerequisites.exists()
    assert added in resource.skills.all()

    load_guide("--refresh")

    assert list(skill.prerequisites.all()) == [removed]
    assert added not in resource.skills.all()


def test_a_deleted_entry_is_created_again(seeded_guide):
    Resource.objects.get(url="https://mlflow.org/").delete()

    output = load_guide()

    assert Resource.objects.filter(url="https://mlflow.org/").exists()
    assert "(created 1," in output


def test_refresh_keeps_other_careers_and_their_default(seeded_guide):
    other = Career.objects.create(name="Data Engineer", slug="data-engineer", summary="Builds pipelines.")
    Pathway.objects.get(slug="bootcamps").careers.add(other)
    Career.objects.filter(pk=seeded_guide.pk).update(is_default=False)
    Career.objects.filter(pk=other.pk).update(is_default=True)

    load_guide("--refresh")

    assert other in Pathway.objects.get(slug="bootcamps").careers.all()
    assert list(Career.objects.filter(is_default=True)) == [other]


def test_if_empty_leaves_an_edited_guide_alone(seeded_guide):
    FAQEntry.objects.first().delete()
    count = FAQEntry.objects.count()
    out = StringIO()
    call_command("load_guide", "--if-empty", stdout=out)
    assert FAQEntry.objects.count() == count
    assert "already loaded" in out.getvalue()


@pytest.mark.django_db
def test_if_empty_loads_a_new_database():
    call_command("load_guide", "--if-empty", stdout=StringIO())
    assert Career.objects.filter(slug="ml-ops-engineer", is_default=True).exists()


# The roadmap's topics


def test_every_skill_has_six_to_twelve_published_topics_with_one_resource_to_start_with(seeded_guide):
    for skill in Skill.objects.all():
        topics = list(skill.topics.all())
        assert 6 <= len(topics) <= 12, skill.slug
        for topic in topics:
            assert topic.status == Status.PUBLISHED
            assert topic.summary.strip() and topic.body.strip() and 0 < topic.hours <= 200, topic.slug
            links = list(topic.topic_resources.select_related("resource"))
            assert 1 <= len(links) <= 4, topic.slug
            assert sum(link.start_here for link in links) == 1, topic.slug
            assert all(link.resource.url.startswith("https://") for link in links), topic.slug


def test_topic_prerequisites_have_no_cycle(seeded_guide):
    graph = {topic.slug: {p.slug for p in topic.prerequisites.all()} for topic in Topic.objects.all()}
    assert sum(map(len, graph.values())) > 100
    done: set[str] = set()
    while len(done) < len(graph):
        ready = {slug for slug, needs in graph.items() if slug not in done and needs <= done}
        assert ready, f"a cycle among {sorted(set(graph) - done)[:5]}..."
        done |= ready


def test_an_editors_change_to_a_topic_survives_a_plain_run_and_refresh_restores_it(seeded_guide):
    topic = Topic.objects.get(slug=TOPICS["containers-orchestration"][0]["slug"])
    topic.name, topic.hours = "Renamed by an editor", 99
    topic.save()
    link = topic.topic_resources.get(start_here=True)
    link.delete()

    load_guide()
    topic.refresh_from_db()
    assert (topic.name, topic.hours) == ("Renamed by an editor", 99)
    assert not topic.topic_resources.filter(start_here=True).exists()

    load_guide("--refresh")
    topic.refresh_from_db()
    assert topic.name == TOPICS["containers-orchestration"][0]["name"]
    assert topic.topic_resources.filter(start_here=True).count() == 1


@pytest.mark.django_db
def test_if_empty_adds_the_roadmap_once_to_a_guide_loaded_before_it():
    call_command("load_guide", stdout=StringIO())
    FAQEntry.objects.first().delete()
    faq_count = FAQEntry.objects.count()
    TopicResource.objects.all().delete()
    Topic.objects.all().delete()
    Skill.objects.filter(beyond_article=True).delete()

    out = StringIO()
    call_command("load_guide", "--if-empty", stdout=out)
    assert "Roadmap added" in out.getvalue()
    assert Topic.objects.count() == sum(len(items) for items in TOPICS.values())
    assert Skill.objects.filter(beyond_article=True).count() == 4
    assert CareerSkill.objects.filter(skill__beyond_article=True).count() == 4
    assert FAQEntry.objects.count() == faq_count  # the rest stays as editors left it

    again = StringIO()
    call_command("load_guide", "--if-empty", stdout=again)
    assert "already loaded" in again.getvalue()
