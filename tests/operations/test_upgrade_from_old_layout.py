"""A database made by the layout before December 2026 migrates to today's with nothing lost.

The old layout's migrations are frozen in tests/operations/legacy_migrations. The test empties
the suite's database, builds the old schema with them (as `manage.py migrate` on the old main
did), writes a little of everything through the historical models, then runs today's
migrations over it as `manage.py migrate` does, and checks every row, value and relation,
first table by table and then through today's models. Afterwards the database is put back at
today's layout for the rest of the suite.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import pytest
from django.apps import apps
from django.apps.registry import Apps
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group, Permission, User
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.core.management.sql import emit_post_migrate_signal
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder
from django.test import Client, override_settings
from django.urls import reverse

from careerguide.models import Career, CareerSkill, FAQEntry, Resource
from pathways.models import Pathway, PathwayStep
from progress import selectors
from progress.models import Learner, PathwayPlan, ProgressEvent, SkillProgress, StepCompletion
from progress.services import SESSION_KEY
from skills.models import Skill
from tests.operations.legacy_migrations import MIGRATION_MODULES as LEGACY_MIGRATIONS

pytestmark = pytest.mark.django_db(transaction=True)


# What the upgrade runs on an old database (and whatever came later): the new 0001_initial
# migrations of careerguide, skills and pathways have the names of the old ones and count as applied.
UPGRADE = {
    ("careerguide", "0002_career_pathways_history"),
    ("progress", "0001_initial"),
    ("accounts", "0001_initial"),
}

# The models that changed app, by their content type's model name.
MOVED = {
    ("skills", "learner"): "progress",
    ("skills", "skillprogress"): "progress",
    ("skills", "progressevent"): "progress",
    ("pathways", "pathwayplan"): "progress",
    ("pathways", "stepcompletion"): "progress",
    ("skills", "careerskill"): "careerguide",
    ("skills", "historicalcareerskill"): "careerguide",
}

# The old per-pathway history of the pathway-career link. Its history is per career now
# (careerguide_historicalcareer_pathways, which starts empty on an upgraded database); no model
# reads the old table any more, and no migration drops it: it is the only record of who linked
# which pathway to which career before the upgrade.
LEFT_BEHIND = "pathways_historicalpathway_careers"

# The last migrations of the old layout: a database made by it has them recorded.
OLD_LEAVES = {
    ("careerguide", "0005_one_default_career"),
    ("skills", "0003_remove_learner_last_seen_at"),
    ("pathways", "0003_pathwayplan_learner_pathwayplan_pathway_and_more"),
}

# Tables whose rows an upgrade is meant to change; each is checked on its own below.
CHANGED_BY_UPGRADE = {"django_migrations", "django_content_type", "auth_permission", "auth_group_permissions"}

EDITOR_CODENAMES = {
    f"{action}_{model}"
    for model in ["career", "faqentry", "resource", "skill", "careerskill", "pathway", "pathwaystep"]
    for action in ["add", "change", "delete", "view"]
}

WHEN = dt.datetime(2026, 11, 28, 9, 30, tzinfo=dt.UTC)
ALICE_PASSWORD = "alice's old password"
SHARE_TOKEN = "s" * 43


# --- the database ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Table:
    columns: frozenset[str]
    constraints: frozenset[tuple]


def schema() -> dict[str, Table]:
    """Every table with its columns and its constraints and indexes (described, not named:
    a name can differ where the meaning is the same)."""
    introspection = connection.introspection
    tables = {}
    with connection.cursor() as cursor:
        for table in introspection.table_names(cursor):
            columns = frozenset(column.name for column in introspection.get_table_description(cursor, table))
            constraints = frozenset(
                (
                    tuple(sorted(info["columns"])),
                    info["primary_key"],
                    info["unique"],
                    info["foreign_key"],
                    info["check"],
                    info["index"],
                )
                for info in introspection.get_constraints(cursor, table).values()
            )
            tables[table] = Table(columns, constraints)
    return tables


def unique_column_lists(table: str) -> list[list[str]]:
    with connection.cursor() as cursor:
        constraints = connection.introspection.get_constraints(cursor, table)
    return sorted(info["columns"] for info in constraints.values() if info["unique"] and not info["primary_key"])


def all_rows() -> dict[str, list[dict]]:
    """Every row of every table, by column name, in a stable order."""
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        rows = {}
        for table in connection.introspection.table_names(cursor):
            cursor.execute(f"SELECT * FROM {quote(table)}")
            names = [column[0] for column in cursor.description]
            rows[table] = in_order(dict(zip(names, row, strict=True)) for row in cursor.fetchall())
    return rows


def in_order(rows: Iterable[dict]) -> list[dict]:
    return sorted(rows, key=lambda row: repr(sorted(row.items())))


def as_they_were(rows: list[dict], old_rows: list[dict]) -> list[dict]:
    """rows cut down to the columns old_rows had (later migrations may add columns)."""
    columns = set(old_rows[0]) if old_rows else set()
    return in_order({name: row[name] for name in columns} for row in rows)


def migrate(targets: list[tuple[str, str | None]] | None = None) -> tuple[list, Apps]:
    """What `manage.py migrate` does: check the recorded history, run the plan towards the
    targets (every leaf when None), then send post_migrate (content types and permissions).
    Returns the plan and the historical models at its end."""
    ContentType.objects.clear_cache()
    executor = MigrationExecutor(connection)
    executor.loader.check_consistent_history(connection)
    if targets is None:
        targets = executor.loader.graph.leaf_nodes()
    plan = executor.migration_plan(targets)
    state = executor.migrate(targets, plan=plan)
    state.clear_delayed_apps_cache()
    emit_post_migrate_signal(0, False, connection.alias, apps=state.apps, plan=plan)
    ContentType.objects.clear_cache()
    return plan, state.apps


def drop_every_table() -> None:
    cascade = " CASCADE" if connection.vendor == "postgresql" else ""
    with connection.constraint_checks_disabled(), connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            cursor.execute(f"DROP TABLE IF EXISTS {connection.ops.quote_name(table)}{cascade}")


def put_back_todays_layout(fresh: dict[str, Table]) -> None:
    """The rest of the suite runs on today's layout, whatever became of this test."""
    if LEFT_BEHIND in connection.introspection.table_names():
        with connection.cursor() as cursor:
            cursor.execute(f"DROP TABLE {connection.ops.quote_name(LEFT_BEHIND)}")
    if schema() != fresh:
        drop_every_table()
        migrate()
    # An upgraded database still records the old layout's migrations, which no file has now.
    recorder = MigrationRecorder(connection)
    for app_label, name in set(recorder.applied_migrations()) - set(MigrationLoader(None).graph.nodes):
        recorder.record_unapplied(app_label, name)
    ContentType.objects.clear_cache()


