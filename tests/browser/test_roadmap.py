"""The roadmap in a real browser, on the real guide (load_guide): accessibility at a desktop and a phone
width in both themes, a phone without sideways scrolling, focus order, print, and ticking topics."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from careerguide.models import CareerSkill

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WIDE, PHONE = 1280, 390


def _assert_no_axe_violations(page) -> None:
    result = Axe().run(page)
    if result.violations_count:
        print(result.generate_report())
    assert result.violations_count == 0, result.generate_report()


def _visible_drawing(page) -> str:
    """Which drawing CSS shows: "wide" or "narrow" (never both, never none)."""
    shown = page.evaluate(
        "[...document.querySelectorAll('.rm-figure')].filter(f => f.getClientRects().length)"
        ".map(f => f.className.replace('rm-figure rm-figure--', ''))"
    )
    assert len(shown) == 1, shown
    return shown[0]


def _check_every_view(page, url: str) -> None:
    for width, drawing in ((WIDE, "wide"), (PHONE, "narrow")):
        for scheme in ("light", "dark"):
            page.set_viewport_size({"width": width, "height": 900})
            page.emulate_media(color_scheme=scheme)
            page.goto(url)
            assert _visible_drawing(page) == drawing
            if width == PHONE:
                sideways = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
                assert sideways[0] <= sideways[1], sideways
                # The drawing is drawn at the page's width: its smallest text stays at 12 px or more.
                smallest = page.evaluate(
                    """() => {
                        const svg = document.querySelector('.rm-figure--narrow svg');
                        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
                        return Math.min(...[...svg.querySelectorAll('text')]
                            .map(t => parseFloat(getComputedStyle(t).fontSize) * scale));
                    }"""
                )
                assert smallest >= 12, smallest
            _assert_no_axe_violations(page)


def test_the_map_is_accessible_at_1280_and_390_px_in_light_and_dark(page, live_server, seeded_guide):
    errors = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    _check_every_view(page, live_server.url + "/roadmap/")
    assert not [error for error in errors if "Content Security Policy" in error]


def test_focus_follows_the_layout_a_topic_pages_link_finds_its_node_and_print_shows_the_list(
    page, live_server, seeded_guide
):
    page.set_viewport_size({"width": WIDE, "height": 900})
    page.goto(live_server.url + "/roadmap/")
    first = page.locator(".rm-figure--wide a.rm-node").first
    first.focus()
    focused = [page.evaluate("document.activeElement.id")]
    for _ in range(4):
        page.keyboard.press("Tab")
        focused.append(page.evaluate("document.activeElement.id"))
    expected = page.evaluate("[...document.querySelectorAll('.rm-figure--wide a.rm-node')].slice(0, 5).map(a => a.id)")
    assert focused == expected
    assert focused[0].startswith("wide-skill-") and focused[1].startswith("wide-")

    # "See it on the roadmap" on a topic's page: the map's node, in the drawing shown, is scrolled to.
    page.goto(live_server.url + "/skills/containers-orchestration/dockerfiles/")
    page.get_by_role("link", name="See it on the roadmap").click()
    page.wait_for_url("**/roadmap/#node-dockerfiles")
    page.wait_for_function("id => document.activeElement.id === id", arg="wide-dockerfiles")
    assert page.locator("#wide-dockerfiles").evaluate("el => el.classList.contains('rm-node--target')")
    box = page.locator("#wide-dockerfiles").bounding_box()
    assert 0 <= box["y"] <= 900

    # On paper: the list, without the drawings or the menu.
    page.emulate_media(media="print")
    assert page.evaluate("[...document.querySelectorAll('.rm-figure')].every(f => !f.getClientRects().length)")
    assert page.locator("#roadmap-list").is_visible()
    assert not page.locator(".primary-nav").is_visible()


def _tick(page, form) -> None:
    form.locator("select[name=status]").select_option("done")
    form.get_by_role("button").click()
    page.wait_for_function("el => el.textContent === 'Saved.'", arg=form.locator("[data-form-status]").element_handle())


def _skill_row(page, name: str):
    return page.locator("table.data-table tbody tr").filter(has=page.get_by_role("link", name=name, exact=True))


def test_ticking_two_topics_shows_on_the_map_and_the_dashboard(page, live_server, seeded_guide):
    base = live_server.url
    skill = (
        (
            CareerSkill.objects.filter(career=seeded_guide, skill__slug="containers-orchestration").select_related(
                "skill"
            )
        )
        .get()
        .skill
    )
    first, second = list(skill.topics.published().order_by("order"))[:2]

    page.goto(base + "/progress/")
    overall_before = int(page.locator("progress#overall-progress").get_attribute("value"))
    assert _skill_row(page, skill.name).locator("td").last.inner_text() == "0%"

    # A visitor ticks two topics on the skill's page (saved in place by JavaScript).
    page.goto(f"{base}{skill.get_absolute_url()}")
    for topic in (first, second):
        _tick(page, page.locator(f"#topic-{topic.slug} form.status-form"))

    # The map shows them done: class, shape and words, in the drawing shown at each width.
    for width, drawing in ((WIDE, "wide"), (PHONE, "narrow")):
        page.set_viewport_size({"width": width, "height": 900})
        page.goto(base + "/roadmap/")
        for topic in (first, second):
            node = page.locator(f"#{drawing}-{topic.slug}")
            assert node.is_visible()
            assert "rm-status--done" in node.get_attribute("class")
            assert node.locator('use[href="#rm-i-done"]').count() == 1
            assert page.get_by_role("link", name=f"{topic.name}: done").first.is_visible()
        skill_node = page.locator(f"#{drawing}-skill-{skill.slug}")
        assert (
            skill_node.locator("text.rm-detail").text_content()
            == f"2 of {skill.topics.published().count()} topics done"
        )
        other = page.locator(f"#{drawing}-{list(skill.topics.published().order_by('order'))[2].slug}")
        assert "rm-status--not_started" in other.get_attribute("class")
    entry = page.locator(f"#node-{first.slug}")
    assert "Your status: Done" in " ".join(entry.text_content().split())

    # With marks on it, the map is still accessible in both themes at both widths.
    _check_every_view(page, base + "/roadmap/")

    # The dashboard moved: the skill's share and the overall bar.
    page.set_viewport_size({"width": WIDE, "height": 900})
    page.goto(base + "/progress/")
    total = skill.topics.published().count()
    row = _skill_row(page, skill.name)
    assert row.locator("td").nth(3).inner_text() == f"2 of {total}"
    assert row.locator("td").last.inner_text() == f"{round(100 * 2 / total)}%"
    assert int(page.locator("progress#overall-progress").get_attribute("value")) > overall_before
