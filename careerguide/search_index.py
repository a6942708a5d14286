"""The search index: one SearchDocument row per published page, kept current as content changes.

This is derived data, like the page cache, so keeping it current is bookkeeping in signals (connected
in careerguide/apps.py), in the same transaction as the editor's change: a save shows in search at once,
and a rolled-back save never does. Each content save rewrites only the rows that depend on it: a skill
and its topics (a topic is searchable only while its skill is published), a pathway and its steps, a
career's FAQ entries, a topic, a step, an entry or a resource; a delete removes the rows (Django sends
post_delete for every row a cascade removes). rebuild() redoes everything from scratch:
`manage.py rebuild_search_index`, and post_migrate, so an existing database gets an index.
QuerySet.update() and bulk_create() send no signals: the app never uses them on content (the admin's
publish actions save one by one); code that does must call rebuild() after.

The full-text index over these rows is the database's own (see SearchDocument): Python only writes rows.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db import connection, models, transaction
from django.urls import reverse

from careerguide.models import Career, FAQEntry, Resource, SearchDocument, SearchKind
from careerguide.search_sql import FTS_TABLE, SQLITE_FTS_SQL
from careerguide.templatetags.guide import plain_text
from core.content import Status
from pathways.models import Pathway, PathwayStep
from skills.models import Skill, Topic

# The characters search_query wraps matches in; content never carries them into the index.
MATCH_START = "\ue000"
MATCH_END = "\ue001"
_SENTINELS = str.maketrans({MATCH_START: " ", MATCH_END: " "})


def _text(*parts: str | None) -> str:
    return " ".join(part for part in parts if part).translate(_SENTINELS)


def _markdown(*parts: str | None) -> str:
    return _text(*(plain_text(part) for part in parts if part))


# One document per object


def skill_document(skill: Skill) -> SearchDocument | None:
    if skill.status != Status.PUBLISHED:
        return None
    return SearchDocument(
        kind=SearchKind.SKILL,
        object_id=skill.pk,
        title=_text(skill.name),
        keywords=_text("skill", skill.get_kind_display(), plain_text(skill.tools)),
        summary=_text(skill.summary),
        body=_markdown(skill.body, skill.why_it_matters, skill.what_to_learn),
        url=skill.get_absolute_url(),
        order=skill.order,
    )


def topic_document(topic: Topic, skill: Skill) -> SearchDocument | None:
    if topic.status != Status.PUBLISHED or skill.status != Status.PUBLISHED:
        return None
    return SearchDocument(
        kind=SearchKind.TOPIC,
        object_id=topic.pk,
        title=_text(topic.name),
        keywords=_text("topic", skill.name, topic.tools),
        summary=_text(topic.summary),
        body=_markdown(topic.body),
        url=reverse("skills:topic", kwargs={"skill_slug": skill.slug, "slug": topic.slug}),
        context=f"in {skill.name}",
        order=topic.order,
    )


def pathway_document(pathway: Pathway) -> SearchDocument | None:
    if pathway.status != Status.PUBLISHED:
        return None
    return SearchDocument(
        kind=SearchKind.PATHWAY,
        object_id=pathway.pk,
        title=_text(pathway.name),
        keywords=_text("pathway", pathway.get_format_display(), pathway.credential),
        summary=_text(pathway.summary),
        body=_markdown(pathway.body, pathway.suits),
        url=pathway.get_absolute_url(),
        order=pathway.order,
    )


def step_document(step: PathwayStep, pathway: Pathway) -> SearchDocument | None:
    if pathway.status != Status.PUBLISHED:
        return None
    return SearchDocument(
        kind=SearchKind.STEP,
        object_id=step.pk,
        title=_text(step.title),
        keywords=_text("step", pathway.name),
        body=_markdown(step.description),
        url=f"{pathway.get_absolute_url()}#step-{step.pk}",
        context=f"a step of {pathway.name}",
        order=step.order,
    )


def faq_document(entry: FAQEntry, career: Career) -> SearchDocument | None:
    if entry.status != Status.PUBLISHED or career.status != Status.PUBLISHED:
        return None
    return SearchDocument(
        kind=SearchKind.FAQ,
        object_id=entry.pk,
        title=_text(entry.question),
        keywords=_text("question faq", career.name),
        body=_markdown(entry.answer),
        url=reverse("guide:faq", kwargs={"slug": career.slug}) + f"#faq-{entry.pk}",
        order=entry.order,
    )


def resource_document(resource: Resource) -> SearchDocument | None:
    if resource.status != Status.PUBLISHED:
        return None
    return SearchDocument(
        kind=SearchKind.RESOURCE,
        object_id=resource.pk,
        title=_text(resource.title),
        keywords=_text("resource", resource.get_kind_display(), resource.provider, "free" if resource.is_free else ""),
        summary=_text(resource.description),
        url=resource.get_absolute_url(),
        context=_text(resource.get_kind_display(), f"from {resource.provider}" if resource.provider else ""),
        order=resource.order,
    )


# Writing rows


def _replace(kind: str, object_ids: Iterable[int], documents: Iterable[SearchDocument | None]) -> None:
    """The rows of these objects become exactly these documents (None: not searchable)."""
    object_ids = list(object_ids)
    if object_ids:
        SearchDocument.objects.filter(kind=kind, object_id__in=object_ids).delete()
    rows = [document for document in documents if document is not None]
    if rows:
        SearchDocument.objects.bulk_create(rows)


def index_skill(skill: Skill) -> None:
    """The skill and its topics (their visibility and keywords follow the skill's): five queries."""
    _replace(SearchKind.SKILL, [skill.pk], [skill_document(skill)])
    topics = list(Topic.objects.filter(skill=skill))
    _replace(SearchKind.TOPIC, [topic.pk for topic in topics], [topic_document(topic, skill) for topic in topics])


def index_topic(topic: Topic) -> None:
    _replace(SearchKind.TOPIC, [topic.pk], [topic_document(topic, topic.skill)])


def index_pathway(pathway: Pathway) -> None:
    _replace(SearchKind.PATHWAY, [pathway.pk], [pathway_document(pathway)])
    steps = list(PathwayStep.objects.filter(pathway=pathway))
    _replace(SearchKind.STEP, [step.pk for step in steps], [step_document(step, pathway) for step in steps])


def index_step(step: PathwayStep) -> None:
    _replace(SearchKind.STEP, [step.pk], [step_document(step, step.pathway)])


def index_career(career: Career) -> None:
    """A career's FAQ entries are searchable only while it is published."""
    entries = list(FAQEntry.objects.filter(career=career))
    _replace(SearchKind.FAQ, [entry.pk for entry in entries], [faq_document(entry, career) for entry in entries])


def index_faq_entry(entry: FAQEntry) -> None:
    _replace(SearchKind.FAQ, [entry.pk], [faq_document(entry, entry.career)])


def index_resource(resource: Resource) -> None:
    _replace(SearchKind.RESOURCE, [resource.pk], [resource_document(resource)])


INDEXERS = {
    Skill: index_skill,
    Topic: index_topic,
    Pathway: index_pathway,
    PathwayStep: index_step,
    Career: index_career,
    FAQEntry: index_faq_entry,
    Resource: index_resource,
}
KINDS = {
    Skill: SearchKind.SKILL,
    Topic: SearchKind.TOPIC,
    Pathway: SearchKind.PATHWAY,
    PathwayStep: SearchKind.STEP,
    FAQEntry: SearchKind.FAQ,
    Resource: SearchKind.RESOURCE,
}


def content_saved(sender: type[models.Model], instance: models.Model, raw: bool = False, **kwargs) -> None:
    """post_save receiver. A raw save (loaddata) may come before the rows it points to, so it is skipped:
    run `rebuild_search_index` after loaddata."""
    if not raw:
        INDEXERS[sender](instance)


def content_deleted(sender: type[models.Model], instance: models.Model, **kwargs) -> None:
    """post_delete receiver: a career's entries go by their own post_delete in the same cascade."""
    if sender in KINDS:
        SearchDocument.objects.filter(kind=KINDS[sender], object_id=instance.pk).delete()


def rebuild() -> int:
    """Every document again from the content: seven reads, one delete and inserts of 200 rows at a time.
    Returns how many documents there are."""
    skills = {skill.pk: skill for skill in Skill.objects.all()}
    pathways = {pathway.pk: pathway for pathway in Pathway.objects.all()}
    careers = {career.pk: career for career in Career.objects.all()}
    documents = [
        *(skill_document(skill) for skill in skills.values()),
        *(topic_document(topic, skills[topic.skill_id]) for topic in Topic.objects.all()),
        *(pathway_document(pathway) for pathway in pathways.values()),
        *(step_document(step, pathways[step.pathway_id]) for step in PathwayStep.objects.all()),
        *(faq_document(entry, careers[entry.career_id]) for entry in FAQEntry.objects.all()),
        *(resource_document(resource) for resource in Resource.objects.all()),
    ]
    rows = [document for document in documents if document is not None]
    with transaction.atomic():
        SearchDocument.objects.all().delete()
        SearchDocument.objects.bulk_create(rows, batch_size=200)
    return len(rows)


def ensure_sqlite_fts() -> None:
    """Create the FTS5 table and its triggers if a table rebuild dropped them, and refill it."""
    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE %s", [f"{FTS_TABLE}%"])
        if cursor.fetchone()[0] == 3:
            return
        for statement in SQLITE_FTS_SQL:
            cursor.execute(statement)
        cursor.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')")  # noqa: S608  # nosec B608
