import os

import pytest
from django.core.management import call_command
from django.db import connection


@pytest.mark.django_db
def test_no_missing_migrations():
    # Exits with status 1 (SystemExit) when a model change has no migration.
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)


@pytest.mark.django_db
def test_runs_on_the_expected_database():
    """CI's PostgreSQL run sets EXPECT_DATABASE_VENDOR so it cannot quietly fall back to SQLite."""
    expected = os.environ.get("EXPECT_DATABASE_VENDOR")
    if expected is None:
        pytest.skip("EXPECT_DATABASE_VENDOR not set")
    assert connection.vendor == expected


@pytest.mark.django_db
def test_editors_group_holds_exactly_the_content_permissions():
    from django.contrib.auth.models import Group

    codenames = set(Group.objects.get(name="Editors").permissions.values_list("codename", flat=True))
    models = [
        "career",
        "faqentry",
        "resource",
        "skill",
        "careerskill",
        "topic",
        "topicresource",
        "pathway",
        "pathwaystep",
    ]
    assert codenames == {f"{action}_{model}" for model in models for action in ["add", "change", "delete", "view"]}
