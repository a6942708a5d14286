"""The roadmap: its layout (careerguide/roadmap.py) and its page, /roadmap/."""

import itertools
import re
from xml.etree import ElementTree

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse

from careerguide import roadmap
from careerguide.roadmap import SkillSpec, TopicSpec
from core.content import Status
from progress import services
from progress.models import Learner
from skills.models import Skill, SkillKind, Topic
from tests.factories import CareerFactory, CareerSkillFactory, SkillFactory, TopicFactory
from tests.progress_helpers import visitor_learner

URL = "/roadmap/"
PHONE_WIDTH = 390  # CSS px; the page has 1rem of padding each side
SITEMAP_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


# The layout, without a database


def _topic(pk: int, name: str = "", *needs: int) -> TopicSpec:
    return TopicSpec(pk=pk, slug=f"t{pk}", name=name or f"Topic {pk}", href=f"/t{pk}/", hours=3, prerequisites=needs)


def _skill(pk: int, needs: tuple[int, ...] = (), topics: tuple[TopicSpec, ...] = ()) -> SkillSpec:
    return SkillSpec(pk=pk, slug=f"s{pk}", name=f"Skill {pk}", href=f"/s{pk}/", prerequisites=needs, topics=topics)


LONG_NAME = "Workflow orchestration with Airflow, Dagster or Prefect, and everything else besides that"


def _sample() -> list[SkillSpec]:
    """Five skills: 1 <- 2 <- 3, 1 <- 4 and 2 <- 4 (so 4 is a step after 2), 5 on its own."""
    return [
        _skill(1, (), (_topic(10), _topic(11, "", 10), _topic(12, LONG_NAME, 10, 11))),
        _skill(2, (1,), (_topic(20, "", 11), _topic(21, "", 20))),
        _skill(3, (2,), tuple(_topic(30 + i, "", 20) for i in range(8))),
        _skill(4, (1, 2), (_topic(40, "", 12, 31),)),
        _skill(5, (), (_topic(50), _topic(51, "", 50))),
    ]


def _overlap(a, b) -> bool:
    return a.x < b.x + b.w and b.x < a.x + a.w and a.y < b.y + b.h and b.y < a.y + a.h


def test_skills_come_in_steps_by_their_longest_chain_of_prerequisites():
    steps = roadmap.plan(_sample())
    assert [[skill.pk for skill in step.skills] for step in steps] == [[1, 5], [2], [3, 4]]
    for skill in (skill for step in steps for skill in step.skills):
        assert all(prerequisite.step < skill.step for prerequisite in skill.prerequisites)


def test_prerequisites_off_the_map_are_left_out_and_a_loop_does_not_hang():
    steps = roadmap.plan([_skill(1, (2, 99)), _skill(2, (1,)), _skill(3, (1,))])
    steps_by_pk = {skill.pk: skill.step for step in steps for skill in step.skills}
    assert steps_by_pk[3] > steps_by_pk[1]
    assert {skill.pk for step in steps for skill in step.skills} == {1, 2, 3}


def test_topics_keep_their_order_unless_one_comes_before_a_topic_it_needs():
    # 10 needs 12, which comes after it: 10 moves after 12; the others keep their order.
    skill = _skill(1, (), (_topic(10, "", 12), _topic(11), _topic(12), _topic(13, "", 99)))
    (step,) = roadmap.plan([skill])
    assert [topic.pk for topic in step.skills[0].topics] == [11, 12, 10, 13]


def test_topic_prerequisites_are_resolved_across_skills_but_only_to_topics_on_the_map():
    steps = roadmap.plan(_sample())
    topics = {topic.pk: topic for step in steps for skill in step.skills for topic in skill.topics}
    assert [prerequisite.pk for prerequisite in topics[40].prerequisites] == [12, 31]
    assert topics[40].prerequisites[0].skill.pk == 1
    (step,) = roadmap.plan([_skill(1, (), (_topic(10, "", 99),))])
    assert step.skills[0].topics[0].prerequisites == []


@pytest.mark.parametrize("name", ["wide", "narrow"])
def test_no_two_nodes_overlap_and_every_node_sits_in_its_card(name):
    layout = getattr(roadmap.build(_sample()), name)
    cards = [card for column in layout.columns for card in column.cards]
    for a, b in itertools.combinations(layout.nodes, 2):
        assert not _overlap(a, b), (a.id, b.id)
    for a, b in itertools.combinations(cards, 2):
        assert not _overlap(a, b)
    for card in cards:
        for node in (card.skill, *card.topics):
            assert card.x <= node.x and node.x + node.w <= card.x + card.w
            assert card.y <= node.y and node.y + node.h <= card.y + card.h
        assert card.x + card.w <= layout.width and card.y + card.h <= layout.height


