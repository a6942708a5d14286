"""The tracker in a real browser: a visitor marks skills, signs up (confirming the address from the
mailed link), keeps them, exports and shares.

Runs on the real guide (load_guide) so axe checks the pages readers will see.
"""

import json
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core import mail
from django.utils import timezone
from playwright.sync_api import expect

from careerguide.models import CareerSkill
from progress.models import Learner, SkillProgress
from tests.accounts.signup_helpers import confirm_link

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "correct horse battery staple"


@pytest.fixture
def two_skills(seeded_guide):
    career_skills = CareerSkill.objects.filter(career__is_default=True).select_related("skill")
    technical = career_skills.filter(skill__kind="technical").order_by("order", "skill__order")
    # Two skills the career asks for, with a target above level 1 so a level can move the overall bar.
    first, second = [cs for cs in technical if cs.target_level >= 2][:2]
    return first, second


def _assert_no_axe_violations(page) -> None:
    result = Axe().run(page)
    if result.violations_count:
        print(result.generate_report())
    assert result.violations_count == 0, result.generate_report()


def _overall(page) -> int:
    return int(page.locator("progress#overall-progress").get_attribute("value"))


def _save_on_skill_page(page, base_url: str, slug: str, **choices) -> None:
    page.goto(f"{base_url}/skills/{slug}/")
    form = page.locator("form[data-progress-form].progress-form")
    for name, value in choices.items():
        form.locator(f"select[name={name}]").select_option(value)
    form.get_by_role("button", name="Save my progress").click()
    _wait_for_saved(page, form)


def _wait_for_saved(page, form) -> None:
    """With JavaScript a progress form saves in place and says so in its status line."""
    page.wait_for_function("el => el.textContent === 'Saved.'", arg=form.locator("[data-form-status]").element_handle())


def test_a_visitor_keeps_their_progress_through_signup_then_exports_and_shares(
    page, browser, live_server, two_skills, tmp_path
):
    base = live_server.url
    first, second = two_skills

    # A visitor marks one skill on its page...
    _save_on_skill_page(page, base, first.skill.slug, status="learning")
    # ...and another with the status form on its card on the guide page.
    page.goto(base + "/")
    card_form = page.locator(f"#skill-{second.skill.slug} form.status-form")
    card_form.locator("select[name=status]").select_option("done")
    card_form.get_by_role("button", name="Save").click()
    _wait_for_saved(page, card_form)
    visitor = Learner.objects.get()
    assert visitor.user is None
    assert dict(visitor.skill_progress.values_list("skill__slug", "status")) == {
        first.skill.slug: "learning",
        second.skill.slug: "done",
    }

    # They sign up and find both on My progress.
    page.goto(base + "/accounts/signup/?next=/progress/")
    page.locator("#id_username").fill("carol")
    page.locator("#id_email").fill("carol@example.com")
    page.locator("#id_password1").fill(PASSWORD)
    page.locator("#id_password2").fill(PASSWORD)
    page.get_by_role("button", name="Create account").click()
    # They are asked to confirm their address, open the mailed link in the same browser, and confirm.
    page.wait_for_url("**/accounts/signup/sent/")
    assert page.locator("h1").inner_text() == "Check your email"
    _assert_no_axe_violations(page)
    [message] = mail.outbox
    assert message.to == ["carol@example.com"]
    page.goto(base + confirm_link(message))
    assert page.locator("h1").inner_text() == "Confirm your email address"
    _assert_no_axe_violations(page)
    page.get_by_role("button", name="Confirm and log in").click()
    page.wait_for_url("**/progress/")
    table = page.locator("table.data-table")
    assert table.locator("tr", has_text=first.skill.name).locator("td").first.inner_text() == "Learning"
    assert table.locator("tr", has_text=second.skill.name).locator("td").first.inner_text() == "Done"
    assert Learner.objects.get().user.username == "carol"
    before = _overall(page)
    page.reload()  # without the welcome message: see test_a_page_with_a_message_is_accessible
    _assert_no_axe_violations(page)

    # A level on the skill page moves the overall bar.
    _save_on_skill_page(page, base, first.skill.slug, level=str(first.target_level))
    _assert_no_axe_violations(page)
    page.goto(base + "/progress/")
    after = _overall(page)
    assert after > before
    assert page.locator('[data-percent-for="overall-progress"]').inner_text() == f"{after}%"
    assert SkillProgress.objects.get(skill=first.skill).level == first.target_level

    # Export as JSON.
    with page.expect_download() as download_info:
        page.get_by_role("link", name="JSON (imports back)").click()
    download = download_info.value
    assert download.suggested_filename == f"career-guide-progress-{timezone.localdate().isoformat()}.json"
    path = tmp_path / "progress.json"
    download.save_as(path)
    data = json.loads(Path(path).read_text())
    assert {entry["skill"] for entry in data["skills"]} == {first.skill.slug, second.skill.slug}

    # Share, and open the link in a fresh browser with no session.
    page.get_by_role("button", name="Create a share link").click()
    page.wait_for_url("**/progress/#share")
    link = page.locator("a.share-link").get_attribute("href")
    stranger = browser.new_context()
    try:
        shared = stranger.new_page()
        shared.goto(link)
        assert shared.locator("h1").inner_text().startswith("Shared progress")
        assert int(shared.locator("progress#overall-progress").get_attribute("value")) == after
        assert shared.locator("meta[name=robots]").get_attribute("content") == "noindex"
        _assert_no_axe_violations(shared)
    finally:
        stranger.close()


