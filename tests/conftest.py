"""Fixtures every app's tests share: the personas, an empty cache, and the real guide seeded once.

Browser fixtures are in tests/browser/conftest.py.
"""

from contextlib import ExitStack
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import transaction

from tests.factories import UserFactory

SEEDED_CAREER = "ml-ops-engineer"


@pytest.fixture
def alice(db):
    """A learner."""
    return UserFactory(username="alice")


@pytest.fixture
def bob(db):
    """Another learner, who must never see alice's data."""
    return UserFactory(username="bob")


@pytest.fixture
def editor(db):
    """A member of the Editors group, staff but not superuser."""
    from django.contrib.auth.models import Group

    user = UserFactory(username="edith", is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture(autouse=True)
def _empty_cache():
    """Every test starts with an empty cache (Redis in CI keeps entries between tests)."""
    from core import page_cache

    page_cache.clear()
    yield
    page_cache.clear()


FIGURES = "figures"  # the user property, and the section at the end of the run


@pytest.fixture
def print_figures(record_property):
    """Prints a test's figures (sizes, counts, timings) in their own section at the end of the run.

    Not with print(): pytest-xdist's workers' output is never shown, and pytest shows a passing test's only
    with -s. The figures travel with the test's report (its user_properties) to the process that prints.
    """

    def print_them(line: str) -> None:
        record_property(FIGURES, line)

    return print_them


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    lines = [
        f"{report.nodeid}: {value}"
        for reports in terminalreporter.stats.values()
        for report in reports
        if getattr(report, "when", None) == "call"
        for name, value in getattr(report, "user_properties", ())
        if name == FIGURES
    ]
    if lines:
        terminalreporter.section(FIGURES)
        for line in lines:
            terminalreporter.line(line)


@pytest.fixture(autouse=True)
def _fresh_log_limits():
    """Every test sees its own first error line: the once-per-interval log filters forget what they held."""
    from core import log_filters

    log_filters.forget_all()


# The real guide, seeded once per session
#
# Most tests build a small career of their own with factories and count its rows and queries, so the
# database must stay empty for them: the guide cannot simply be loaded for everyone. The tests that ask
# for `seeded_guide` therefore run one after the other (pytest_collection_modifyitems below), after the
# other tests that roll back and before the tests that commit, inside one outer transaction that holds
# the guide. Each test's own transaction is a savepoint inside it, so whatever a test changes is rolled
# back and the next test finds the guide as loaded. After the last of them the outer transaction is
# rolled back, and the database is as the migrations left it.
#
# Tests that commit (transaction=True, live_server) cannot share it: Django empties the database after
# each of them. For them, and for a first test that runs before the test database exists (say, one
# module run alone), `seeded_guide` loads the guide itself when it is not there.


def _database_use(item: pytest.Item) -> str | None:
    """ "commits", "rolls back" or None, as pytest-django decides it (and orders the tests by it)."""
    marker = item.get_closest_marker("django_db")
    fixtures = getattr(item, "fixturenames", ())
    commits = marker is not None and (marker.kwargs.get("transaction") or marker.kwargs.get("reset_sequences"))
    if commits or "transactional_db" in fixtures or "live_server" in fixtures:
        return "commits"
    if marker is not None or "db" in fixtures:
        return "rolls back"
    return None


def _shares_the_guide(item: pytest.Item | None) -> bool:
    return (
        item is not None and "seeded_guide" in getattr(item, "fixturenames", ()) and _database_use(item) == "rolls back"
    )


class SharedGuide:
    """The outer transaction that holds the seeded guide while the tests that share it run."""

    def __init__(self):
        self.blocker = None  # pytest-django's django_db_blocker, once the test database exists
        self.transaction: ExitStack | None = None

    def open(self) -> None:
        if self.transaction is not None or self.blocker is None:
            return
        with self.blocker.unblock():
            self.transaction = ExitStack()
            self.transaction.enter_context(transaction.atomic())
            call_command("load_guide", stdout=StringIO())

    def close(self) -> None:
        if self.transaction is None:
            return
        with self.blocker.unblock():
            transaction.set_rollback(True)
            self.transaction.close()
        self.transaction = None


shared_guide = SharedGuide()


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    shared_guide.blocker = django_db_blocker
    yield
    shared_guide.close()


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Keep pytest-django's order (tests that roll back, then those that commit, then the rest), with the
    tests that share the seeded guide last among those that roll back."""

    def group(item: pytest.Item) -> int:
        use = _database_use(item)
        if use == "rolls back":
            return 1 if _shares_the_guide(item) else 0
        return 2 if use == "commits" else 3

    items.sort(key=group)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_setup(item: pytest.Item):
    # Before the test's fixtures, so the guide is outside (under) the test's own transaction.
    if _shares_the_guide(item):
        shared_guide.open()
    return (yield)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None):
    try:
        return (yield)
    finally:
        if not _shares_the_guide(nextitem):
            shared_guide.close()


@pytest.fixture
def seeded_guide(db):
    """The real guide, as `make run` loads it (load_guide): its default career.

    A test may change it: the change is rolled back with the test's transaction (or, for a test that
    commits, emptied by Django after it), and the next test finds the guide as loaded.
    """
    from careerguide.models import Career

    career = Career.objects.filter(slug=SEEDED_CAREER).first()
    if career is None:
        call_command("load_guide", stdout=StringIO())
        career = Career.objects.get(slug=SEEDED_CAREER)
    return career
