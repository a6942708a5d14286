"""The dashboard: /progress/ shows a learner's bars, charts, what to learn next and history."""

import re

import pytest
from django.conf import settings
from django.contrib.sessions.models import Session
from django.urls import reverse

from progress import selectors, services
from progress.models import Learner, PathwayPlan, ProgressEvent, ProgressStatus, SkillProgress, StepCompletion
from skills.models import Skill
from tests.factories import TopicFactory
from tests.progress_helpers import account_learner, make_career, make_pathway, visitor_learner

pytestmark = pytest.mark.django_db

URL = reverse("progress:dashboard")


def _counts() -> dict:
    models = (Learner, SkillProgress, ProgressEvent, PathwayPlan, StepCompletion, Session)
    return {model.__name__: model.objects.count() for model in models}


def _progress(learner, slug, **changes):
    services.progress_update(learner=learner, skill=Skill.objects.get(slug=slug), changes=changes)


def _section(html: str, heading_id: str) -> str:
    """The HTML of the <section> labelled by heading_id."""
    start = html.index(f'aria-labelledby="{heading_id}"')
    return html[start : html.index("</section>", start)]


def test_it_shows_an_empty_dashboard_to_a_new_visitor(client):
    make_career()
    response = client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>My progress: ML Ops Engineer</h1>" in html
    assert '<progress id="overall-progress" max="100" value="0"' in html
    assert "No changes yet." in html
    assert "Sign up</a> or" in html
    # Not for search engines: a crawler would only ever index an empty tracker (robots.txt keeps
    # them out of /progress/ too).
    assert '<meta name="robots" content="noindex">' in html


def test_it_never_creates_a_learner_or_any_row_on_get(client, alice):
    make_career()
    make_pathway()
    before = _counts()
    assert client.get(URL).status_code == 200
    client.force_login(alice)
    after_login = _counts()
    assert client.get(URL).status_code == 200
    assert _counts() == after_login
    assert after_login["Learner"] == before["Learner"] == 0


def test_it_answers_head_like_get(client):
    # Like the guide's pages (@require_safe): link checkers and monitors send HEAD.
    make_career()
    assert client.head(URL).status_code == 200
    assert Learner.objects.count() == 0


def test_it_says_so_when_no_guide_is_published(client):
    response = client.get(URL)
    assert response.status_code == 200
    assert "No guide is published yet" in response.content.decode()


def test_it_shows_bars_with_their_numbers_in_text(client, alice):
    make_career(technical=3, soft=1, target=2)
    learner = account_learner(alice)
    _progress(learner, "tech-0", status=ProgressStatus.DONE)
    _progress(learner, "tech-1", level=1)
    _progress(learner, "soft-0", status=ProgressStatus.SKIPPED)
    client.force_login(alice)

    html = client.get(URL).content.decode()
    # (1 + 1/2 + 0) / 3 counted skills: the skipped one is left out.
    assert (
        '<progress id="overall-progress" max="100" value="50" aria-labelledby="overall-progress-label">50%</progress>'
        in html
    )
    assert '<strong data-percent-for="overall-progress">50%</strong>' in html
    assert "1 of 3 done" in html
    assert '<progress id="kind-progress-technical-skills" max="100" value="50"' in html
    assert "Soft skills" not in _section(html, "summary-heading")  # its only skill is skipped


def test_it_shows_a_followed_pathways_bar(client, alice):
    make_career()
    pathway = make_pathway(steps=4)
    learner = account_learner(alice)
    services.step_set(learner=learner, step=pathway.steps.first(), done=True)
    client.force_login(alice)

    html = client.get(URL).content.decode()
    assert '<progress id="pathway-progress-personal-projects" max="100" value="25"' in html
    assert "1 of 4 steps" in html


def test_it_shows_the_level_chart_and_its_table(client, alice):
    make_career(technical=2, soft=0, target=3)
    learner = account_learner(alice)
    _progress(learner, "tech-1", level=2)
    client.force_login(alice)

    html = client.get(URL).content.decode()
    chart = _section(html, "levels-heading")
    assert 'role="img" aria-labelledby="level-chart-title level-chart-desc"' in chart
    title = "Your level in each skill against the target level"
    assert f'<p id="level-chart-title" class="visually-hidden">{title}</p>' in chart
    assert '<caption id="levels-table-caption">Levels by skill</caption>' in chart
    rows = re.findall(r"<tr>\s*<th scope=\"row\">.*?</tr>", chart, re.S)
    assert len(rows) == 2
    assert "Tech 1</a></th>" in rows[1]
    assert '<td data-label="Status">Learning</td>' in rows[1]
    assert '<td data-label="Your level">2 (Beginner)</td>' in rows[1]
    assert '<td data-label="Target">3</td>' in rows[1]
    # A filled bar of level 2 (half the track) over an outline of target 3.
    assert '<span class="level-bars__target lv-3"></span><span class="level-bars__level lv-2"></span>' in chart


