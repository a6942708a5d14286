from datetime import timedelta
from io import StringIO

import pytest
from django.conf import settings
from django.core.management import call_command
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
    assert "Deleted 2 visitors' progress." in out.getvalue()