@pytest.fixture
def old_layout(transactional_db) -> Iterator[tuple[dict[str, Table], Apps]]:
    """An empty database taken to the old layout's last migrations; yields today's fresh
    schema (the suite's database as pytest-django made it) and the old historical models."""
    fresh = schema()
    try:
        drop_every_table()
        with override_settings(MIGRATION_MODULES=LEGACY_MIGRATIONS):
            _, old_apps = migrate()
        yield fresh, old_apps
    finally:
        put_back_todays_layout(fresh)
    assert schema() == fresh
    assert set(MigrationRecorder(connection).applied_migrations()) == set(MigrationLoader(None).graph.nodes)


# --- the old layout's data ------------------------------------------------------------------


def with_history(old_apps: Apps, obj, *, user, when: dt.datetime = WHEN, kind: str = "+"):
    """The history record django-simple-history would have written when obj was saved."""
    historical = old_apps.get_model(obj._meta.app_label, f"Historical{obj._meta.object_name}")
    values = {
        field.attname: getattr(obj, field.attname)
        for field in historical._meta.fields
        if field.attname != "history_id" and hasattr(obj, field.attname)
    }
    return historical.objects.create(**values, history_date=when, history_type=kind, history_user_id=user.pk)


def link_id(obj, field: str, **other_end) -> int:
    """The primary key of the row linking obj to the other end through its many-to-many field."""
    return getattr(obj, field).through.objects.get(**{obj._meta.model_name: obj}, **other_end).pk