def test_it_orders_what_to_learn_next_by_gap_then_prerequisites(client, alice):
    make_career(technical=4, soft=0, target=3)
    learner = account_learner(alice)
    Skill.objects.get(slug="tech-3").prerequisites.add(Skill.objects.get(slug="tech-2"))
    _progress(learner, "tech-0", level=2)  # gap 1
    _progress(learner, "tech-1", status=ProgressStatus.DONE)  # no gap: left out
    # tech-2 and tech-3 have gap 3; tech-3 waits for tech-2.
    client.force_login(alice)

    section = _section(client.get(URL).content.decode(), "next-heading")
    names = re.findall(r'<li>\s*<a href="/skills/[^"]+/">([^<]+)</a>', section)
    assert names == ["Tech 2", "Tech 0", "Tech 3"]
    assert "level 2 of target 3 (1 to go)" in section
    assert "Learn first: <a" in section and "Tech 2</a>." in section


def test_it_congratulates_when_every_target_is_reached(client, alice):
    make_career(technical=1, soft=0, target=2)
    _progress(account_learner(alice), "tech-0", level=2)
    client.force_login(alice)
    assert "You have reached every target." in client.get(URL).content.decode()


def test_it_shows_the_history_list_and_line_chart_after_two_changes(client):
    make_career(technical=1, soft=0, target=2)
    skill_url = reverse("progress:skill_update", args=["tech-0"])
    client.post(skill_url, {"level": "1"})
    html = client.get(URL).content.decode()
    assert "Overall progress over time" not in html  # one point draws no line

    client.post(skill_url, {"status": "done"})
    html = client.get(URL).content.decode()
    history = _section(html, "history-heading")
    assert '<title id="history-chart-title">Overall progress over time</title>' in history
    assert "<polyline" in history and 'role="img"' in history
    items = re.findall(r"<li><time[^>]*>[^<]*</time> ([^<]*)<span", history)
    # marking it done raised the level to the target (2)
    assert items == ["Tech 0: status done, level 2 (Beginner) ", "Tech 0: status learning, level 1 (Aware) "]
    assert "(overall 100%)" in history and "(overall 50%)" in history


def test_it_shows_a_visitors_own_progress(client):
    make_career(technical=2, soft=0, target=2)
    visitor_learner(client, **{"tech-0": {"status": ProgressStatus.DONE, "level": 2}})
    html = client.get(URL).content.decode()
    assert '<progress id="overall-progress" max="100" value="50"' in html


def test_a_skill_marked_done_below_its_target_before_the_rule_counts_as_its_level(client):
    make_career(technical=2, soft=0, target=2)
    visitor_learner(client, **{"tech-0": {"status": ProgressStatus.DONE, "level": 1}})  # an old row
    html = client.get(URL).content.decode()
    assert '<progress id="overall-progress" max="100" value="25"' in html  # level 1 of 2, on one of two


def test_it_shows_the_share_link_only_when_sharing(client, alice):
    make_career()
    learner = account_learner(alice)
    client.force_login(alice)
    assert "Create a share link" in client.get(URL).content.decode()
    token = services.secret_link_enable(learner=learner, link="share")
    html = client.get(URL).content.decode()
    assert f"http://testserver/progress/shared/{token}/" in html
    assert "Stop sharing" in html


def test_it_refuses_post(client):
    make_career()
    assert client.post(URL).status_code == 405
    assert Learner.objects.count() == 0


def _build(alice, factor: int):
    """A career with 4 * factor skills, progress, a prerequisite and 2 * factor topics (one done) on each,
    a followed pathway, history."""
    make_career(technical=3 * factor, soft=factor, target=3)
    pathway = make_pathway(steps=3 * factor)
    learner = account_learner(alice)
    skills = list(Skill.objects.order_by("pk"))
    for index, skill in enumerate(skills):
        if index:
            skill.prerequisites.add(skills[index - 1])
        services.progress_update(learner=learner, skill=skill, changes={"level": index % 4, "notes": "n"})
        topics = TopicFactory.create_batch(2 * factor, skill=skill)
        services.topic_set(learner=learner, topic=topics[0], status=ProgressStatus.DONE)
    for step in pathway.steps.all()[:factor]:
        services.step_set(learner=learner, step=step, done=True)
    services.secret_link_enable(learner=learner, link="share")


