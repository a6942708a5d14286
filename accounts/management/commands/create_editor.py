"""Create (or promote) a content editor: a staff user in the "Editors" group."""

import getpass
import os

from django.contrib.auth import get_user_model, password_validation
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

EDITORS = "Editors"


class Command(BaseCommand):
    help = 'Create a staff user in the "Editors" group, or add an existing user to it.'

    def add_arguments(self, parser):
        parser.add_argument("username", nargs="?")
        parser.add_argument("--email", default="")
        parser.add_argument(
            "--no-input", action="store_true", help="Read the password from DJANGO_EDITOR_PASSWORD instead of asking."
        )

    def handle(self, *args, username=None, email="", no_input=False, **options):
        username = username or input("Username: ").strip()
        if not username:
            raise CommandError("A username is required.")
        try:
            group = Group.objects.get(name=EDITORS)
        except Group.DoesNotExist:
            raise CommandError('The "Editors" group is missing: run "python manage.py migrate" first.') from None

        User = get_user_model()
        user = User.objects.filter(username=username).first()
        password = None
        if user is None:
            password = os.environ.get("DJANGO_EDITOR_PASSWORD") if no_input else getpass.getpass("Password: ")
            if not password:
                raise CommandError("A password is required for a new editor.")
            try:
                password_validation.validate_password(password, User(username=username, email=email))
            except ValidationError as exc:
                raise CommandError(" ".join(exc.messages)) from None

        with transaction.atomic():
            if user is None:
                user = User.objects.create_user(username=username, email=email, password=password, is_staff=True)
                verb = "Created"
            else:
                user.is_staff = True
                user.save(update_fields=["is_staff"])
                verb = "Promoted"
            user.groups.add(group)
        self.stdout.write(self.style.SUCCESS(f"{verb} editor {username!r}. They can log in at /admin/."))
