"""Accounts: the "Editors" group and one account per email address.

Both existed before accounts had an app of their own (December 2026); each step here is
idempotent, so a database made then passes through it unchanged.

- Editors (made here only if missing; an existing group is left as an administrator left it): staff
  users in this group add, change, delete and view the guide's content
  (careers and their skills, FAQ entries, resources, skills, pathways and their steps), and
  nothing else: not users, groups or anyone's progress.
- auth.User has no unique email, and the sign-up form's check alone could be raced by two
  simultaneous sign-ups. An expression index works on SQLite and PostgreSQL alike; it keeps the
  name it was created with.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITORS = "Editors"
CONTENT_MODELS = {
    "careerguide": ["career", "careerskill", "faqentry", "resource"],
    "skills": ["skill"],
    "pathways": ["pathway", "pathwaystep"],
}
ACTIONS = ["add", "change", "delete", "view"]


def create_editors_group(apps, schema_editor):
    alias = schema_editor.connection.alias
    # Permissions are normally created after all migrations ran; make sure they exist now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0, using=alias)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, created = Group.objects.using(alias).get_or_create(name=EDITORS)
    if not created:
        return  # made by the older layout, maybe since changed by an administrator: left as it is
    codenames = [f"{action}_{model}" for models in CONTENT_MODELS.values() for model in models for action in ACTIONS]
    permissions = Permission.objects.using(alias).filter(
        content_type__app_label__in=list(CONTENT_MODELS), codename__in=codenames
    )
    group.permissions.set(permissions)


def remove_editors_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.using(schema_editor.connection.alias).filter(name=EDITORS).delete()


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("careerguide", "0002_career_pathways_history"),
        ("skills", "0001_initial"),
        ("pathways", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(create_editors_group, remove_editors_group),
        migrations.RunSQL(
            "CREATE UNIQUE INDEX IF NOT EXISTS careerguide_user_email_ci ON auth_user (LOWER(email)) WHERE email <> ''",
            "DROP INDEX IF EXISTS careerguide_user_email_ci",
        ),
    ]