@pytest.mark.parametrize("factor", [1, 5])
def test_its_query_count_stays_the_same_as_the_guide_grows(client, alice, django_assert_num_queries, factor):
    _build(alice, factor)
    client.force_login(alice)
    # 1 session (not with cached_db sessions, which read it from Redis), 2 user with their learner
    # (accounts.backends; the learner's count of changes is its version), 3 the content version: the
    # page's cache key; then, as the cache starts empty, the page itself:
    # 4 the content version again, for the guide's careers and skills with their topic counts and
    # prerequisites (progress.selectors.guide_content: this process's copy, read afresh only when
    # the version moves; inside a test's transaction the version is read each time, outside one at
    # most once a second), 5 progress rows, 6 topic statuses (counted per skill in Python),
    # 7 pathway plans with pathways, 8 their steps, 9 completed step ids,
    # 10 the plan's unfinished topics, 11 the learner's done and skipped topics among them,
    # 12 recent events, 13 events for the history chart.
    session_query = 0 if settings.SESSION_ENGINE.endswith("cached_db") else 1
    selectors.guide_content()  # as any earlier request of this process would have
    with django_assert_num_queries(12 + session_query):
        response = client.get(URL)
    assert response.status_code == 200
    # Served again from the cache: only the queries that make its key (1 to 3 above). Inside a test's
    # transaction the content version is read each time; outside one, at most once a second.
    version_query = 1
    with django_assert_num_queries(1 + session_query + version_query):
        assert client.get(URL).status_code == 200
    assert len(response.context["items"]) == 4 * factor


def test_a_cached_dashboard_follows_every_change(client, alice):
    make_career()
    client.force_login(alice)
    client.post(reverse("progress:skill_update", args=["tech-0"]), {"level": "1"})
    client.get(URL)  # shows (and clears) the "Saved" message, uncached
    assert "Tech 0: status learning, level 1" in client.get(URL).content.decode()  # now cached

    client.post(reverse("progress:skill_update", args=["tech-0"]), {"level": "2"})
    client.get(URL)
    assert "level 2 (Beginner)" in client.get(URL).content.decode()

    Skill.objects.get(slug="tech-0").save()  # a content change, as an editor's save makes one
    Skill.objects.filter(slug="tech-0").update(name="Renamed skill")
    Skill.objects.get(slug="tech-0").save()
    assert "Renamed skill" in client.get(URL).content.decode()


def test_cached_dashboards_never_cross_between_learners(alice, bob):
    from django.test import Client

    make_career()
    pages = {}
    for user, level in ((alice, "1"), (bob, "3")):
        browser = Client()
        browser.force_login(user)
        browser.post(reverse("progress:skill_update", args=["tech-0"]), {"level": level, "notes": f"{user} notes"})
        browser.get(URL)
        browser.get(URL)
        pages[user.username] = browser.get(URL).content.decode()
    assert "level 1 (Aware)" in pages["alice"] and "level 3" not in pages["alice"]
    assert "level 3 (Practitioner)" in pages["bob"] and "level 1 (Aware)" not in pages["bob"]


def test_a_one_off_message_is_shown_once_and_never_cached(client, alice):
    make_career()
    client.force_login(alice)
    client.post(reverse("progress:skill_update", args=["tech-0"]), {"level": "1"})
    assert "Saved your progress on Tech 0." in client.get(URL).content.decode()
    again = client.get(URL).content.decode()
    assert "Saved your progress" not in again
    assert "level 1 (Aware)" in again


def test_its_version_moves_with_every_kind_of_change_and_costs_no_query(alice, django_assert_num_queries):
    """The dashboard's key: the learner's count of changes, moved in the same transaction as each."""
    from progress import selectors

    career = make_career()
    learner = Learner.objects.create(user=alice)
    seen = {selectors.learner_version(learner)}

    def changed() -> None:
        fresh = Learner.objects.get(pk=learner.pk)
        with django_assert_num_queries(0):
            version = selectors.learner_version(fresh)
        assert version not in seen
        seen.add(version)

    skill = career.career_skills.first().skill
    services.progress_update(learner=learner, skill=skill, changes={"level": 2})
    changed()
    services.progress_update(learner=learner, skill=skill, changes={"notes": "read the docs"})
    changed()
    pathway = make_pathway(careers=[career])
    services.plan_set(learner=learner, pathway=pathway, following=True)
    changed()
    services.step_set(learner=learner, step=pathway.steps.first(), done=True)
    changed()
    services.secret_link_enable(learner=learner, link="share")
    changed()
    services.progress_reset(learner=learner)
    changed()
