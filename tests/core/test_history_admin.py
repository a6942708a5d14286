"""The admin's history page of an entry: a fixed cost per revision shown, and one page however long the
history (issue 13: skills and resources with hundreds of revisions)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from core.admin import PublishableAdmin
from tests.factories import SkillFactory, UserFactory

pytestmark = pytest.mark.django_db


def revise(skill, times: int, editors: list) -> None:
    for number in range(times):
        skill.summary = f"Revision {number}."
        skill._history_user = editors[number % len(editors)]  # who simple-history records as the editor
        skill.save()


def history_page_queries(client, skill) -> int:
    client.get(reverse("admin:skills_skill_history", args=[skill.pk]))  # the first also reads content types
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("admin:skills_skill_history", args=[skill.pk]))
    assert response.status_code == 200
    return len(queries)


def test_a_revision_on_the_page_costs_only_the_comparison_of_its_links(client, editor):
    # simple-history compares each revision with the one before, reading the prerequisites of both (two
    # queries); the editor who made it comes with the revision, whoever it is.
    client.force_login(editor)
    short, longer = SkillFactory(), SkillFactory()
    revise(short, 3, [editor])
    revise(longer, 8, [UserFactory(is_staff=True) for _ in range(8)])
    assert history_page_queries(client, longer) - history_page_queries(client, short) == 2 * 5


def test_a_long_history_costs_one_page(client, editor):
    client.force_login(editor)
    short, long = SkillFactory(), SkillFactory()
    revise(short, PublishableAdmin.history_list_per_page + 2, [editor])
    revise(long, 3 * PublishableAdmin.history_list_per_page, [editor])
    assert history_page_queries(client, long) == history_page_queries(client, short)
