"""Indexes for a hundred thousand learners with years of history (issue 13; bench/plans.py shows the plans).

- progress_event_learner_time: a learner's events newest first (the dashboard's recent changes and its
  chart, LIMIT 20 and 200) were read by walking the whole table's created_at index backwards and
  skipping other learners' events, or by sorting all of the learner's; now they are read in order.
- progress_visitor_created: prune_visitors' visitors created before the session lifetime, without
  reading every learner (a partial index: visitors only).
"""

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('progress', '0004_learner_plan'),
    ]

    operations = [
        migrations.AddIndex(
            model_name='learner',
            index=models.Index(condition=models.Q(('user__isnull', True)), fields=['created_at'], name='progress_visitor_created'),
        ),
        migrations.AddIndex(
            model_name='progressevent',
            index=models.Index(fields=['learner', 'created_at', 'id'], name='progress_event_learner_time'),
        ),
    ]
