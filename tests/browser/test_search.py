"""Search in a real browser: accessible (axe, light and dark), fits a 390 px phone, works without JavaScript."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from careerguide.models import ResourceKind
from tests.factories import ResourceFactory, SkillFactory, TopicFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def content(db):
    skill = SkillFactory(
        name="Containers and orchestration",
        summary="Package models in containers and run them on Kubernetes.",
        body="Kubernetes schedules containers; " + "a long explanation of pods and services " * 20,
    )
    TopicFactory(skill=skill, name="Kubernetes core objects", summary="Pods, deployments and services.")
    ResourceFactory(
        title="Certified Kubernetes Administrator (CKA)",
        kind=ResourceKind.CERTIFICATION,
        description="A performance-based exam: " + "averyveryverylongwordwithoutanybreaks" * 3,
    )


def _assert_no_axe_violations(page):
    result = Axe().run(page)
    assert result.violations_count == 0, result.generate_report()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_results_are_accessible_and_fit_a_phone(page, live_server, content, scheme):
    page.emulate_media(color_scheme=scheme)
    page.set_viewport_size({"width": 390, "height": 800})
    page.goto(live_server.url + "/search/?q=k8s")
    results = page.locator("ol.search-results > li")
    assert results.count() == 3
    assert page.locator("ol.search-results mark").count() >= 1
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    _assert_no_axe_violations(page)


def test_nothing_found_is_accessible(page, live_server, content):
    page.goto(live_server.url + "/search/?q=%27+OR+1%3D1+--")
    assert page.get_by_text("Try one of these").is_visible()
    _assert_no_axe_violations(page)


def test_search_works_without_javascript(browser, live_server, content):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server.url + "/search/")
    page.get_by_label("Search skills, topics, pathways, questions and resources").fill("CKA")
    page.get_by_role("button", name="Search", exact=True).last.click()
    page.wait_for_url("**/search/?q=CKA")
    first = page.locator("ol.search-results > li").first
    assert "Certified Kubernetes Administrator (CKA)" in first.inner_text()
    context.close()
