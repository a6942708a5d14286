"""One account per email address, whatever its case.

auth.User has no such constraint, and the sign-up form's check alone could be raced by
two simultaneous sign-ups. An expression index works on SQLite and PostgreSQL alike.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("careerguide", "0003_editors_group"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [
        migrations.RunSQL(
            "CREATE UNIQUE INDEX careerguide_user_email_ci ON auth_user (LOWER(email)) WHERE email <> ''",
            "DROP INDEX careerguide_user_email_ci",
        )
    ]
