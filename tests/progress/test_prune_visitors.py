import re
from datetime import timedelta
from io import StringIO

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from progress import services
from progress.models import Learner, ProgressEvent, SkillProgress
from skills.models import Skill
from tests.progress_helpers import account_learner, make_career

pytestmark = pytest.mark.django_db
LONG_AGO = timezone.now() - timedelta(seconds=settings.SESSION_COOKIE_AGE + 3600)


def _visitor(*, created: object, changed: object | None) -> Learner:
    learner = Learner.objects.create()
    Learner.objects.filter(pk=learner.pk).update(created_at=created)
    if changed is not None:
        services.progress_update(learner=learner, skill=Skill.objects.get(slug="tech-0"), changes={"level": 1})
        ProgressEvent.objects.filter(learner=learner).update(created_at=changed)
    return learner


def test_it_deletes_only_visitors_whose_sessions_have_expired(alice):
    make_career()
    gone_quiet = _visitor(created=LONG_AGO, changed=LONG_AGO)
    never_tracked = _visitor(created=LONG_AGO, changed=None)
    still_active = _visitor(created=LONG_AGO, changed=timezone.now())
    brand_new = _visitor(created=timezone.now(), changed=None)
    account = account_learner(alice)
    Learner.objects.filter(pk=account.pk).update(created_at=LONG_AGO)

    out = StringIO()
    call_command("prune_visitors", stdout=out)

    remaining = set(Learner.objects.values_list("pk", flat=True))
    assert remaining == {still_active.pk, brand_new.pk, account.pk}
    assert not SkillProgress.objects.filter(learner_id__in=[gone_quiet.pk, never_tracked.pk]).exists()
    assert "Deleted 2 visitors' progress (1 batch)." in out.getvalue()


def test_it_deletes_in_batches_each_in_a_transaction_of_its_own():
    """Locks last one batch and memory holds one batch of ids, however many visitors have expired."""
    make_career()
    expired = [_visitor(created=LONG_AGO, changed=LONG_AGO) for _ in range(23)]
    active = _visitor(created=LONG_AGO, changed=timezone.now())  # among the old ones: looked at, kept
    out = StringIO()
    with CaptureQueriesContext(connection) as queries:
        call_command("prune_visitors", "--batch-size", "10", stdout=out)
    assert "Deleted 23 visitors' progress (3 batches)." in out.getvalue()
    assert set(Learner.objects.values_list("pk", flat=True)) == {active.pk}
    assert not ProgressEvent.objects.filter(learner_id__in=[learner.pk for learner in expired]).exists()
    statements = [query["sql"] for query in queries.captured_queries]
    # Each batch in its own transaction (savepoints inside the test's own transaction).
    assert sum(sql.startswith("SAVEPOINT") for sql in statements) == 3
    # No statement names more than a batch of learners.
    for sql in statements:
        for listed in re.findall(r"IN \(([^)]*)\)", sql):
            assert len(listed.split(",")) <= 10, sql


def test_a_batch_size_below_one_is_refused():
    err = StringIO()
    with pytest.raises(SystemExit):
        call_command("prune_visitors", "--batch-size", "0", stderr=err)
    assert "--batch-size must be at least 1." in err.getvalue()