@pytest.mark.parametrize("name", ["wide", "narrow"])
def test_every_label_fits_its_node_and_long_names_are_cut_with_an_ellipsis(name):
    layout = getattr(roadmap.build(_sample()), name)
    for node in layout.nodes:
        for line in (*node.lines, *node.notes):
            bold = node.kind == "skill" and line in node.lines
            assert line.x + roadmap.text_width(line.text, line.size, bold=bold) <= node.x + node.w
            assert node.y < line.y < node.y + node.h
    long_label = next(node for node in layout.nodes if node.stop.pk == 12).lines
    assert long_label[-1].text.endswith("…")
    assert " ".join(line.text for line in long_label).rstrip("…") in LONG_NAME


def test_the_narrow_layout_fits_a_phone_with_text_of_12_px_or_more():
    layout = roadmap.build(_sample()).narrow
    assert layout.width <= PHONE_WIDTH - 32  # drawn at 100% of the page's width: 1:1 on a 390 px phone
    assert len({column.cards[0].x for column in layout.columns}) == 1  # one column, steps stacked
    sizes = [line.size for node in layout.nodes for line in (*node.lines, *node.notes, node.detail) if line]
    assert min(sizes) * (PHONE_WIDTH - 32) / layout.width >= 12


def test_the_wide_layout_has_a_column_per_step_and_an_edge_per_skill_prerequisite():
    result = roadmap.build(_sample())
    wide = result.wide
    assert len(wide.columns) == len(result.steps) == 3
    assert [column.heading.text for column in wide.columns] == ["Step 1", "Step 2", "Step 3"]
    lefts = [column.cards[0].x for column in wide.columns]
    assert lefts == sorted(lefts) and len(set(lefts)) == 3
    assert {(edge.source, edge.target) for edge in wide.edges} == {
        ("wide-skill-s1", "wide-skill-s2"),
        ("wide-skill-s2", "wide-skill-s3"),
        ("wide-skill-s1", "wide-skill-s4"),
        ("wide-skill-s2", "wide-skill-s4"),
    }
    assert result.narrow.edges == []  # the narrow layout names them in the node instead
    s4 = next(node for node in result.narrow.nodes if node.id == "narrow-skill-s4")
    assert " ".join(line.text for line in s4.notes) == "After: Skill 1, Skill 2"


def test_arcs_join_the_topics_of_a_skill_that_need_each_other():
    wide = roadmap.build(_sample()).wide
    arcs = {(arc.source, arc.target) for column in wide.columns for card in column.cards for arc in card.arcs}
    assert ("wide-t10", "wide-t11") in arcs and ("wide-t11", "wide-t12") in arcs
    assert ("wide-t11", "wide-t20") not in arcs  # across skills: named in the list, not drawn
    assert len([arc for arc in arcs if arc[1].startswith("wide-t3")]) == 0  # their prerequisite is in skill 2


def test_node_order_follows_the_layout_and_ids_are_unique():
    result = roadmap.build(_sample())
    expected = [10, 11, 12, 50, 51, 20, 21, *range(30, 38), 40]
    for layout in (result.wide, result.narrow):
        assert [node.stop.pk for node in layout.nodes if node.kind == "topic"] == expected
        ids = [node.id for node in layout.nodes]
        assert len(ids) == len(set(ids)) == 5 + len(expected)
        assert all(node_id.startswith(layout.name + "-") for node_id in ids)


def test_the_layout_is_deterministic():
    assert repr(roadmap.build(_sample()).wide) == repr(roadmap.build(_sample()).wide)
    assert repr(roadmap.build(_sample()).narrow) == repr(roadmap.build(_sample()).narrow)


def test_an_empty_career_gives_an_empty_roadmap():
    result = roadmap.build([])
    assert result.steps == [] and result.wide.nodes == [] and result.narrow.nodes == []


# The page


