"""axe finds no violation on the pages of the tour (tests/page_tour.py), the pages
tests/operations/test_html_validity.py checks: the sitemap, search, the tracker (a new visitor's, a
visitor's with progress, a learner's, with and without a message), a share page, the import and reset
pages, every account page, forms sent back with errors, the lockout, a draft an editor previews and the
error pages.

Each page is fetched through the test client as its persona sees it, then shown to Chromium at its own
address on the live server, which serves the stylesheet, script and images: axe checks it with its real
styles. axe takes seconds on a long page, so by default it checks the first page of each template as
each persona sees it in the light colour scheme, and the first page of each template in the dark one
(every page's HTML is checked by vnu in test_html_validity.py, whatever its template).
AXE_EVERY_PAGE=1 checks every page in both schemes (about 13 minutes).
"""

import functools
import os

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.page_tour import Page, take_the_tour

# Minutes of pages, the same on any database: CI runs it once (.ci/run).
pytestmark = [pytest.mark.browser, pytest.mark.ops, pytest.mark.django_db(transaction=True)]

EVERY_PAGE = os.environ.get("AXE_EVERY_PAGE") == "1"


def _first_of_each_template(pages: list[Page], *, per_persona: bool) -> list[Page]:
    firsts: dict[tuple[str, str], Page] = {}
    for page in pages:
        firsts.setdefault((page.who if per_persona else "", page.template), page)
    return list(firsts.values())


# The tour's pages in light and dark, each split in PARTS so that test workers share the minutes.
PARTS = 2
VIEWS = [(scheme, part) for scheme in ("light", "dark") for part in range(PARTS)]


@functools.cache
def _the_tour() -> tuple[Page, ...]:
    """Taken once per test process: the parts check saved pages, which outlive the test that saved them."""
    return tuple(take_the_tour(every_topic=EVERY_PAGE))


def _pages_to_check(scheme: str, part: int) -> list[Page]:
    pages = list(_the_tour())
    if not EVERY_PAGE:
        pages = _first_of_each_template(pages, per_persona=scheme == "light")
    return pages[part::PARTS]


@pytest.mark.parametrize(("scheme", "part"), VIEWS, ids=[f"{scheme}-{part + 1}of{PARTS}" for scheme, part in VIEWS])
def test_no_page_has_an_axe_violation(page, live_server, seeded_guide, print_figures, scheme, part):
    shown = _pages_to_check(scheme, part)
    showing: list[Page] = []

    def serve_the_saved_page(route):
        """The page the browser opens is the saved one; everything it loads comes from the live server."""
        if route.request.is_navigation_request():
            saved = showing[-1]
            route.fulfill(status=saved.status, headers=saved.headers, body=saved.html)
        else:
            route.fallback()

    page.route("**/*", serve_the_saved_page)
    page.emulate_media(color_scheme=scheme)
    axe = Axe()
    failures = []
    for saved in shown:
        showing.append(saved)
        page.goto(live_server.url + saved.path)
        result = axe.run(page)
        if result.violations_count:
            failures.append(f"{saved.label} ({scheme}):\n{result.generate_report()}")

    print_figures(
        f"axe checked {len(shown)} pages in {scheme} (part {part + 1} of {PARTS}): {len(failures)} with violations"
    )
    assert shown, "the tour found no page to check"
    assert not failures, f"{len(failures)} pages with axe violations:\n\n" + "\n\n".join(failures)
