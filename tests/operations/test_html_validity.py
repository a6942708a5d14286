"""Every page of the tour (tests/page_tour.py: the sitemap, search, the tracker, a share page, the account
pages, forms with errors, the error pages) is valid HTML: the W3C Nu HTML checker finds no error.

The checker is vnu.jar from npm's vnu-jar, pinned in tests/html/package-lock.json (`npm ci` in tests/html/),
run by the machine's Java (`apt-get install -y default-jre-headless`). Without them the test is skipped;
in CI (CI=true) it fails instead. The pages are saved to files and checked by one run of the checker: a
Java start takes seconds, a page milliseconds.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from django.conf import settings

from tests.page_tour import take_the_tour

# A minute or so of pages and one Java process, the same on any database: CI runs it once (.ci/run).
pytestmark = [pytest.mark.django_db, pytest.mark.ops]

CHECKER_PACKAGE = Path(__file__).resolve().parent.parent / "html"
VNU_JAR = CHECKER_PACKAGE / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
CHECK_TIMEOUT_SECONDS = 600
# Checked in the same run: the stylesheet (CSS) and the icon (SVG) every page links to.
STATIC_FILES = [
    Path(settings.BASE_DIR) / "static" / "css" / "site.css",
    Path(settings.BASE_DIR) / "static" / "favicon.svg",
]
# Warnings we keep on purpose, each with the reason; any other warning fails the test like an error.
ACCEPTED_WARNINGS = {
    # Safari (VoiceOver) stops announcing a list as a list once CSS removes its bullets (list-style:
    # none, as on .cards and .chips); role="list" gives the list back.
    "The “list” role is unnecessary for element “ul”.",
}


def _missing(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"{reason}; CI must install it (.ci/run)")
    pytest.skip(reason)


@pytest.fixture
def html_checker() -> list[str]:
    """The command that runs the checker, or a skip (a failure in CI) naming what is missing."""
    java = shutil.which("java")
    if java is None:
        _missing("no java on the PATH for the HTML checker (apt-get install -y default-jre-headless)")
    if not VNU_JAR.is_file():
        _missing(f"no HTML checker at {VNU_JAR} (run `npm ci` in {CHECKER_PACKAGE})")
    locked = json.loads((CHECKER_PACKAGE / "package-lock.json").read_text())["packages"]["node_modules/vnu-jar"]
    installed = json.loads((VNU_JAR.parents[2] / "package.json").read_text())
    if installed["version"] != locked["version"]:
        _missing(f"vnu-jar {installed['version']} is installed, the lock file says {locked['version']} (run `npm ci`)")
    return [java, "-jar", str(VNU_JAR)]


def check_html_files(command: list[str], files: list[Path]) -> list[dict]:
    """The checker's messages for all the files, from one run (its JSON report goes to stderr)."""
    done = subprocess.run(
        [*command, "--format", "json", "--exit-zero-always", "--also-check-css", "--also-check-svg", *map(str, files)],
        capture_output=True,
        text=True,
        timeout=CHECK_TIMEOUT_SECONDS,
        check=False,
    )
    assert done.returncode == 0, f"the HTML checker stopped ({done.returncode}):\n{done.stderr[-2000:]}"
    return json.loads(done.stderr)["messages"]


def _describe(message: dict, pages_by_file: dict) -> str:
    """The message with the page it is on (who saw which address, and how) rather than the file's name."""
    page = pages_by_file.get(Path(unquote(urlsplit(message.get("url", "")).path)).name)
    where = page.label if page else message.get("url", "?")
    line = message.get("lastLine")
    extract = " ".join(message.get("extract", "").split())
    return f"{where} (line {line}): {message.get('message')}" + (f"\n    {extract}" if extract else "")


def test_every_page_is_valid_html(html_checker, seeded_guide, tmp_path, print_figures):
    pages = take_the_tour()
    pages_by_file = {}
    for number, page in enumerate(pages):
        path = tmp_path / f"page-{number:03}.html"
        path.write_text(page.html, encoding="utf-8")
        pages_by_file[path.name] = page

    messages = check_html_files(html_checker, [*sorted(tmp_path.glob("page-*.html")), *STATIC_FILES])

    # "error", or "non-document-error" (a file the checker could not read); "info" is a warning or a note.
    errors = [_describe(m, pages_by_file) for m in messages if m.get("type") != "info"]
    warnings = [m for m in messages if m.get("subType") == "warning"]
    unexpected = [_describe(m, pages_by_file) for m in warnings if m.get("message") not in ACCEPTED_WARNINGS]
    print_figures(
        f"{len(pages)} pages and {len(STATIC_FILES)} static files checked: {len(errors)} errors,"
        f" {len(warnings)} warnings ({len(warnings) - len(unexpected)} accepted)"
    )
    assert not errors, f"{len(errors)} HTML errors:\n" + "\n".join(errors)
    assert not unexpected, f"{len(unexpected)} HTML warnings:\n" + "\n".join(unexpected)
