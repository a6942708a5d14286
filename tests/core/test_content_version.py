"""The content version moves with every committed change of content (core/page_cache.py).

Cached pages are keyed by it, so each of these is also "the page shows the change at once".
"""

import os
import threading
from datetime import timedelta
from unittest import mock

import pytest
from django.db import connection, transaction
from django.test import Client
from django.utils import timezone

from careerguide.models import FAQEntry
from core import page_cache
from core.models import ContentVersion
from core.page_cache import CONTENT_MODELS, ContentQuerySet, content_version
from progress.models import Learner
from skills.models import Skill
from tests.factories import FAQEntryFactory, SkillFactory
from tests.progress_helpers import make_career

WAIT = 30  # seconds a thread waits for the other at most: a deadline, never a pause


def test_every_change_of_content_moves_it(db):
    career = make_career()
    seen = [content_version()]

    def moved() -> bool:
        seen.append(content_version())
        return seen[-1] != seen[-2]

    skill = Skill.objects.get(slug="tech-0")
    skill.summary = "Changed"
    skill.save()
    assert moved()
    skill.prerequisites.add(Skill.objects.get(slug="tech-1"))
    assert moved()
    FAQEntryFactory(career=career)
    assert moved()
    FAQEntry.objects.get().delete()
    assert moved()
    ContentQuerySet(Skill).filter(pk=skill.pk).update(summary="Updated in bulk")
    assert moved()
    ContentQuerySet(Skill).bulk_create([Skill(name="Bulk", slug="bulk", kind="technical", summary="s")])
    assert moved()
    Learner.objects.create()  # a learner's data is not content
    assert not moved()


@pytest.mark.parametrize("model", CONTENT_MODELS, ids=lambda model: model._meta.label)
def test_every_content_models_update_and_bulk_create_move_it(model):
    assert isinstance(model._default_manager.all(), ContentQuerySet)


def test_a_rolled_back_change_leaves_it_where_it_was(transactional_db):
    make_career()
    before = content_version()
    with pytest.raises(RuntimeError), transaction.atomic():
        SkillFactory(slug="never")
        raise RuntimeError
    assert content_version() == before


def test_a_process_reads_it_at_most_once_a_second(transactional_db, django_assert_num_queries):
    make_career()
    content_version()
    with django_assert_num_queries(0):
        remembered = content_version()

    # Another process commits a change: this one hears nothing, and reads it again within a second.
    ContentVersion.objects.filter(pk=1).update(token="from-another-process")
    assert content_version() == remembered
    later = page_cache.time.monotonic() + page_cache.VERSION_SECONDS
    with mock.patch.object(page_cache.time, "monotonic", return_value=later):
        assert content_version() == "from-another-process"


def test_a_change_this_process_commits_is_read_at_once(transactional_db):
    make_career()
    before = content_version()
    SkillFactory(slug="new")
    assert content_version() != before


@pytest.mark.postgres
@pytest.mark.skipif(
    not os.environ.get("DATABASE_URL", "").startswith("postgres"), reason="needs DATABASE_URL=postgres://..."
)
class TestOverlappingTransactions:
    """Two editors' transactions on PostgreSQL, in two connections, read through the page cache."""

    @pytest.fixture(autouse=True)
    def _guide(self, transactional_db):
        assert connection.vendor == "postgresql"
        make_career()
        self.reader = Client()
        for slug in ("tech-0", "tech-1"):
            assert self.reader.get(f"/skills/{slug}/").status_code == 200  # both pages stored

    def shows(self, slug: str, text: str) -> bool:
        return text in self.reader.get(f"/skills/{slug}/").content.decode()

    def test_the_one_that_started_first_and_commits_last_shows_at_once_despite_an_older_clock(self):
        first_began, second_committed, go_on = threading.Event(), threading.Event(), threading.Event()
        errors = []

        def first():
            try:
                with transaction.atomic():
                    Skill.objects.get(slug="tech-1")  # the transaction has begun
                    first_began.set()
                    assert go_on.wait(WAIT)
                    # Its clock runs an hour behind: the change is stamped before the second one's.
                    an_hour_ago = timezone.now() - timedelta(hours=1)
                    with mock.patch("django.utils.timezone.now", return_value=an_hour_ago):
                        skill = Skill.objects.get(slug="tech-1")
                        skill.summary = "The first transaction's words."
                        skill.save()
            except Exception as exc:  # reported by the main thread
                errors.append(exc)
            finally:
                connection.close()

        def second():
            try:
                assert first_began.wait(WAIT)
                with transaction.atomic():
                    skill = Skill.objects.get(slug="tech-0")
                    skill.summary = "The second transaction's words."
                    skill.save()
                second_committed.set()
            except Exception as exc:
                errors.append(exc)
            finally:
                connection.close()

        threads = [threading.Thread(target=first), threading.Thread(target=second)]
        for thread in threads:
            thread.start()
        assert second_committed.wait(WAIT), errors
        assert self.shows("tech-0", "The second transaction&#x27;s words.")
        assert not self.shows("tech-1", "The first transaction")
        go_on.set()
        threads[0].join(WAIT)
        assert not errors
        assert self.shows("tech-1", "The first transaction&#x27;s words.")
        assert self.shows("tech-0", "The second transaction&#x27;s words.")

    def test_the_one_that_writes_second_waits_for_the_first_to_commit(self):
        second_done = threading.Event()
        errors = []

        def second():
            try:
                with transaction.atomic():
                    skill = Skill.objects.get(slug="tech-0")
                    skill.summary = "Written second."
                    skill.save()
                second_done.set()
            except Exception as exc:
                errors.append(exc)
            finally:
                connection.close()

        thread = threading.Thread(target=second)
        with transaction.atomic():
            skill = Skill.objects.get(slug="tech-1")
            skill.summary = "Written first."
            skill.save()  # holds the version row until this commits
            thread.start()
            # The second write queues behind this transaction's version row: it cannot commit yet.
            assert not second_done.wait(0.5)
        assert self.shows("tech-1", "Written first.")
        assert second_done.wait(WAIT), errors
        thread.join(WAIT)
        assert self.shows("tech-0", "Written second.")

    def test_a_queryset_update_in_another_transaction_shows_when_it_commits(self):
        updated, checked = threading.Event(), threading.Event()
        errors = []

        def update():
            try:
                with transaction.atomic():
                    ContentQuerySet(Skill).filter(slug="tech-0").update(summary="Updated in bulk.")
                    updated.set()
                    assert checked.wait(WAIT)
            except Exception as exc:
                errors.append(exc)
            finally:
                connection.close()

        thread = threading.Thread(target=update)
        thread.start()
        assert updated.wait(WAIT), errors
        assert not self.shows("tech-0", "Updated in bulk.")  # not committed yet
        checked.set()
        thread.join(WAIT)
        assert not errors
        assert self.shows("tech-0", "Updated in bulk.")


def test_a_save_in_a_transaction_moves_it_once_before_the_change(db):
    from django.test.utils import CaptureQueriesContext

    skill = SkillFactory()
    skill.summary = "Changed"
    with CaptureQueriesContext(connection) as captured:
        skill.save()  # a test runs inside a transaction
    statements = [query["sql"] for query in captured.captured_queries if "core_contentversion" in query["sql"]]
    assert len(statements) == 1 and statements[0].startswith("UPDATE")
    first_content_write = next(i for i, q in enumerate(captured.captured_queries) if "skills_skill" in q["sql"])
    version_write = next(i for i, q in enumerate(captured.captured_queries) if "core_contentversion" in q["sql"])
    assert version_write < first_content_write  # the version row is locked first: no deadlock between editors
