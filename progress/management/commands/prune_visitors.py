"""Delete the progress of visitors who can no longer reach it.

A visitor's progress is found through their session. Once a session has expired (by
SESSION_COOKIE_AGE without a change) nobody can open that progress again, so it is removed,
with its plans and history. Account holders' progress is never touched. Run it daily, after
Django's own `clearsessions`.
"""

from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db.models import Max, Q
from django.utils import timezone

from progress.models import Learner


class Command(BaseCommand):
    help = "Delete visitors' progress that their expired sessions can no longer reach."

    def handle(self, *args, **options):
        cutoff = timezone.now() - timedelta(seconds=settings.SESSION_COOKIE_AGE)
        stale = (
            Learner.objects.filter(user__isnull=True, created_at__lt=cutoff)
            .annotate(last_change=Max("events__created_at"))
            .filter(Q(last_change__isnull=True) | Q(last_change__lt=cutoff))
        )
        deleted = Learner.objects.filter(pk__in=list(stale.values_list("pk", flat=True))).delete()[1]
        self.stdout.write(f"Deleted {deleted.get('progress.Learner', 0)} visitors' progress.")
