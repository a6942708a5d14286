"""Migration operations for moving models between apps without copying a row.

When progress and accounts got apps of their own (December 2026), their models kept the tables
they already had. A database made by the older layout has those tables; a new one does not.
These operations create what is missing and re-label what moved, and do nothing twice.
"""

from __future__ import annotations

from django.db import migrations
from django.db.migrations.recorder import MigrationRecorder


class CreateModelUnlessTableExists(migrations.CreateModel):
    """CreateModel that leaves an existing table of the same name alone (the older layout made it)."""

    def database_forwards(self, app_label, schema_editor, from_state, to_state) -> None:
        model = to_state.apps.get_model(app_label, self.name)
        if model._meta.db_table in schema_editor.connection.introspection.table_names():
            return
        super().database_forwards(app_label, schema_editor, from_state, to_state)


def move_content_types(old_app: str, new_app: str, models: list[str]) -> migrations.RunPython:
    """Re-label the content types of models that moved app, so their permissions (and the Editors
    group's), admin log entries and history keep pointing at them."""

    def forwards(apps, schema_editor):
        _relabel(apps, schema_editor.connection.alias, old_app, new_app, models)

    def backwards(apps, schema_editor):
        _relabel(apps, schema_editor.connection.alias, new_app, old_app, models)

    return migrations.RunPython(forwards, backwards, elidable=False)


def _relabel(apps, database: str, from_app: str, to_app: str, models: list[str]) -> None:
    # The database being migrated (`migrate --database`), not the default one.
    content_types = apps.get_model("contenttypes", "ContentType").objects.using(database)
    for model in models:
        if not content_types.filter(app_label=to_app, model=model).exists():
            content_types.filter(app_label=from_app, model=model).update(app_label=to_app)


# The last migration of each app in the layout before December 2026.
OLD_LAYOUT_LAST = [
    ("careerguide", "0005_one_default_career"),
    ("skills", "0003_remove_learner_last_seen_at"),
    ("pathways", "0003_pathwayplan_learner_pathwayplan_pathway_and_more"),
]


def require_complete_old_layout() -> migrations.RunPython:
    """Stop, with what to do, on a database the older layout made but did not finish migrating:
    its tables would be taken as they are and break later (for example a column still required)."""

    def check(apps, schema_editor):
        connection = schema_editor.connection
        applied = MigrationRecorder(connection).applied_migrations()
        if ("progress", "0001_initial") in applied or "skills_learner" not in connection.introspection.table_names():
            return  # a new database, one this layout made, or one already checked

        missing = [f"{app} {name}" for app, name in OLD_LAYOUT_LAST if (app, name) not in applied]
        if missing:
            raise RuntimeError(
                "This database was made by the app layout before December 2026 and is not fully migrated "
                f"(missing {', '.join(missing)}): migrate with the release before this one first, then again "
                "with this one."
            )

    return migrations.RunPython(check, migrations.RunPython.noop, elidable=False)
