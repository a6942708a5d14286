"""Pathway content: the routes into the field, each with its milestones."""

from __future__ import annotations

from django.db import models
from django.urls import reverse
from simple_history.models import HistoricalRecords

from core.content import Publishable
from core.page_cache import ContentQuerySet, shown_on_pages


class PathwayFormat(models.TextChoices):
    IN_PERSON = "in_person", "In person"
    ONLINE = "online", "Online"
    HYBRID = "hybrid", "Online or in person"
    ON_THE_JOB = "on_the_job", "On the job"
    SELF_DIRECTED = "self_directed", "Self-directed"


@shown_on_pages
class Pathway(Publishable):
    name = models.CharField(max_length=120, unique=True)
    slug = models.SlugField(max_length=120, unique=True, help_text="Part of the URL; kept when the name changes.")
    summary = models.CharField(max_length=300, help_text="One sentence; also the page's meta description.")
    body = models.TextField(blank=True, help_text="Markdown.")
    suits = models.TextField("Who it suits", blank=True, help_text="Markdown.")
    duration_min_months = models.PositiveSmallIntegerField(null=True, blank=True)
    duration_max_months = models.PositiveSmallIntegerField(null=True, blank=True)
    duration_note = models.CharField(max_length=200, blank=True, help_text='For example "ongoing, a few hours a week".')
    cost_min_usd = models.PositiveIntegerField(null=True, blank=True)
    cost_max_usd = models.PositiveIntegerField(null=True, blank=True)
    cost_note = models.CharField(max_length=200, blank=True)
    format = models.CharField(max_length=20, choices=PathwayFormat.choices)
    credential = models.CharField(max_length=200, blank=True, help_text='What you come away with, or "None".')
    pros = models.TextField(blank=True, help_text="Markdown list.")
    cons = models.TextField(blank=True, help_text="Markdown list.")
    skills = models.ManyToManyField("skills.Skill", related_name="pathways", blank=True, help_text="Skills it builds.")
    history = HistoricalRecords(m2m_fields=[skills])

    class Meta:
        ordering = ["order", "name"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(duration_max_months__isnull=True)
                | models.Q(duration_min_months__isnull=True)
                | models.Q(duration_max_months__gte=models.F("duration_min_months")),
                name="pathway_duration_range",
            ),
            models.CheckConstraint(
                condition=models.Q(cost_max_usd__isnull=True)
                | models.Q(cost_min_usd__isnull=True)
                | models.Q(cost_max_usd__gte=models.F("cost_min_usd")),
                name="pathway_cost_range",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("pathways:detail", kwargs={"slug": self.slug})

    @property
    def duration_display(self) -> str:
        return _range_display(self.duration_min_months, self.duration_max_months, _months, self.duration_note)

    @property
    def cost_display(self) -> str:
        return _range_display(self.cost_min_usd, self.cost_max_usd, _dollars, self.cost_note)


@shown_on_pages
class PathwayStep(models.Model):
    """A milestone on a pathway, which learners tick off."""

    pathway = models.ForeignKey(Pathway, on_delete=models.CASCADE, related_name="steps")
    title = models.CharField(max_length=200)
    description = models.TextField(blank=True, help_text="Markdown.")
    order = models.PositiveIntegerField(default=0)
    objects = ContentQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["order", "id"]

    def __str__(self) -> str:
        return self.title


def _months(months: int) -> str:
    if months >= 12 and months % 12 == 0:
        years = months // 12
        return f"{years} year" + ("s" if years != 1 else "")
    return f"{months} month" + ("s" if months != 1 else "")


def _dollars(amount: int) -> str:
    return "free" if amount == 0 else f"${amount:,}"


def _range_display(low, high, fmt, note: str) -> str:
    if low is None and high is None:
        text = ""
    elif high is None or low == high:
        text = fmt(low if low is not None else high) + ("" if high is not None else " or more")
    elif low is None:
        text = "up to " + fmt(high)
    elif low == 0 and fmt is _dollars:
        text = f"free to {fmt(high)}"
    elif fmt is _months and low % 12 == 0 and high % 12 == 0 and low:
        text = f"{low // 12}–{_months(high)}"
    else:
        text = f"{fmt(low)}–{fmt(high)}"
    if note:
        return f"{text} ({note})" if text else note
    return text
