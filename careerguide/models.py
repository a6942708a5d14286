"""The guide's own content: careers, their FAQ and the further resources."""

from __future__ import annotations

from django.db import models
from django.urls import reverse
from simple_history.models import HistoricalRecords


class Status(models.TextChoices):
    DRAFT = "draft", "Draft"
    PUBLISHED = "published", "Published"


class PublishableQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=Status.PUBLISHED)

    def visible_to(self, user):
        """Published entries for everyone; drafts too for people who may edit content."""
        if user.is_authenticated and user.is_staff:
            return self
        return self.published()


class Publishable(models.Model):
    """Fields every piece of editable content shares."""

    status = models.CharField(max_length=10, choices=Status.choices, default=Status.DRAFT, db_index=True)
    order = models.PositiveIntegerField(default=0, help_text="Lower numbers come first.")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = PublishableQuerySet.as_manager()

    class Meta:
        abstract = True

    @property
    def is_published(self) -> bool:
        return self.status == Status.PUBLISHED


class Career(Publishable):
    """A role the guide is about, such as ML Ops Engineer."""

    name = models.CharField(max_length=120, unique=True)
    slug = models.SlugField(max_length=120, unique=True, help_text="Part of the URL; kept when the name changes.")
    tagline = models.CharField(max_length=200, blank=True)
    summary = models.TextField(help_text="One or two sentences; also the page's meta description.")
    introduction = models.TextField(blank=True, help_text="Markdown. Opens the guide.")
    role_description = models.TextField(blank=True, help_text="Markdown. What the role is and does.")
    responsibilities = models.TextField(blank=True, help_text="Markdown. A typical week's work.")
    conclusion = models.TextField(blank=True, help_text="Markdown. Closes the guide.")
    is_default = models.BooleanField(default=False, help_text="The career the home page shows.")
    skills = models.ManyToManyField("skills.Skill", through="skills.CareerSkill", related_name="careers", blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["order", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["is_default"],
                condition=models.Q(is_default=True),
                name="one_default_career",
                violation_error_message="Another career is already the default; untick it there first.",
            )
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("guide:career", kwargs={"slug": self.slug})


class FAQEntry(Publishable):
    career = models.ForeignKey(Career, on_delete=models.CASCADE, related_name="faq_entries")
    question = models.CharField(max_length=300)
    answer = models.TextField(help_text="Markdown.")
    history = HistoricalRecords()

    class Meta:
        ordering = ["career", "order", "id"]
        verbose_name = "FAQ entry"
        verbose_name_plural = "FAQ entries"

    def __str__(self) -> str:
        return self.question

    def get_absolute_url(self) -> str:
        return reverse("guide:faq", kwargs={"slug": self.career.slug}) + f"#faq-{self.pk}"


class ResourceKind(models.TextChoices):
    ONLINE_COURSE = "online_course", "Online course"
    BOOK = "book", "Book"
    CERTIFICATION = "certification", "Certification program"
    CONFERENCE = "conference", "Conference"
    COMMUNITY = "community", "Community"
    DOCUMENTATION = "documentation", "Documentation"
    TOOL = "tool", "Open-source tool"


class Resource(Publishable):
    title = models.CharField(max_length=200)
    url = models.URLField(max_length=500, help_text="Must start with https:// or http://.")
    kind = models.CharField(max_length=20, choices=ResourceKind.choices, db_index=True)
    provider = models.CharField(max_length=200, blank=True, help_text="Publisher, platform, author or organiser.")
    is_free = models.BooleanField(default=False, help_text="Free to use (free to audit counts as free).")
    description = models.TextField(blank=True, help_text="A sentence or two: what it is and who it is for.")
    skills = models.ManyToManyField("skills.Skill", related_name="resources", blank=True)
    pathways = models.ManyToManyField("pathways.Pathway", related_name="resources", blank=True)
    verified_on = models.DateField(null=True, blank=True, help_text="When someone last checked the link works.")
    history = HistoricalRecords(m2m_fields=[skills, pathways])

    class Meta:
        ordering = ["kind", "order", "title"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("guide:resources") + f"#resource-{self.pk}"
