import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from tests.factories import UserFactory


@pytest.mark.django_db
def test_it_creates_a_staff_user_in_the_editors_group(monkeypatch):
    monkeypatch.setenv("DJANGO_EDITOR_PASSWORD", "a long and unusual passphrase")
    call_command("create_editor", "edna", "--email", "edna@example.com", "--no-input")
    user = get_user_model().objects.get(username="edna")
    assert user.is_staff and not user.is_superuser
    assert list(user.groups.values_list("name", flat=True)) == ["Editors"]
    assert user.check_password("a long and unusual passphrase")


@pytest.mark.django_db
def test_it_promotes_an_existing_user():
    UserFactory(username="sam")
    call_command("create_editor", "sam", "--no-input")
    user = get_user_model().objects.get(username="sam")
    assert user.is_staff
    assert user.groups.filter(name="Editors").exists()


@pytest.mark.django_db
def test_it_refuses_a_weak_password(monkeypatch):
    monkeypatch.setenv("DJANGO_EDITOR_PASSWORD", "password")
    with pytest.raises(CommandError, match="too common"):
        call_command("create_editor", "weak", "--no-input")
    assert not get_user_model().objects.filter(username="weak").exists()
