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


def test_no_page_has_an_axe_violation(page, live_server, seeded_guide, print_figures):
    pages = take_the_tour(every_topic=EVERY_PAGE)
    if EVERY_PAGE:
        views = [("light", pages), ("dark", pages)]
    else:
        views = [
            ("light", _first_of_each_template(pages, per_persona=True)),
            ("dark", _first_of_each_template(pages, per_persona=False)),
        ]
    showing: list[Page] = []

    def serve_the_saved_page(route):
        """The page the browser opens is the saved one; everything it loads comes from the live server."""
        if route.request.is_navigation_request():
            saved = showing[-1]
            route.fulfill(status=saved.status, headers=saved.headers, body=saved.html)
        else:
            route.fallback()

    page.route("**/*", serve_the_saved_page)
    axe = Axe()
    failures = []
    for scheme, shown in views:
        page.emulate_media(color_scheme=scheme)
        for saved in shown:
            showing.append(saved)
            page.goto(live_server.url + saved.path)
            result = axe.run(page)
            if result.violations_count:
                failures.append(f"{saved.label} ({scheme}):\n{result.generate_report()}")

    checked = ", ".join(f"{len(shown)} pages in {scheme}" for scheme, shown in views)
    print_figures(f"axe checked {checked}: {len(failures)} with violations")
    assert not failures, f"{len(failures)} pages with axe violations:\n\n" + "\n\n".join(failures)
