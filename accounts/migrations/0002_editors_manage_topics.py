"""Editors manage the roadmap's topics and the resources listed on them, like the rest of the content."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITORS = "Editors"
TOPIC_MODELS = {"skills": ["topic"], "careerguide": ["topicresource"]}
ACTIONS = ["add", "change", "delete", "view"]


def _permissions(apps):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Permission = apps.get_model("auth", "Permission")
    codenames = [f"{action}_{model}" for models in TOPIC_MODELS.values() for model in models for action in ACTIONS]
    return Permission.objects.filter(content_type__app_label__in=list(TOPIC_MODELS), codename__in=codenames)


def grant(apps, schema_editor):
    group, _ = apps.get_model("auth", "Group").objects.get_or_create(name=EDITORS)
    group.permissions.add(*_permissions(apps))


def revoke(apps, schema_editor):
    group = apps.get_model("auth", "Group").objects.filter(name=EDITORS).first()
    if group is not None:
        group.permissions.remove(*_permissions(apps))


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_initial"),
        ("skills", "0002_topic"),
        ("careerguide", "0003_topicresource"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
