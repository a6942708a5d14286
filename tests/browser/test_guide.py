"""The guide in a real browser: accessibility (axe), navigation and small screens."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from careerguide.models import ResourceKind
from skills.models import SkillKind
from tests.factories import (
    CareerFactory,
    CareerSkillFactory,
    FAQEntryFactory,
    PathwayFactory,
    ResourceFactory,
    SkillFactory,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def guide(db):
    career = CareerFactory(
        name="ML Ops Engineer",
        slug="ml-ops-engineer",
        tagline="Keep machine learning working in production",
        summary="ML Ops Engineers deploy, monitor and maintain machine learning models in production.",
        introduction="The field is growing fast, and so is the demand for people who can run it.",
        role_description="An ML Ops Engineer **bridges** data science and operations.",
        responsibilities="- Build training and deployment pipelines\n- Monitor models in production",
        conclusion="Pick a pathway and start.",
        is_default=True,
    )
    kubernetes = SkillFactory(
        name="Containers and orchestration",
        slug="containers-and-orchestration",
        summary="Package models in containers and run them on Kubernetes.",
        what_to_learn="- Dockerfiles\n- Deployments and services",
        tools="Docker, `kubectl`, Helm",
    )
    CareerSkillFactory(career=career, skill=kubernetes, target_level=3)
    CareerSkillFactory(career=career, skill=SkillFactory(name="Communication", kind=SkillKind.SOFT), target_level=2)
    PathwayFactory(name="Bootcamps", careers=[career]).skills.add(kubernetes)
    FAQEntryFactory(career=career, question="Do I need a degree?", answer="No, but it helps.")
    ResourceFactory(title="Kubernetes documentation", kind=ResourceKind.DOCUMENTATION, is_free=True).skills.add(
        kubernetes
    )
    ResourceFactory(title="Designing Machine Learning Systems", kind=ResourceKind.BOOK)
    return career


def _assert_no_axe_violations(page):
    result = Axe().run(page)
    if result.violations_count:
        print(result.generate_report())
    assert result.violations_count == 0, result.generate_report()


def _assert_no_horizontal_scroll(page, width):
    page.set_viewport_size({"width": width, "height": 800})
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= width


def test_the_guide_is_accessible_and_leads_to_a_skill(page, live_server, guide):
    page.goto(live_server.url + "/")
    assert page.locator("h1").inner_text() == "Becoming an ML Ops Engineer"
    # The stylesheet is served (axe checks contrast against real colours).
    assert (
        page.evaluate("getComputedStyle(document.querySelector('.site-header')).backgroundColor") == "rgb(16, 38, 63)"
    )
    _assert_no_axe_violations(page)

    page.get_by_role("link", name="Containers and orchestration").first.click()
    page.wait_for_url("**/skills/containers-and-orchestration/")
    assert page.locator("h1").inner_text() == "Containers and orchestration"
    _assert_no_axe_violations(page)


def test_the_guide_is_accessible_in_dark_mode(page, live_server, guide):
    page.emulate_media(color_scheme="dark")
    page.goto(live_server.url + "/")
    _assert_no_axe_violations(page)


@pytest.mark.parametrize("width", [375, 320])
def test_the_guide_fits_a_phone(page, live_server, guide, width):
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(live_server.url + "/")
    _assert_no_horizontal_scroll(page, width)
    page.goto(live_server.url + "/skills/containers-and-orchestration/")
    _assert_no_horizontal_scroll(page, width)
    page.goto(live_server.url + "/pathways/compare/")
    _assert_no_horizontal_scroll(page, width)


def test_the_skip_link_is_the_first_thing_to_focus(page, live_server, guide):
    page.goto(live_server.url + "/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to main content"


def test_the_page_loads_without_csp_violations(page, live_server, guide):
    errors = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.goto(live_server.url + "/")
    page.goto(live_server.url + "/careers/ml-ops-engineer/faq/")
    assert not [error for error in errors if "Content Security Policy" in error]


def test_print_leaves_out_what_only_works_on_screen(page, live_server, guide):
    """On paper neither the guide's "mark where you stand" prompt nor the skill page's empty
    "My progress on ..." panel (its form is not printed) appear; the content does."""
    page.goto(f"{live_server.url}/")
    page.emulate_media(media="print")
    assert not page.get_by_text("Mark where you stand").is_visible()
    assert page.get_by_role("heading", name="Core skills").is_visible()
    page.goto(f"{live_server.url}/skills/containers-and-orchestration/")
    page.emulate_media(media="print")
    assert not page.get_by_role("heading", name="My progress on Containers and orchestration").is_visible()
    assert page.get_by_role("heading", level=1, name="Containers and orchestration").is_visible()
    page.emulate_media(media="screen")
    assert page.get_by_role("heading", name="My progress on Containers and orchestration").is_visible()


@pytest.mark.parametrize("width", [1280, 1920])
def test_the_compare_table_fits_its_box_with_long_notes(page, live_server, guide, width):
    PathwayFactory(
        name="Formal education",
        careers=[guide],
        cost_min_usd=0,
        cost_max_usd=200_000,
        cost_note="total tuition varies widely by country and institution; many public universities cost far less",
        duration_note="three to five years for a degree, one to two for a master's, part time often longer",
    )
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(f"{live_server.url}/pathways/compare/")
    sizes = page.evaluate(
        "() => { const box = document.querySelector('.table-scroll'); return [box.scrollWidth, box.clientWidth]; }"
    )
    assert sizes[0] <= sizes[1], sizes  # every column visible, nothing to scroll
    assert page.get_by_role("link", name="Containers and orchestration").first.is_visible()  # skills by name


@pytest.mark.parametrize("url", ["/faq/", "/progress/"])
def test_an_inline_contents_box_stays_in_the_flow_on_a_wide_window(page, live_server, guide, url):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(live_server.url + url)
    toc = page.locator("nav.toc--inline")
    # in the flow: it scrolls away with the text instead of covering it (it was sticky, half the window)
    assert toc.evaluate("el => getComputedStyle(el).position") == "static"


def test_the_guides_contents_column_is_never_taller_than_the_window(page, live_server, guide):
    page.set_viewport_size({"width": 1280, "height": 600})
    page.goto(f"{live_server.url}/")
    toc = page.locator(".guide-layout > nav.toc")
    assert toc.evaluate("el => getComputedStyle(el).position") == "sticky"
    assert toc.bounding_box()["height"] <= 600