def test_the_empty_dashboard_and_a_skill_page_are_accessible(page, live_server, two_skills):
    first, _ = two_skills
    page.goto(live_server.url + "/progress/")
    assert page.locator("h1").inner_text() == "My progress: ML Ops Engineer"
    _assert_no_axe_violations(page)
    page.goto(f"{live_server.url}/skills/{first.skill.slug}/")
    _assert_no_axe_violations(page)
    assert not Learner.objects.exists()


def test_a_page_with_a_message_is_accessible(page, live_server, two_skills):
    first, _ = two_skills
    page.goto(f"{live_server.url}/skills/{first.skill.slug}/")
    # Without JavaScript's fetch the form posts normally and the next page shows "Saved your progress".
    page.evaluate("window.fetch = undefined")
    page.get_by_role("button", name="Save my progress").click()
    page.wait_for_load_state()
    assert page.locator(".messages").inner_text().startswith("Saved your progress on")
    _assert_no_axe_violations(page)


def test_saving_a_skill_in_place_moves_the_bars_without_a_reload(page, live_server, two_skills):
    # The guide page has the overall bar and a status form on each skill's card; the per-kind bars are
    # on the dashboard only, which has no skill form. So: the overall bar moves in place, and the JSON
    # answer that moved it carries the kind bar's figures, which the dashboard then shows.
    base = live_server.url
    first, second = two_skills
    page.goto(base + "/")
    _save_on_card(page, first.skill.slug, "learning")  # the bar is drawn once there is progress to show
    page.reload()
    before = _overall(page)
    page.evaluate("window.notReloaded = true")

    with page.expect_response(lambda answer: answer.url.endswith(f"/progress/skills/{second.skill.slug}/")) as info:
        _save_on_card(page, second.skill.slug, "done")
    answer = info.value
    assert answer.request.headers["accept"] == "application/json"
    bars = answer.json()["bars"]
    overall, technical = bars["overall-progress"], bars["kind-progress-technical-skills"]
    assert overall["percent"] > before
    assert technical["percent"] > 0

    overall_bar = page.locator("progress#overall-progress")
    expect(overall_bar).to_have_attribute("value", str(overall["percent"]), timeout=30_000)
    assert page.locator('[data-percent-for="overall-progress"]').inner_text() == f"{overall['percent']}%"
    assert page.locator('[data-detail-for="overall-progress"]').inner_text() == overall["detail"]
    assert page.evaluate("window.notReloaded") is True

    page.goto(base + "/progress/")
    assert page.locator("progress#kind-progress-technical-skills").get_attribute("value") == str(technical["percent"])
    assert page.locator('[data-detail-for="kind-progress-technical-skills"]').inner_text() == technical["detail"]