def write_old_data(old: Apps) -> dict:
    """A little of everything the old layout held; returns the primary keys to look for."""
    model = old.get_model
    ContentTypeOld = model("contenttypes", "ContentType")

    alice = model("auth", "User").objects.create(
        username="alice", email="alice@example.com", password=make_password(ALICE_PASSWORD)
    )
    edith = model("auth", "User").objects.create(
        username="edith", email="edith@example.com", is_staff=True, password=make_password("edith")
    )
    editors = model("auth", "Group").objects.get(name="Editors")
    edith.groups.add(editors)

    career = model("careerguide", "Career").objects.create(
        status="published",
        order=1,
        name="ML Ops Engineer",
        slug="ml-ops-engineer",
        tagline="Models in production",
        summary="Runs machine learning in production.",
        introduction="An introduction.",
        role_description="The role.",
        responsibilities="A week.",
        conclusion="The end.",
        is_default=True,
    )
    skill = model("skills", "Skill").objects
    python = skill.create(
        status="published",
        order=1,
        name="Python",
        slug="python",
        kind="technical",
        summary="The language.",
        body="Body.",
        rubric_level_3="Writes packages.",
        last_reviewed=dt.date(2026, 11, 1),
    )
    containers = skill.create(status="published", order=2, name="Containers", slug="containers", kind="technical")
    talking = skill.create(status="published", order=3, name="Communication", slug="communication", kind="soft")
    containers.prerequisites.add(python)
    career_skill = model("skills", "CareerSkill").objects
    python_target = career_skill.create(career=career, skill=python, target_level=3, order=1)
    containers_target = career_skill.create(career=career, skill=containers, target_level=4, order=2)
    career_skill.create(career=career, skill=talking, target_level=2, order=3)

    pathway = model("pathways", "Pathway").objects
    bootcamp = pathway.create(
        status="published",
        order=1,
        name="Bootcamp",
        slug="bootcamp",
        summary="Twelve weeks.",
        format="online",
        duration_min_months=3,
        duration_max_months=6,
        cost_min_usd=100,
        cost_max_usd=500,
        credential="Certificate",
    )
    self_study = pathway.create(
        status="published", order=2, name="Self-study", slug="self-study", format="self_directed"
    )
    bootcamp.careers.add(career)
    self_study.careers.add(career)
    bootcamp.skills.add(python, containers)
    step = model("pathways", "PathwayStep").objects
    apply_step = step.create(pathway=bootcamp, title="Apply", description="Fill in the form.", order=1)
    graduate_step = step.create(pathway=bootcamp, title="Graduate", order=2)

    faq = model("careerguide", "FAQEntry").objects.create(
        status="published", career=career, question="Do I need a degree?", answer="No."
    )
    resource = model("careerguide", "Resource").objects.create(
        status="published",
        title="Designing ML Systems",
        url="https://example.com/book",
        kind="book",
        provider="O'Reilly",
        verified_on=dt.date(2026, 10, 1),
    )
    resource.skills.add(python)
    resource.pathways.add(self_study)

    # Content history, as django-simple-history wrote it, with the per-object link history.
    with_history(old, career, user=edith)
    python_history = with_history(old, python, user=edith)
    containers_history = with_history(old, containers, user=edith, kind="~")
    model("skills", "HistoricalSkill_prerequisites").objects.create(
        id=containers.prerequisites.through.objects.get(from_skill=containers, to_skill=python).pk,
        history=containers_history,
        from_skill=containers,
        to_skill=python,
    )
    career_skill_history = with_history(old, python_target, user=edith)
    bootcamp_history = with_history(old, bootcamp, user=edith)
    model("pathways", "HistoricalPathway_careers").objects.create(
        id=link_id(bootcamp, "careers", career=career), history=bootcamp_history, pathway=bootcamp, career=career
    )
    model("pathways", "HistoricalPathway_skills").objects.create(
        id=link_id(bootcamp, "skills", skill=python), history=bootcamp_history, pathway=bootcamp, skill=python
    )
    with_history(old, apply_step, user=edith)
    with_history(old, faq, user=edith, kind="~")
    resource_history = with_history(old, resource, user=edith)
    model("careerguide", "HistoricalResource_skills").objects.create(
        id=link_id(resource, "skills", skill=python), history=resource_history, resource=resource, skill=python
    )
    model("careerguide", "HistoricalResource_pathways").objects.create(
        id=link_id(resource, "pathways", pathway=self_study),
        history=resource_history,
        resource=resource,
        pathway=self_study,
    )

    # An account's progress, shared by link; a visitor's, known by their session.
    learner = model("skills", "Learner").objects
    alices = learner.create(user=alice, career=career, share_token=SHARE_TOKEN)
    visitors = learner.create()
    progress = model("skills", "SkillProgress").objects
    alice_python = progress.create(
        learner=alices,
        skill=python,
        status="done",
        level=3,
        notes="Finished the course.",
        evidence_links="https://github.com/alice/ml",
        target_date=dt.date(2027, 1, 31),
        updated_at=WHEN,
    )
    alice_containers = progress.create(learner=alices, skill=containers, status="learning", level=2, updated_at=WHEN)
    visitor_talking = progress.create(learner=visitors, skill=talking, status="learning", level=1, updated_at=WHEN)
    event = model("skills", "ProgressEvent").objects
    skill_event = event.create(
        learner=alices, skill=python, description="Python: status done", overall_percent=40, created_at=WHEN
    )
    step_event = event.create(
        learner=alices, step=apply_step, description="Bootcamp: Apply done", overall_percent=45, created_at=WHEN
    )
    event.create(
        learner=visitors, skill=talking, description="Communication: level 1", overall_percent=5, created_at=WHEN
    )
    alice_plan = model("pathways", "PathwayPlan").objects.create(learner=alices, pathway=bootcamp)
    visitor_plan = model("pathways", "PathwayPlan").objects.create(learner=visitors, pathway=self_study)
    completion = model("pathways", "StepCompletion").objects.create(learner=alices, step=apply_step, completed_at=WHEN)

    # The admin's log of a change to a model that moved app, and to one that moved to careerguide.
    log = model("admin", "LogEntry").objects
    learner_log = log.create(
        user=edith,
        content_type=ContentTypeOld.objects.get(app_label="skills", model="learner"),
        object_id=str(alices.pk),
        object_repr=f"Learner {alices.pk} (alice)",
        action_flag=CHANGE,
        change_message='[{"changed": {"fields": ["Career"]}}]',
        action_time=WHEN,
    )
    career_skill_log = log.create(
        user=edith,
        content_type=ContentTypeOld.objects.get(app_label="skills", model="careerskill"),
        object_id=str(python_target.pk),
        object_repr="ML Ops Engineer needs Python at level 3",
        action_flag=CHANGE,
        change_message='[{"changed": {"fields": ["Target level"]}}]',
        action_time=WHEN,
    )

    return {
        "alice": alice.pk,
        "edith": edith.pk,
        "editors": editors.pk,
        "career": career.pk,
        "python": python.pk,
        "containers": containers.pk,
        "talking": talking.pk,
        "python_target": python_target.pk,
        "containers_target": containers_target.pk,
        "bootcamp": bootcamp.pk,
        "self_study": self_study.pk,
        "apply_step": apply_step.pk,
        "graduate_step": graduate_step.pk,
        "faq": faq.pk,
        "resource": resource.pk,
        "python_history": python_history.pk,
        "containers_history": containers_history.pk,
        "career_skill_history": career_skill_history.pk,
        "resource_history": resource_history.pk,
        "alices": alices.pk,
        "visitors": visitors.pk,
        "alice_python": alice_python.pk,
        "alice_containers": alice_containers.pk,
        "visitor_talking": visitor_talking.pk,
        "skill_event": skill_event.pk,
        "step_event": step_event.pk,
        "alice_plan": alice_plan.pk,
        "visitor_plan": visitor_plan.pk,
        "completion": completion.pk,
        "learner_log": learner_log.pk,
        "career_skill_log": career_skill_log.pk,
    }


