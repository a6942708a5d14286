"""Everything a learner records: who they are, their progress on each skill, its history, and
the pathways they follow with the steps they have ticked off.

The tables keep the names they had before this app existed (skills_*, pathways_*), so
databases made by the older layout move here without copying a row.
"""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models

MAX_HOURS_PER_WEEK = 80


class Learner(models.Model):
    """Whoever tracks progress: an account holder, or a visitor known only by their session.

    A visitor's Learner id is kept in their session; when they sign up or log in, their
    progress moves to the account's Learner (see progress.services.learner_claim_session).
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.CASCADE, related_name="learner"
    )
    career = models.ForeignKey(
        "careerguide.Career",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The career being followed; the default career when empty.",
    )
    share_token = models.CharField(max_length=64, unique=True, null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    # Counts the learner's changes, in the same transaction as each (progress.services): with the
    # career and the share link it is the version of their dashboard, read with the learner.
    changes = models.PositiveBigIntegerField(default=0, editable=False)
    # The learner's plan (progress.selectors.learner_plan): the study time they have each week, and the
    # secret of their private calendar feed of target dates (revoked by clearing it, like share_token).
    hours_per_week = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(MAX_HOURS_PER_WEEK)],
        help_text="The hours of study a week the learner says they have; their weekly plan fits it.",
    )
    calendar_token = models.CharField(max_length=64, unique=True, null=True, blank=True)

    class Meta:
        db_table = "skills_learner"
        indexes = [
            # prune_visitors looks for visitors created before their sessions' lifetime: once it runs daily,
            # a day's worth among all of them, which this finds without reading the table (issue 13).
            models.Index(fields=["created_at"], condition=models.Q(user__isnull=True), name="progress_visitor_created"),
        ]

    def __str__(self) -> str:
        return f"Learner {self.pk}" + (f" ({self.user})" if self.user_id else " (visitor)")


class ProgressStatus(models.TextChoices):
    NOT_STARTED = "not_started", "Not started"
    LEARNING = "learning", "Learning"
    DONE = "done", "Done"
    SKIPPED = "skipped", "Skipped"


# The learner foreign keys below carry no index of their own (db_index=False): each table's unique
# constraint or index starts with learner_id and serves every lookup by learner (migration 0006).


class SkillProgress(models.Model):
    """One learner's progress on one skill. Skills are PROTECTed so progress is never lost."""

    learner = models.ForeignKey(Learner, on_delete=models.CASCADE, related_name="skill_progress", db_index=False)
    skill = models.ForeignKey("skills.Skill", on_delete=models.PROTECT, related_name="progress")
    status = models.CharField(max_length=12, choices=ProgressStatus.choices, default=ProgressStatus.NOT_STARTED)
    level = models.PositiveSmallIntegerField(default=0, validators=[MaxValueValidator(4)])
    notes = models.TextField(blank=True, max_length=5000)
    evidence_links = models.TextField(blank=True, max_length=3000, help_text="One URL per line.")
    target_date = models.DateField(null=True, blank=True)
    updated_at = models.DateTimeField()

    class Meta:
        db_table = "skills_skillprogress"
        ordering = ["skill__order", "skill__name"]
        verbose_name_plural = "skill progress"
        constraints = [
            models.UniqueConstraint(fields=["learner", "skill"], name="unique_progress_per_learner_skill"),
            models.CheckConstraint(condition=models.Q(level__lte=4), name="skill_progress_level_0_4"),
        ]

    def __str__(self) -> str:
        return f"{self.learner}: {self.skill} {self.status} {self.level}"

    @property
    def evidence_urls(self) -> list[str]:
        return [line.strip() for line in self.evidence_links.splitlines() if line.strip()]


class TopicProgress(models.Model):
    """One learner's status on one topic of a skill. Topics are PROTECTed so progress is never lost."""

    learner = models.ForeignKey(Learner, on_delete=models.CASCADE, related_name="topic_progress", db_index=False)
    topic = models.ForeignKey("skills.Topic", on_delete=models.PROTECT, related_name="progress")
    status = models.CharField(max_length=12, choices=ProgressStatus.choices, default=ProgressStatus.NOT_STARTED)
    updated_at = models.DateTimeField()

    class Meta:
        verbose_name_plural = "topic progress"
        constraints = [models.UniqueConstraint(fields=["learner", "topic"], name="unique_progress_per_learner_topic")]

    def __str__(self) -> str:
        return f"{self.learner}: {self.topic} {self.status}"


class ProgressEvent(models.Model):
    """One recorded change of a learner's progress, for their history and its chart."""

    learner = models.ForeignKey(Learner, on_delete=models.CASCADE, related_name="events", db_index=False)
    skill = models.ForeignKey("skills.Skill", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    step = models.ForeignKey("pathways.PathwayStep", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    topic = models.ForeignKey("skills.Topic", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    description = models.CharField(max_length=300)
    overall_percent = models.PositiveSmallIntegerField(help_text="Overall progress right after this change.")
    created_at = models.DateTimeField(db_index=True)

    class Meta:
        db_table = "skills_progressevent"
        ordering = ["-created_at", "-id"]
        indexes = [
            # A learner's history, newest first (the dashboard's list and chart, the export, prune_visitors'
            # last change): read in order from the index, however long the history (issue 13).
            models.Index(fields=["learner", "created_at", "id"], name="progress_event_learner_time"),
        ]

    def __str__(self) -> str:
        return self.description


class PathwayPlan(models.Model):
    """A learner follows a pathway."""

    learner = models.ForeignKey(Learner, on_delete=models.CASCADE, related_name="pathway_plans", db_index=False)
    pathway = models.ForeignKey("pathways.Pathway", on_delete=models.PROTECT, related_name="plans")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        db_table = "pathways_pathwayplan"
        ordering = ["pathway__order", "pathway__name"]
        constraints = [models.UniqueConstraint(fields=["learner", "pathway"], name="unique_plan_per_learner_pathway")]

    def __str__(self) -> str:
        return f"{self.learner} follows {self.pathway}"


class StepCompletion(models.Model):
    """A learner ticked off a pathway step."""

    learner = models.ForeignKey(Learner, on_delete=models.CASCADE, related_name="step_completions", db_index=False)
    step = models.ForeignKey("pathways.PathwayStep", on_delete=models.PROTECT, related_name="completions")
    completed_at = models.DateTimeField()

    class Meta:
        db_table = "pathways_stepcompletion"
        constraints = [models.UniqueConstraint(fields=["learner", "step"], name="unique_completion_per_learner_step")]

    def __str__(self) -> str:
        return f"{self.learner} completed {self.step}"
