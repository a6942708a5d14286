"""The search index's table, and the database's own full-text index over it.

PostgreSQL: pg_trgm, a generated weighted tsvector column with a GIN index, a trigram index on titles.
SQLite: an FTS5 table over the rows, kept current by triggers. Neither is a model field, so both are
created here for one database and skipped on the other. post_migrate fills the table
(careerguide/apps.py), so a database made before this migration gets an index.
"""

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations, models

from careerguide import search_sql as search_index


def create_full_text_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        statements = search_index.POSTGRES_VECTOR_SQL
    elif schema_editor.connection.vendor == "sqlite":
        statements = search_index.SQLITE_FTS_SQL
    else:
        return
    for statement in statements:
        schema_editor.execute(statement)


def drop_full_text_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        statements = search_index.POSTGRES_VECTOR_DROP_SQL
    elif schema_editor.connection.vendor == "sqlite":
        statements = search_index.SQLITE_FTS_DROP_SQL
    else:
        return
    for statement in statements:
        schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [
        ("careerguide", "0003_topicresource"),
    ]

    operations = [
        TrigramExtension(),  # does nothing outside PostgreSQL
        migrations.CreateModel(
            name="SearchDocument",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                (
                    "kind",
                    models.CharField(
                        choices=[
                            ("skill", "Skill"),
                            ("topic", "Topic"),
                            ("pathway", "Pathway"),
                            ("step", "Pathway step"),
                            ("faq", "Question"),
                            ("resource", "Resource"),
                        ],
                        max_length=10,
                    ),
                ),
                ("object_id", models.PositiveIntegerField()),
                ("title", models.CharField(max_length=300)),
                (
                    "keywords",
                    models.TextField(blank=True, help_text="Weighted second: kind, provider, tools, parent name."),
                ),
                ("summary", models.TextField(blank=True)),
                ("body", models.TextField(blank=True)),
                ("url", models.CharField(max_length=500)),
                (
                    "context",
                    models.CharField(blank=True, help_text='Shown beside the kind, e.g. "in Kubernetes".', max_length=300),
                ),
                ("order", models.PositiveIntegerField(default=0)),
            ],
            options={
                "constraints": [models.UniqueConstraint(fields=("kind", "object_id"), name="unique_search_document")],
            },
        ),
        migrations.RunPython(create_full_text_index, drop_full_text_index, elidable=False),
    ]
