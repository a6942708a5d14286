"""Fixtures every app's tests share: the personas, an empty cache, and the real guide seeded once.

Browser fixtures are in tests/browser/conftest.py.
"""

from contextlib import ExitStack
from io import StringIO

import pytest
from django.apps import apps
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import IntegrityError, connection, models, transaction

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


# pytest-xdist: tests that run together on one worker
#
# `--dist loadgroup` (pyproject.toml) hands the tests out one by one, except those with the same
# xdist_group mark, which go to one worker together. pytest-xdist 3.8 does that by renaming the marked
# tests, which pytest 9.2's structured node ids no longer allow, so under pytest 9.2 the marks are ignored
# and the group is split (pytest-xdist issue 1386). The scheduler below therefore also keeps together,
# by module, the tests of the modules named here; tests/operations/test_worker_isolation.py checks that
# every module with an xdist_group mark is named, under the same group.
ONE_WORKER_MODULES = {"tests/operations/test_scale_out.py": "scale-out"}


@pytest.hookimpl(optionalhook=True, tryfirst=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log):
    if config.getvalue("dist") != "loadgroup":
        return None
    from xdist.scheduler import LoadGroupScheduling

    class ModuleGroupScheduling(LoadGroupScheduling):
        def _split_scope(self, nodeid: str) -> str:
            group = ONE_WORKER_MODULES.get(nodeid.split("::", 1)[0])
            return f"@{group}" if group else super()._split_scope(nodeid)

    return ModuleGroupScheduling(config, log)


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
# module run alone), `seeded_guide` puts the guide in itself when it is not there: the first time in
# this process with load_guide, and after that by writing back the rows that load kept (GuideRows).


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


def _models() -> list[type[models.Model]]:
    """Every table's model, many-to-many tables included."""
    return [
        model for model in apps.get_models(include_auto_created=True) if model._meta.managed and not model._meta.proxy
    ]


class GuideRows:
    """The rows the first load_guide in this process wrote, written back as they were for each later test
    that needs the guide: one bulk insert a table instead of the loader's thousands of validated saves,
    history rows and search-index updates (seconds per test, a minute in all on a browser test run).

    The rows are kept only from a load into a database without content, so they are the whole guide and
    nothing else; they are written back only into tables that are empty (else load_guide runs as before), with
    a new content version and, on PostgreSQL, the sequences moved past them. Search finds them: SQLite's
    full-text triggers and PostgreSQL's generated column index the search rows as they are inserted.
    tests/operations/test_guide_rows.py checks that load_guide then finds every entry as it would write it.
    """

    def __init__(self):
        self.rows: dict[type[models.Model], list[dict]] | None = None

    def load(self) -> None:
        if self.rows is not None and self._write_back():
            return
        before = {model: set(model._base_manager.values_list("pk", flat=True)) for model in _models()}
        call_command("load_guide", stdout=StringIO())
        rows = {}
        for model in _models():
            names = [field.attname for field in model._meta.concrete_fields]
            added = [
                row for row in model._base_manager.values(*names) if row[model._meta.pk.attname] not in before[model]
            ]
            if added:
                if before[model]:
                    return  # loaded over content that was there already: these rows are not the guide alone
                rows[model] = added
        self.rows = rows

    def _write_back(self) -> bool:
        """Writes the rows back; False, having written nothing, where any of their tables has rows already."""
        if any(model._base_manager.exists() for model in self.rows):
            return False
        from core import page_cache

        try:
            with transaction.atomic():
                for model, rows in self.rows.items():
                    model._base_manager.bulk_create([model(**row) for row in rows])
                with connection.cursor() as cursor:
                    for sql in connection.ops.sequence_reset_sql(no_style(), list(self.rows)):
                        cursor.execute(sql)
                page_cache.content_changed(before=True)  # a new content version, as a load gives
        except IntegrityError:
            return False  # a test made an entry with a seeded name before asking for the guide
        return True


guide_rows = GuideRows()


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
            guide_rows.load()

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
    tests that share the seeded guide last among those that roll back. Within each of these, the browser
    and operational tests (seconds to a minute each) come first: the workers take tests in this order, so
    the long ones start while short ones are left to fill in, and no worker ends alone on a long test."""

    def group(item: pytest.Item) -> tuple[int, bool]:
        use = _database_use(item)
        if use == "rolls back":
            return 1 if _shares_the_guide(item) else 0, _quick(item)
        return 2 if use == "commits" else 3, _quick(item)

    def _quick(item: pytest.Item) -> bool:
        return item.get_closest_marker("browser") is None and item.get_closest_marker("ops") is None

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
        guide_rows.load()
        career = Career.objects.get(slug=SEEDED_CAREER)
    return career
