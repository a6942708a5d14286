"""Delete the progress of visitors who can no longer reach it.

A visitor's progress is found through their session. Once a session has expired (by
SESSION_COOKIE_AGE without a change) nobody can open that progress again, so it is removed,
with its plans and history. Account holders' progress is never touched. Run it daily, after
Django's own `clearsessions`.

It works in batches of visitors, in primary-key order, each batch in a transaction of its own:
the locks last one batch, memory holds one batch of ids, and an interrupted run keeps what it
deleted (the next run carries on).
"""

from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.db.models import Max, Q
from django.utils import timezone

from progress.models import Learner

BATCH_SIZE = 1000


class Command(BaseCommand):
    help = "Delete visitors' progress that their expired sessions can no longer reach."

    def add_arguments(self, parser):
        parser.add_argument(
            "--batch-size", type=int, default=BATCH_SIZE, help=f"Visitors looked at per transaction ({BATCH_SIZE})."
        )

    def handle(self, *args, batch_size: int, **options):
        if batch_size < 1:
            self.stderr.write("--batch-size must be at least 1.")
            raise SystemExit(2)
        cutoff = timezone.now() - timedelta(seconds=settings.SESSION_COOKIE_AGE)
        old_visitors = Learner.objects.filter(user__isnull=True, created_at__lt=cutoff).order_by("pk")
        deleted = batches = 0
        after = 0
        while True:
            ids = list(old_visitors.filter(pk__gt=after).values_list("pk", flat=True)[:batch_size])
            if not ids:
                break
            after = ids[-1]
            batches += 1
            with transaction.atomic():
                stale = (
                    Learner.objects.filter(pk__in=ids, user__isnull=True)
                    .annotate(last_change=Max("events__created_at"))
                    .filter(Q(last_change__isnull=True) | Q(last_change__lt=cutoff))
                    .values_list("pk", flat=True)
                )
                deleted += Learner.objects.filter(pk__in=list(stale)).delete()[1].get("progress.Learner", 0)
            if options["verbosity"] > 1:
                self.stdout.write(f"Batch {batches}: {deleted} deleted so far.")
        self.stdout.write(f"Deleted {deleted} visitors' progress ({batches} {'batch' if batches == 1 else 'batches'}).")