@pytest.fixture
def career(db):
    """Python <- Docker <- Serving, and Communication on its own; a draft skill and topic, and a skill
    of another career, none of which may show."""
    career = CareerFactory(name="ML Ops Engineer", slug="ml-ops-engineer", is_default=True)
    python = SkillFactory(name="Python", slug="python", order=1)
    docker = SkillFactory(name="Docker", slug="docker", order=2)
    serving = SkillFactory(name="Serving", slug="serving", order=3)
    talking = SkillFactory(name="Communication", slug="communication", kind=SkillKind.SOFT, order=4)
    hidden = SkillFactory(name="Hidden skill", slug="hidden-skill", status=Status.DRAFT, order=5)
    docker.prerequisites.add(python)
    serving.prerequisites.add(docker, python)
    for order, skill in enumerate([python, docker, serving, talking, hidden]):
        CareerSkillFactory(career=career, skill=skill, order=order)
    SkillFactory(name="Elsewhere", slug="elsewhere")  # published, in no career

    core = TopicFactory(skill=python, name="Core Python", slug="core-python")
    TopicFactory(skill=python, name="pandas", slug="pandas").prerequisites.add(core)
    images = TopicFactory(skill=docker, name="Images & layers", slug="images")
    images.prerequisites.add(core)
    TopicFactory(skill=docker, name="Compose", slug="compose").prerequisites.add(images)
    TopicFactory(skill=docker, name="Draft topic", slug="draft-topic", status=Status.DRAFT)
    TopicFactory(skill=serving, name="APIs", slug="apis").prerequisites.add(images)
    TopicFactory(skill=talking, name="Writing", slug="writing")
    TopicFactory(skill=hidden, name="Topic of a hidden skill", slug="hidden-topic")
    return career


def _figure(html: str, name: str) -> str:
    start = html.index(f'<figure class="rm-figure rm-figure--{name}">')
    return html[start : html.index("</figure>", start)]


def _list(html: str) -> str:
    start = html.index('id="roadmap-list"')
    return html[start : html.index("</section>", start)]


def _published(career):
    skills = Skill.objects.published().filter(careers=career)
    return list(skills), list(Topic.objects.published().filter(skill__in=skills).select_related("skill"))


def test_it_draws_every_published_skill_and_topic_as_links_in_both_drawings_and_in_the_list(client, career):
    response = client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>The ML Ops Engineer roadmap</h1>" in html
    assert "4 skills, 6 topics, about 36 hours of study" in html
    skills, topics = _published(career)
    assert len(skills) == 4 and len(topics) == 6
    for name in ("wide", "narrow"):
        figure = _figure(html, name)
        assert f'aria-labelledby="rm-{name}-caption"' in figure
        for skill in skills:
            assert f'<a href="{skill.get_absolute_url()}" id="{name}-skill-{skill.slug}"' in figure
        for topic in topics:
            assert f'<a href="{topic.get_absolute_url()}" id="{name}-{topic.slug}"' in figure
    listed = _list(html)
    for skill in skills:
        assert f'<li class="rm-list__skill" id="node-skill-{skill.slug}">' in listed
        assert f'<a href="{skill.get_absolute_url()}">{skill.name}</a>' in listed
    for topic in topics:
        name = topic.name.replace("&", "&amp;")
        assert f'<li id="node-{topic.slug}"><a href="{topic.get_absolute_url()}">{name}</a>' in listed


def test_drafts_and_skills_outside_the_career_are_left_out(client, career):
    html = client.get(URL).content.decode()
    for absent in ("draft-topic", "Draft topic", "hidden-skill", "Hidden skill", "hidden-topic", "elsewhere"):
        assert absent not in html


def test_it_lays_the_skills_out_in_steps_and_names_every_prerequisite_in_the_list(client, career):
    html = client.get(URL).content.decode()
    listed = _list(html)
    steps = re.findall(r'<h3 class="rm-list__step">([^<]+)</h3>', listed)
    assert steps == ["Step 1: start here", "Step 2", "Step 3"]
    order = [listed.index(f'id="node-skill-{slug}"') for slug in ("python", "communication", "docker", "serving")]
    assert order == sorted(order)
    # Prerequisites by name, across skills too (the drawing leaves those out).
    assert 'After <a href="#node-skill-python">Python</a>, <a href="#node-skill-docker">Docker</a>.' in listed
    apis = listed[listed.index('<li id="node-apis">') :]
    assert 'after <a href="#node-images">Images &amp; layers</a> (Docker, step 2)' in apis[: apis.index("</li>")]
    # ...and in the drawings: edges between skills, arcs within one.
    wide = _figure(html, "wide")
    assert wide.count('class="rm-edge"') == 3
    assert wide.count('class="rm-arc"') == 2  # pandas after Core Python, Compose after Images
    assert "After: Python, Docker" in _figure(html, "narrow")


