"""Skill content: what an ML Ops engineer needs to know, with a five-level rubric each."""

from __future__ import annotations

from django.core.validators import MaxValueValidator
from django.db import models
from django.urls import reverse
from simple_history.models import HistoricalRecords

from core.content import Publishable
from core.page_cache import shown_on_pages

LEVELS = range(5)
LEVEL_NAMES = {0: "None", 1: "Aware", 2: "Beginner", 3: "Practitioner", 4: "Expert"}


class SkillKind(models.TextChoices):
    TECHNICAL = "technical", "Technical"
    SOFT = "soft", "Soft"


@shown_on_pages
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
    beyond_article = models.BooleanField(
        "Beyond the source article",
        default=False,
        help_text="One of the skills the guide adds to the ten of the article it grew from; the site says so.",
    )
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


@shown_on_pages
class Topic(Publishable):
    """One concrete thing to learn within a skill, which learners tick off (e.g. Docker images)."""

    skill = models.ForeignKey(Skill, on_delete=models.CASCADE, related_name="topics")
    name = models.CharField(max_length=120)
    slug = models.SlugField(max_length=120, unique=True, help_text="Part of the URL; kept when the name changes.")
    summary = models.CharField(max_length=300, help_text="One sentence; also the page's meta description.")
    body = models.TextField(
        blank=True, help_text="Markdown. What it is, why it matters in ML Ops, what knowing it looks like."
    )
    tools = models.TextField(blank=True, help_text="The tools it involves, one per line.")
    hours = models.PositiveSmallIntegerField(
        default=0, validators=[MaxValueValidator(500)], help_text="An honest estimate of the hours of study it takes."
    )
    prerequisites = models.ManyToManyField(
        "self", symmetrical=False, related_name="unlocks", blank=True, help_text="Topics to learn first."
    )
    history = HistoricalRecords(m2m_fields=[prerequisites])

    class Meta:
        ordering = ["skill__order", "skill__name", "order", "name"]
        constraints = [models.UniqueConstraint(fields=["skill", "name"], name="unique_topic_name_per_skill")]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("skills:topic", kwargs={"skill_slug": self.skill.slug, "slug": self.slug})

    @property
    def tool_list(self) -> list[str]:
        return [line.strip() for line in self.tools.splitlines() if line.strip()]


def prerequisite_cycle(topic: Topic, prerequisites) -> Topic | None:
    """The prerequisite that would make topic depend on itself, or None (one query per layer walked)."""
    seen: set[int] = set()
    layer = {prerequisite.pk for prerequisite in prerequisites}
    if topic.pk in layer:
        return topic
    by_pk = {prerequisite.pk: prerequisite for prerequisite in prerequisites}
    origin = {pk: pk for pk in layer}
    while layer:
        seen |= layer
        edges = Topic.prerequisites.through.objects.filter(from_topic__in=layer).values_list("from_topic", "to_topic")
        next_layer = set()
        for source, target in edges:
            if target == topic.pk:
                return by_pk[origin[source]]
            if target not in seen:
                origin[target] = origin[source]
                next_layer.add(target)
        layer = next_layer
    return None
