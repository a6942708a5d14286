"""The admin is the editors' tool: editors change content, see it live, and can revert it."""

import pytest
from django.urls import reverse

from core.content import Status
from tests.admin_forms import skill_form_data
from tests.factories import CareerFactory, FAQEntryFactory, PathwayFactory, ResourceFactory, SkillFactory, UserFactory

PASSWORD = "correct horse battery staple"


@pytest.mark.django_db
def test_it_lets_an_editor_log_in_through_the_admin_form(client, editor):
    response = client.post(
        reverse("admin:login"), {"username": "edith", "password": PASSWORD, "next": "/admin/"}, follow=True
    )
    assert response.status_code == 200
    assert response.context["user"] == editor
    assert b"Guide content" in response.content


@pytest.mark.django_db
def test_an_editors_change_shows_on_the_site_at_once(client, editor):
    skill = SkillFactory(name="Kubernetes", slug="kubernetes", summary="Old summary.")
    client.force_login(editor)

    url = reverse("admin:skills_skill_change", args=[skill.pk])
    response = client.post(url, skill_form_data(skill, summary="Run containers at scale, fresh from the admin."))
    assert response.status_code == 302, response.context["adminform"].form.errors if response.context else ""

    page = client.get(reverse("skills:detail", args=["kubernetes"]))
    assert "Run containers at scale, fresh from the admin." in page.content.decode()


@pytest.mark.django_db
def test_renaming_a_skill_keeps_its_slug(client, editor):
    skill = SkillFactory(name="Docker", slug="docker")
    client.force_login(editor)
    client.post(
        reverse("admin:skills_skill_change", args=[skill.pk]),
        skill_form_data(skill, name="Docker Engine", slug="docker-engine"),
    )
    skill.refresh_from_db()
    assert (skill.name, skill.slug) == ("Docker Engine", "docker")
    assert client.get(reverse("skills:detail", args=["docker"])).status_code == 200


@pytest.mark.django_db
def test_revert_restores_an_old_version(client, editor):
    skill = SkillFactory(summary="First version.")
    client.force_login(editor)
    client.post(reverse("admin:skills_skill_change", args=[skill.pk]), skill_form_data(skill, summary="Second."))
    skill.refresh_from_db()
    assert skill.summary == "Second."

    first = skill.history.order_by("history_date").first()
    history_url = reverse("admin:skills_skill_simple_history", args=[skill.pk, first.history_id])
    assert client.get(history_url).status_code == 200
    response = client.post(history_url, skill_form_data(skill, summary=first.summary))
    assert response.status_code == 302

    skill.refresh_from_db()
    assert skill.summary == "First version."
    assert skill.history.count() == 3


@pytest.mark.django_db
def test_an_editor_is_refused_the_user_and_group_admin(client, editor):
    client.force_login(editor)
    assert client.get(reverse("admin:auth_user_changelist")).status_code == 403
    assert client.get(reverse("admin:auth_group_changelist")).status_code == 403
    index = client.get(reverse("admin:index")).content.decode()
    assert "Users" not in index
    assert "Skills" in index


@pytest.mark.django_db
def test_a_learner_cannot_enter_the_admin(client, alice):
    client.force_login(alice)
    response = client.get(reverse("admin:skills_skill_changelist"))
    assert response.status_code == 302
    assert response.url.startswith(reverse("admin:login"))


@pytest.mark.django_db
def test_publish_and_unpublish_actions_keep_history(client, editor):
    skill = SkillFactory(status=Status.DRAFT)
    client.force_login(editor)
    changelist = reverse("admin:skills_skill_changelist")
    client.post(changelist, {"action": "publish", "_selected_action": [skill.pk]})
    skill.refresh_from_db()
    assert skill.status == Status.PUBLISHED
    client.post(changelist, {"action": "unpublish", "_selected_action": [skill.pk]})
    skill.refresh_from_db()
    assert skill.status == Status.DRAFT
    assert skill.history.count() == 3


@pytest.mark.django_db
@pytest.mark.parametrize(
    "admin_name,factory",
    [
        ("careerguide_career", CareerFactory),
        ("careerguide_faqentry", FAQEntryFactory),
        ("careerguide_resource", ResourceFactory),
        ("skills_skill", SkillFactory),
        ("pathways_pathway", PathwayFactory),
    ],
)
def test_every_content_admin_lists_searches_and_opens(client, editor, admin_name, factory):
    obj = factory()
    client.force_login(editor)
    assert client.get(reverse(f"admin:{admin_name}_changelist")).status_code == 200
    assert client.get(reverse(f"admin:{admin_name}_changelist"), {"q": "zzz"}).status_code == 200
    assert client.get(reverse(f"admin:{admin_name}_change", args=[obj.pk])).status_code == 200
    assert client.get(reverse(f"admin:{admin_name}_history", args=[obj.pk])).status_code == 200
    assert client.get(reverse(f"admin:{admin_name}_add")).status_code == 200


CHANGE_LISTS = {
    "skills_skill": SkillFactory,
    "pathways_pathway": PathwayFactory,
    "careerguide_resource": ResourceFactory,
    "careerguide_faqentry": FAQEntryFactory,
    "careerguide_career": CareerFactory,
}


@pytest.mark.django_db
@pytest.mark.parametrize("admin_name", CHANGE_LISTS)
def test_change_lists_run_a_fixed_number_of_queries(client, editor, admin_name, django_assert_max_num_queries):
    factory = CHANGE_LISTS[admin_name]
    client.force_login(editor)
    factory.create_batch(3)
    with django_assert_max_num_queries(100) as small:
        client.get(reverse(f"admin:{admin_name}_changelist"))
    factory.create_batch(30)
    with django_assert_max_num_queries(100) as large:
        client.get(reverse(f"admin:{admin_name}_changelist"))
    assert len(large.captured_queries) == len(small.captured_queries)


@pytest.mark.django_db
def test_superuser_can_manage_users(client):
    root = UserFactory(username="root", is_staff=True, is_superuser=True)
    client.force_login(root)
    assert client.get(reverse("admin:auth_user_changelist")).status_code == 200
