"""The guide's own content: careers, the skills and pathways each one names, their FAQ and the
further resources. The top of the content apps: it builds on skills and pathways, which know
nothing of it."""

from __future__ import annotations

from django.core.validators import MaxValueValidator
from django.db import models
from django.urls import reverse
from simple_history.models import HistoricalRecords

from core.content import Publishable
from core.page_cache import ContentQuerySet, shown_on_pages


@shown_on_pages
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
    skills = models.ManyToManyField("skills.Skill", through="CareerSkill", related_name="careers", blank=True)
    pathways = models.ManyToManyField(
        "pathways.Pathway",
        related_name="careers",
        blank=True,
        help_text="Pathways into this career.",
        # The table the link had when pathways named their careers; kept so nothing moves.
        db_table="pathways_pathway_careers",
    )
    history = HistoricalRecords(m2m_fields=[pathways])

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


@shown_on_pages
class CareerSkill(models.Model):
    """A skill a career needs, and the level it needs it at."""

    career = models.ForeignKey(Career, on_delete=models.CASCADE, related_name="career_skills")
    skill = models.ForeignKey("skills.Skill", on_delete=models.CASCADE, related_name="career_skills")
    target_level = models.PositiveSmallIntegerField(default=3, validators=[MaxValueValidator(4)])
    order = models.PositiveIntegerField(default=0)
    # Table names from when this model lived in the skills app.
    objects = ContentQuerySet.as_manager()
    history = HistoricalRecords(table_name="skills_historicalcareerskill")

    class Meta:
        db_table = "skills_careerskill"
        ordering = ["order", "id"]
        constraints = [
            models.UniqueConstraint(fields=["career", "skill"], name="unique_career_skill"),
            models.CheckConstraint(condition=models.Q(target_level__lte=4), name="career_skill_target_level_0_4"),
        ]

    def __str__(self) -> str:
        return f"{self.career} needs {self.skill} at level {self.target_level}"


@shown_on_pages
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


@shown_on_pages
class Resource(Publishable):
    title = models.CharField(max_length=200)
    url = models.URLField(max_length=500, help_text="Must start with https:// or http://.")
    kind = models.CharField(max_length=20, choices=ResourceKind.choices, db_index=True)
    provider = models.CharField(max_length=200, blank=True, help_text="Publisher, platform, author or organiser.")
    is_free = models.BooleanField(default=False, help_text="Free to use (free to audit counts as free).")
    description = models.TextField(blank=True, help_text="A sentence or two: what it is and who it is for.")
    skills = models.ManyToManyField("skills.Skill", related_name="resources", blank=True)
    pathways = models.ManyToManyField("pathways.Pathway", related_name="resources", blank=True)
    topics = models.ManyToManyField("skills.Topic", through="TopicResource", related_name="resources", blank=True)
    verified_on = models.DateField(null=True, blank=True, help_text="When someone last checked the link works.")
    history = HistoricalRecords(m2m_fields=[skills, pathways])

    class Meta:
        ordering = ["kind", "order", "title"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("guide:resources") + f"#resource-{self.pk}"


@shown_on_pages
class TopicResource(models.Model):
    """A resource listed on a topic's page; one of a topic's resources is where to start."""

    topic = models.ForeignKey("skills.Topic", on_delete=models.CASCADE, related_name="topic_resources")
    resource = models.ForeignKey(Resource, on_delete=models.CASCADE, related_name="topic_resources")
    start_here = models.BooleanField(default=False, help_text="The one to begin with; listed first.")
    order = models.PositiveIntegerField(default=0)
    objects = ContentQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["-start_here", "order", "id"]
        constraints = [
            models.UniqueConstraint(fields=["topic", "resource"], name="unique_topic_resource"),
            models.UniqueConstraint(
                fields=["topic"],
                condition=models.Q(start_here=True),
                name="one_start_here_per_topic",
                violation_error_message="This topic already has a resource to start with; untick it there first.",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.resource} for {self.topic}"


class SearchKind(models.TextChoices):
    SKILL = "skill", "Skill"
    TOPIC = "topic", "Topic"
    PATHWAY = "pathway", "Pathway"
    STEP = "step", "Pathway step"
    FAQ = "faq", "Question"
    RESOURCE = "resource", "Resource"


class SearchDocument(models.Model):
    """One published page (or part of one) as search sees it: derived data, rebuilt from the content.

    careerguide/search_index.py writes these rows whenever content is saved or deleted; only what a
    reader may see has a row. The full-text index over them is kept by the database itself
    (migration 0004): on PostgreSQL a generated, weighted `vector` tsvector column with a GIN index;
    on SQLite the FTS5 table `careerguide_searchdocument_fts` and three triggers. Neither is a model
    field, so a later migration that makes SQLite rebuild this table must create the triggers again
    (search_index.ensure_sqlite_fts does, and post_migrate calls it).
    """

    kind = models.CharField(max_length=10, choices=SearchKind.choices)
    object_id = models.PositiveIntegerField()
    title = models.CharField(max_length=300)
    keywords = models.TextField(blank=True, help_text="Weighted second: kind, provider, tools, parent name.")
    summary = models.TextField(blank=True)
    body = models.TextField(blank=True)
    url = models.CharField(max_length=500)
    context = models.CharField(max_length=300, blank=True, help_text='Shown beside the kind, e.g. "in Kubernetes".')
    order = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["kind", "object_id"], name="unique_search_document")]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.title}"