def _save_on_card(page, slug: str, status: str) -> None:
    form = page.locator(f"#skill-{slug} form.status-form")
    form.locator("select[name=status]").select_option(status)
    form.get_by_role("button", name="Save").click()
    _wait_for_saved(page, form)


def test_ticking_a_step_in_place_moves_the_plans_count(page, live_server, seeded_guide):
    from pathways.models import Pathway

    pathway = Pathway.objects.published().filter(steps__isnull=False).distinct().first()
    total = pathway.steps.count()
    page.goto(live_server.url + pathway.get_absolute_url())
    page.get_by_role("button", name="Follow this pathway").click()
    expect(page.get_by_text(f"You follow this pathway: 0 of {total} steps done.")).to_be_visible()
    page.evaluate("window.notReloaded = true")
    page.locator("[data-step-form]").first.get_by_role("button").click()
    expect(page.get_by_text(f"You follow this pathway: 1 of {total} steps done.")).to_be_visible(timeout=30_000)
    assert page.evaluate("window.notReloaded") is True


def test_the_dashboards_levels_read_on_a_phone_without_sideways_scrolling(page, live_server, two_skills):
    first, _ = two_skills
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(live_server.url + first.skill.get_absolute_url())
    form = page.locator("#form-skill-progress")
    form.locator("select[name=level]").select_option("2")
    form.locator("button[type=submit]").click()
    _wait_for_saved(page, form)
    page.goto(live_server.url + "/progress/")
    sizes = page.evaluate(
        "() => [...document.querySelectorAll('.level-bars__name')].map(el => parseFloat(getComputedStyle(el).fontSize))"
    )
    assert sizes and min(sizes) >= 12  # the chart's labels keep a readable size (they were about 7 px)
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    table = page.evaluate(
        "() => { const box = document.querySelector('[aria-labelledby=levels-table-caption]');"
        " return [box.scrollWidth, box.clientWidth]; }"
    )
    assert table[0] <= table[1], table  # the levels table does not scroll sideways
    cell = page.locator('td[data-label="Your level"]', has_text="2 (Beginner)").first
    assert cell.is_visible()  # each figure shows with its column's name before it (CSS)
    assert cell.evaluate("el => getComputedStyle(el, '::before').content") == '"Your level: "'


@pytest.mark.parametrize("width", [390, 1280])
def test_the_plan_reads_on_a_phone_and_a_desktop_and_is_accessible(page, live_server, two_skills, width):
    """A learner gives a skill a target date and their hours, with the forms alone (no script needed)."""
    first, _ = two_skills
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(live_server.url + first.skill.get_absolute_url())
    form = page.locator("#form-skill-progress")
    soon = timezone.localdate() + timezone.timedelta(days=5)
    form.locator("input[name=target_date]").fill(soon.isoformat())
    form.locator("textarea[name=notes]").fill("Do the labs first")
    form.locator("button[type=submit]").click()
    _wait_for_saved(page, form)
    page.goto(live_server.url + "/progress/")
    page.get_by_label("Hours of study a week").fill("8")
    page.get_by_role("button", name="Plan my week").click()
    expect(page.get_by_text("This week's plan now fits 8 hours.")).to_be_visible()
    plan = page.locator("section.plan")
    expect(plan.get_by_role("heading", name="Due in the next 14 days")).to_be_visible()
    expect(plan.get_by_text("(in 5 days)")).to_be_visible()
    expect(plan.get_by_text("Do the labs first")).to_be_hidden()
    plan.get_by_text("Notes", exact=False).first.click()
    expect(plan.get_by_text("Do the labs first")).to_be_visible()
    expect(plan.locator(".week-list > li").first).to_be_visible()
    page.get_by_role("button", name="Make a calendar address").click()
    expect(page.get_by_role("button", name="Stop this calendar address")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    sizes = page.evaluate(
        "() => [...document.querySelectorAll('section.plan li')].map(el => parseFloat(getComputedStyle(el).fontSize))"
    )
    assert sizes and min(sizes) >= 14
    _assert_no_axe_violations(page)
