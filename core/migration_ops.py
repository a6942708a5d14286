"""Migration operations for moving models between apps without copying a row.

When progress and accounts got apps of their own (December 2026), their models kept the tables
they already had. A database made by the older layout has those tables; a new one does not.
These operations create what is missing and re-label what moved, and do nothing twice.
"""

from __future__ import annotations

from django.db import migrations


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
