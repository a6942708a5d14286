from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator
from django.db import models
from django.urls import reverse
from simple_history.models import HistoricalRecords

from careerguide.models import Publishable

LEVELS = range(5)
LEVEL_NAMES = {0: "None", 1: "Aware", 2: "Beginner", 3: "Practitioner", 4: "Expert"}


class SkillKind(models.TextChoices):
    TECHNICAL = "technical", "Technical"
    SOFT = "soft", "Soft"


class Skill(Publishable):
    name = models.CharField(max_length=120, unique=True)
    slug = models.SlugField(max_length=120, unique=True, help_text="Part of the URL; kept when the name changes.")
    kind = models.CharField(max_length=10, choices=SkillKind.choices, db_index=True)
    summary = models.CharField(max_length=300, help_text="One sentence; also the page's meta description.")
    body = models.TextField(blank=True, help_text="Markdown. What the skill is.")
    why_it_matters = models.TextField(blank=True, help_text="Markdown. Why an ML Ops engineer needs it.")
    what_to_learn = models.TextField(blank=True, help_text="Markdown. Subtopics, as a list.")
    tools = models.TextField(blank=True, help_text="Markdown. The tools people really use.")
    rubric_level_0 = models.TextField("Level 0: none", blank=True)
    rubric_level_1 = models.TextField("Level 1: aware", blank=True)
    rubric_level_2 = models.TextField("Level 2: beginner", blank=True)
    rubric_level_3 = models.TextField("Level 3: practitioner", blank=True)
    rubric_level_4 = models.TextField("Level 4: expert", blank=True)
    prerequisites = models.ManyToManyField(
        "self", symmetrical=False, related_name="unlocks", blank=True, help_text="Skills to learn first."
    )
    last_reviewed = models.DateField(null=True, blank=True)
    history = HistoricalRecords(m2m_fields=[prerequisites])

    class Meta:
        ordering = ["order", "name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("skills:detail", kwargs={"slug": self.slug})

    @property
    def rubric(self) -> list[tuple[int, str, str]]:
        """(level, level name, description) for levels 0 to 4."""
        return [(level, LEVEL_NAMES[level], getattr(self, f"rubric_level_{level}")) for level in LEVELS]


class CareerSkill(models.Model):
    """A skill a career needs, and the level it needs it at."""

    career = models.ForeignKey("careerguide.Career", on_delete=models.CASCADE, related_name="career_skills")
    skill = models.ForeignKey(Skill, on_delete=models.CASCADE, related_name="career_skills")
    target_level = models.PositiveSmallIntegerField(default=3, validators=[MaxValueValidator(4)])
    order = models.PositiveIntegerField(default=0)
    history = HistoricalRecords()

    class Meta:
        ordering = ["order", "id"]
        constraints = [
            models.UniqueConstraint(fields=["career", "skill"], name="unique_career_skill"),
            models.CheckConstraint(condition=models.Q(target_level__lte=4), name="career_skill_target_level_0_4"),
        ]

    def __str__(self) -> str:
        return f"{self.career} needs {self.skill} at level {self.target_level}"


class Learner(models.Model):
    """Whoever tracks progress: an account holder, or a visitor known only by their session.

    A visitor's Learner id is kept in their session; when they sign up or log in, their
    progress moves to the account's Learner (see services.learner_claim_session).
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

    def __str__(self) -> str:
        return f"Learner {self.pk}" + (f" ({self.user})" if self.user_id else " (visitor)")


class ProgressStatus(models.TextChoices):
    NOT_STARTED = "not_started", "Not started"
    LEARNING = "learning", "Learning"
    DONE = "done", "Done"
    SKIPPED = "skipped", "Skipped"


class SkillProgress(models.Model):
    """One learner's progress on one skill. Skills are PROTECTed so progress is never lost."""

    learner = models.ForeignKey(Learner, on_delete=models.CASCADE, related_name="skill_progress")
    skill = models.ForeignKey(Skill, on_delete=models.PROTECT, related_name="progress")
    status = models.CharField(max_length=12, choices=ProgressStatus.choices, default=ProgressStatus.NOT_STARTED)
    level = models.PositiveSmallIntegerField(default=0, validators=[MaxValueValidator(4)])
    notes = models.TextField(blank=True, max_length=5000)
    evidence_links = models.TextField(blank=True, max_length=3000, help_text="One URL per line.")
    target_date = models.DateField(null=True, blank=True)
    updated_at = models.DateTimeField()

    class Meta:
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


class ProgressEvent(models.Model):
    """One recorded change of a learner's progress, for their history and its chart."""

    learner = models.ForeignKey(Learner, on_delete=models.CASCADE, related_name="events")
    skill = models.ForeignKey(Skill, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    step = models.ForeignKey("pathways.PathwayStep", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    description = models.CharField(max_length=300)
    overall_percent = models.PositiveSmallIntegerField(help_text="Overall progress right after this change.")
    created_at = models.DateTimeField(db_index=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return self.description