def test_the_topic_pages_link_lands_on_the_topics_entry(client, career):
    topic_page = client.get("/skills/docker/images/").content.decode()
    assert 'href="/roadmap/#node-images"' in topic_page
    assert 'id="node-images"' in client.get(URL).content.decode()


def test_a_reader_who_has_marked_nothing_sees_no_status(client, career):
    html = client.get(URL).content.decode()
    assert "rm-status--" not in html and "rm-tag" not in html and "Your status" not in html
    assert "2 topics · about 12 h" in _figure(html, "wide")


def _assert_marks(html: str, done: str, learning: str) -> None:
    for name in ("wide", "narrow"):
        figure = _figure(html, name)
        assert f'id="{name}-{done}" class="rm-node rm-node--topic rm-status--done"><title>' in figure
        assert f'id="{name}-{learning}" class="rm-node rm-node--topic rm-status--learning">' in figure
        assert f'id="{name}-apis" class="rm-node rm-node--topic rm-status--not_started">' in figure
        assert '<use href="#rm-i-done"' in figure  # a shape as well as the colour
        assert '<use href="#rm-i-learning"' in figure
    listed = _list(html)
    entry = listed[listed.index(f'<li id="node-{done}">') :]
    assert '<span class="visually-hidden">Your status: </span>Done</span>' in entry[: entry.index("</li>")]
    entry = listed[listed.index(f'<li id="node-{learning}">') :]
    assert '<span class="visually-hidden">Your status: </span>Learning</span>' in entry[: entry.index("</li>")]


def test_a_visitor_sees_their_own_statuses_by_shape_colour_and_text(client, career):
    client.post(reverse("progress:topic_update", args=["images"]), {"status": "done"})
    client.post(reverse("progress:topic_update", args=["compose"]), {"status": "learning"})
    client.post(reverse("progress:skill_update", args=["docker"]), {"status": "learning"})
    html = client.get(URL).content.decode()
    _assert_marks(html, done="images", learning="compose")
    assert "<title>Images &amp; layers: done</title>" in _figure(html, "wide")
    wide = _figure(html, "wide")
    assert 'id="wide-skill-docker" class="rm-node rm-node--skill rm-status--learning">' in wide
    assert "<title>Docker: a skill of 2 topics; your status: learning, 1 of 2 done</title>" in wide
    assert ">1 of 2 topics done</text>" in wide
    assert "you have done 1 of 2" in _list(html)


def test_an_account_sees_their_own_statuses_and_never_another_learners(client, career, alice, bob):
    alices = Learner.objects.create(user=alice)
    services.topic_set(learner=alices, topic=Topic.objects.get(slug="pandas"), status="done")
    services.topic_set(learner=alices, topic=Topic.objects.get(slug="writing"), status="learning")
    bobs = Learner.objects.create(user=bob)
    services.topic_set(learner=bobs, topic=Topic.objects.get(slug="apis"), status="skipped")

    client.force_login(alice)
    html = client.get(URL).content.decode()
    _assert_marks(html, done="pandas", learning="writing")
    assert "rm-status--skipped" not in html

    client.force_login(bob)
    html = client.get(URL).content.decode()
    assert 'id="wide-apis" class="rm-node rm-node--topic rm-status--skipped">' in html
    assert "rm-status--done" not in html and "rm-status--learning" not in html


def test_a_visitors_marks_never_reach_another_visitor_or_the_cache(client, career):
    visitor = visitor_learner(client)
    services.topic_set(learner=visitor, topic=Topic.objects.get(slug="core-python"), status="done")
    assert "rm-status--done" in client.get(URL).content.decode()
    stranger = Client()
    assert "rm-status" not in stranger.get(URL).content.decode()  # and it is now cached...
    assert "rm-status" not in stranger.get(URL).content.decode()  # ...without anyone's marks
    assert "rm-status--done" in client.get(URL).content.decode()


# A cached page costs one query in a test: the content version (tests/core/test_page_cache.py).
KEY_QUERIES = 1


def test_it_is_cached_for_anonymous_readers_like_other_public_pages(client, career, django_assert_num_queries):
    first = client.get(URL)
    with django_assert_num_queries(KEY_QUERIES):
        second = client.get(URL)
    assert second.content == first.content  # no form on the page, so no CSRF token to differ