def content_types() -> dict[int, tuple[str, str]]:
    return {ct.pk: (ct.app_label, ct.model) for ct in ContentType.objects.all()}


# --- the test -------------------------------------------------------------------------------


def test_an_old_database_upgrades_with_every_row_and_relation_kept(old_layout):
    fresh, old_apps = old_layout
    ids = write_old_data(old_apps)
    visitor = Client()
    session = visitor.session
    session[SESSION_KEY] = ids["visitors"]
    session.save()

    assert set(MigrationRecorder(connection).applied_migrations()) >= OLD_LEAVES
    old_schema = schema()
    assert {"skills_learner", "pathways_pathwayplan", LEFT_BEHIND} <= set(old_schema)
    assert not {"careerguide_historicalcareer_pathways", "core_contentversion"} & set(old_schema)
    old_rows = all_rows()
    old_content_types = content_types()
    old_permissions = set(Permission.objects.values_list("pk", "codename", "content_type_id"))
    old_editor_permissions = set(Group.objects.get(name="Editors").permissions.values_list("pk", flat=True))

    plan, _ = migrate()

    ran = [(migration.app_label, migration.name) for migration, _ in plan]
    assert set(ran) >= UPGRADE
    assert ("careerguide", "0001_initial") not in ran
    assert ("skills", "0001_initial") not in ran
    assert ("pathways", "0001_initial") not in ran
    assert not any(backwards for _, backwards in plan)

    # The schema is today's, but for the one table left behind (see LEFT_BEHIND).
    upgraded = schema()
    assert set(upgraded) - set(fresh) == {LEFT_BEHIND}
    assert set(fresh) - set(upgraded) == set()
    assert upgraded[LEFT_BEHIND] == old_schema[LEFT_BEHIND]
    assert {table: upgraded[table].columns for table in fresh} == {table: fresh[table].columns for table in fresh}
    assert {table: upgraded[table] for table in fresh} == fresh
    # One difference in name and column order only: the pathway-career link's unique pair keeps
    # the old layout's (pathway_id, career_id); a fresh database has (career_id, pathway_id).
    assert Career.pathways.through._meta.unique_together == (("career", "pathway"),)
    assert unique_column_lists("pathways_pathway_careers") == [["pathway_id", "career_id"]]
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)
    call_command("migrate", "--check", verbosity=0)

    # Every row of every table is still there, unchanged, but where an upgrade means to change them.
    new_rows = all_rows()
    for table in set(old_rows) - CHANGED_BY_UPGRADE:
        assert as_they_were(new_rows[table], old_rows[table]) == old_rows[table], table
    assert new_rows["careerguide_historicalcareer_pathways"] == []

    # Content types keep their ids (so permissions, log entries and group rights follow them);
    # the moved models' are re-labelled, and only models new since the old layout got new ones.
    new_content_types = content_types()
    for pk, (app_label, model) in old_content_types.items():
        assert new_content_types[pk] == (MOVED.get((app_label, model), app_label), model)
    kept = {new_content_types[pk] for pk in old_content_types}
    added = {new_content_types[pk] for pk in set(new_content_types) - set(old_content_types)}
    current = {(model._meta.app_label, model._meta.model_name) for model in apps.get_models()}
    assert added == current - kept
    assert ("careerguide", "historicalcareer_pathways") in added
    # The model of the table left behind; `manage.py remove_stale_contenttypes` would remove it.
    assert kept - current == {("pathways", "historicalpathway_careers")}

    new_permissions = set(Permission.objects.values_list("pk", "codename", "content_type_id"))
    assert old_permissions <= new_permissions
    added_permissions = Permission.objects.filter(pk__in={pk for pk, *_ in new_permissions - old_permissions})
    assert {(p.content_type.app_label, p.content_type.model) for p in added_permissions} <= added

    # The Editors group: the same group, its rights kept, the career skills' now in careerguide,
    # still none on anyone's progress or on accounts.
    editors = Group.objects.get(name="Editors")
    assert editors.pk == ids["editors"]
    assert set(editors.permissions.values_list("pk", flat=True)) >= old_editor_permissions
    assert set(editors.permissions.values_list("codename", flat=True)) >= EDITOR_CODENAMES
    assert editors.permissions.filter(content_type__app_label="careerguide", codename="change_careerskill").exists()
    assert not editors.permissions.filter(content_type__app_label__in=["progress", "accounts"]).exists()
    edith = User.objects.get(pk=ids["edith"])
    assert edith.has_perm("careerguide.change_careerskill")
    assert not edith.has_perm("progress.view_learner")
    assert list(edith.groups.all()) == [editors]

    # The admin's log follows the models that moved.
    learner_log = LogEntry.objects.get(pk=ids["learner_log"])
    assert (learner_log.content_type.app_label, learner_log.content_type.model) == ("progress", "learner")
    assert learner_log.get_edited_object() == Learner.objects.get(pk=ids["alices"])
    career_skill_log = LogEntry.objects.get(pk=ids["career_skill_log"])
    assert career_skill_log.content_type.model_class() is CareerSkill
    assert career_skill_log.get_edited_object().pk == ids["python_target"]

    # Content, through today's models.
    career = Career.objects.get(pk=ids["career"])
    python, containers, talking = (Skill.objects.get(pk=ids[key]) for key in ["python", "containers", "talking"])
    bootcamp, self_study = Pathway.objects.get(pk=ids["bootcamp"]), Pathway.objects.get(pk=ids["self_study"])
    assert (career.slug, career.is_default, career.status) == ("ml-ops-engineer", True, "published")
    assert list(career.skills.order_by("career_skills__order")) == [python, containers, talking]
    assert [(cs.skill, cs.target_level) for cs in career.career_skills.order_by("order")] == [
        (python, 3),
        (containers, 4),
        (talking, 2),
    ]
    assert set(career.pathways.all()) == {bootcamp, self_study}
    assert list(bootcamp.careers.all()) == [career]
    assert set(bootcamp.skills.all()) == {python, containers}
    assert list(containers.prerequisites.all()) == [python]
    assert [step.title for step in bootcamp.steps.all()] == ["Apply", "Graduate"]
    assert list(career.faq_entries.values_list("pk", flat=True)) == [ids["faq"]]
    resource = Resource.objects.get(pk=ids["resource"])
    assert (list(resource.skills.all()), list(resource.pathways.all())) == ([python], [self_study])
    assert python.rubric_level_3 == "Writes packages."
    assert (bootcamp.duration_min_months, bootcamp.cost_max_usd) == (3, 500)

    # Content history, with who made each change and the links' history.
    assert Career.history.get(id=career.pk).history_user == edith
    python_history = Skill.history.get(history_id=ids["python_history"])
    assert (python_history.name, python_history.history_type, python_history.history_date) == ("Python", "+", WHEN)
    assert python_history.history_user == edith
    containers_history = Skill.history.get(history_id=ids["containers_history"])
    assert [row.to_skill_id for row in containers_history.prerequisites.all()] == [python.pk]
    career_skill_history = CareerSkill.history.get(history_id=ids["career_skill_history"])
    assert (career_skill_history.career_id, career_skill_history.skill_id) == (career.pk, python.pk)
    assert career_skill_history.history_user == edith
    bootcamp_history = Pathway.history.get(id=bootcamp.pk)
    assert [row.skill_id for row in bootcamp_history.skills.all()] == [python.pk]
    assert PathwayStep.history.get(id=ids["apply_step"]).title == "Apply"
    assert FAQEntry.history.get(id=ids["faq"]).history_type == "~"
    resource_history = Resource.history.get(history_id=ids["resource_history"])
    assert [row.skill_id for row in resource_history.skills.all()] == [python.pk]
    assert [row.pathway_id for row in resource_history.pathways.all()] == [self_study.pk]
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT history_id, pathway_id, career_id FROM {LEFT_BEHIND}")
        assert cursor.fetchall() == [(bootcamp_history.history_id, bootcamp.pk, career.pk)]

    # Progress, through today's models.
    alice = User.objects.get(pk=ids["alice"])
    assert alice.check_password(ALICE_PASSWORD)
    alices = Learner.objects.get(pk=ids["alices"])
    assert (alices.user, alices.career, alices.share_token) == (alice, career, SHARE_TOKEN)
    assert alice.learner == alices
    visitors = Learner.objects.get(pk=ids["visitors"])
    assert (visitors.user, visitors.career) == (None, None)
    alice_python = SkillProgress.objects.get(pk=ids["alice_python"])
    assert (alice_python.learner, alice_python.skill, alice_python.status, alice_python.level) == (
        alices,
        python,
        "done",
        3,
    )
    assert (alice_python.notes, alice_python.evidence_urls) == ("Finished the course.", ["https://github.com/alice/ml"])
    assert (alice_python.target_date, alice_python.updated_at) == (dt.date(2027, 1, 31), WHEN)
    assert {(p.pk, p.skill_id) for p in alices.skill_progress.all()} == {
        (ids["alice_python"], python.pk),
        (ids["alice_containers"], containers.pk),
    }
    assert [(p.pk, p.skill) for p in visitors.skill_progress.all()] == [(ids["visitor_talking"], talking)]
    skill_event = ProgressEvent.objects.get(pk=ids["skill_event"])
    assert (skill_event.learner, skill_event.skill, skill_event.step, skill_event.overall_percent) == (
        alices,
        python,
        None,
        40,
    )
    step_event = ProgressEvent.objects.get(pk=ids["step_event"])
    assert (step_event.skill, step_event.step, step_event.created_at) == (
        None,
        PathwayStep.objects.get(title="Apply"),
        WHEN,
    )
    assert visitors.events.get().skill == talking
    assert [(p.pk, p.pathway) for p in alices.pathway_plans.all()] == [(ids["alice_plan"], bootcamp)]
    assert [(p.pk, p.pathway) for p in visitors.pathway_plans.all()] == [(ids["visitor_plan"], self_study)]
    completion = StepCompletion.objects.get(pk=ids["completion"])
    assert (completion.learner, completion.step.pk, completion.completed_at) == (alices, ids["apply_step"], WHEN)
    assert PathwayPlan.objects.count() == 2

    # The learners reach their progress through the app: the share link, the visitor's old
    # session, alice's account.
    shared = Client().get(reverse("progress:shared", args=[SHARE_TOKEN]))
    assert shared.status_code == 200
    assert {item.progress.pk for item in shared.context["items"] if item.progress} == {
        ids["alice_python"],
        ids["alice_containers"],
    }
    dashboard = visitor.get(reverse("progress:dashboard"))
    assert dashboard.context["learner"] == visitors
    assert [item.progress.pk for item in dashboard.context["items"] if item.progress] == [ids["visitor_talking"]]
    account = Client()
    account.force_login(alice)
    dashboard = account.get(reverse("progress:dashboard"))
    assert dashboard.context["learner"] == alices
    [bootcamp_progress] = selectors.pathway_progress(learner=alices)
    assert (bootcamp_progress.plan.pk, bootcamp_progress.completed_ids) == (ids["alice_plan"], {ids["apply_step"]})

    # New rows go in beside the old ones (the tables' id sequences came along).
    newcomer = Learner.objects.create(career=career)
    SkillProgress.objects.create(learner=newcomer, skill=python, level=1, updated_at=WHEN)
    StepCompletion.objects.create(learner=newcomer, step=bootcamp.steps.last(), completed_at=WHEN)
    CareerSkill.objects.filter(skill=talking).delete()
    CareerSkill.objects.create(career=career, skill=talking, target_level=1)
    career.pathways.remove(self_study)
    assert list(career.pathways.all()) == [bootcamp]


def test_an_administrators_changes_to_the_editors_group_survive_the_upgrade(old_layout):
    _, old_apps = old_layout
    editors = old_apps.get_model("auth", "Group").objects.get(name="Editors")
    permission = old_apps.get_model("auth", "Permission").objects
    editors.permissions.remove(permission.get(codename="delete_resource"))
    editors.permissions.add(permission.get(codename="view_logentry"))

    migrate()

    codenames = set(Group.objects.get(name="Editors").permissions.values_list("codename", flat=True))
    assert "delete_resource" not in codenames
    assert "view_logentry" in codenames


def test_a_partly_migrated_old_database_is_refused_with_a_clear_message(old_layout):
    recorder = MigrationRecorder(connection)
    recorder.record_unapplied("skills", "0003_remove_learner_last_seen_at")
    with pytest.raises(RuntimeError, match="migrate with the release before"):
        migrate()
    recorder.record_applied("skills", "0003_remove_learner_last_seen_at")