def test_it_is_public_and_a_draft_career_shows_the_published_one_or_none(client, career):
    career.status = Status.DRAFT
    career.save()
    response = client.get(URL)
    assert response.status_code == 200
    assert "No guide published yet" in response.content.decode()

    other = CareerFactory(name="Data Engineer", slug="data-engineer")
    CareerSkillFactory(career=other, skill=SkillFactory(name="SQL", slug="sql"))
    html = client.get(URL).content.decode()
    assert "<h1>The Data Engineer roadmap</h1>" in html and 'id="wide-skill-sql"' in html
    assert "python" not in _list(html)


def test_it_answers_get_and_head_only(client, career):
    assert client.head(URL).status_code == 200
    assert client.post(URL).status_code == 405


# Queries: the same whatever the number of topics


def _grow(career, factor: int) -> list:
    """factor times (three skills in a chain, each with four topics that need each other and one of
    the skill before), all in the career."""
    topics, previous_skill, previous_topic = [], None, None
    for copy in range(factor):
        for index in range(3):
            skill = SkillFactory(name=f"Grown {copy}-{index}")
            CareerSkillFactory(career=career, skill=skill, order=100 + 3 * copy + index)
            if previous_skill is not None:
                skill.prerequisites.add(previous_skill)
            for _ in range(4):
                topic = TopicFactory(skill=skill)
                if previous_topic is not None:
                    topic.prerequisites.add(previous_topic)
                topics.append(previous_topic := topic)
            previous_skill = skill
    return topics


@pytest.mark.parametrize("factor", [1, 5])
def test_a_readers_first_render_runs_the_same_queries_whatever_the_size(
    client, career, factor, django_assert_num_queries
):
    _grow(career, factor)
    # 1 the content version (the cached page's key; counted even with Redis, as the cache starts
    # empty), 2 the default career, 3 its published skills in its order, 4 their published
    # prerequisites, 5 their published topics, 6 those topics' published prerequisites.
    with django_assert_num_queries(6):
        response = client.get(URL)
    assert response.status_code == 200
    assert response.content.decode().count('class="rm-node rm-node--topic"') == 2 * (6 + 12 * factor)


@pytest.mark.parametrize("factor", [1, 5])
def test_a_learners_map_runs_the_same_queries_whatever_the_size(
    client, career, alice, factor, django_assert_num_queries
):
    topics = _grow(career, factor)
    learner = Learner.objects.create(user=alice)
    for topic in topics:
        services.topic_set(learner=learner, topic=topic, status="done")
    services.progress_update(learner=learner, skill=topics[0].skill, changes={"status": "learning"})
    client.force_login(alice)
    # 1 session (none with cached_db sessions, read from Redis), 2 user with their learner; not
    # cached, so no content version: 3 the default career, 4 to 7 the roadmap (as above); then the
    # learner's marks: 8 their skill statuses, 9 their topic statuses. The dashboard runs 13.
    session_query = 0 if settings.SESSION_ENGINE.endswith("cached_db") else 1
    with django_assert_num_queries(8 + session_query):
        response = client.get(URL)
    assert response.status_code == 200
    assert response.content.decode().count("rm-status--done") == 2 * 12 * factor


# Links to the map, and the sitemap


def test_the_guide_the_dashboard_and_the_menu_link_to_it(client, career):
    assert 'href="/roadmap/"' in client.get(reverse("guide:home")).content.decode()
    assert 'href="/roadmap/"' in client.get(reverse("progress:dashboard")).content.decode()
    html = client.get(URL).content.decode()
    assert '<a href="/roadmap/" aria-current="page">Roadmap</a>' in html


def test_the_sitemap_lists_the_roadmap_and_every_published_topic(client, career, settings):
    settings.SITE_URL = "https://guide.example.org"
    response = client.get("/sitemap.xml")
    root = ElementTree.fromstring(response.content)  # noqa: S314 - our own sitemap
    locations = [loc.text for loc in root.findall("sm:url/sm:loc", SITEMAP_NS)]
    assert "https://guide.example.org/roadmap/" in locations
    _, topics = _published(career)
    for topic in topics:
        assert "https://guide.example.org" + topic.get_absolute_url() in locations
    assert not [loc for loc in locations if "draft-topic" in loc or "hidden" in loc]
