import pytest
from django.urls import reverse

from core.content import Status
from progress.models import Learner
from tests.factories import CareerFactory, CareerSkillFactory, SkillFactory
from tests.progress_helpers import account_learner, make_career

pytestmark = pytest.mark.django_db
URL = reverse("progress:career_follow")


@pytest.fixture
def two_careers():
    mlops = make_career()
    data = CareerFactory(name="Data Engineer", slug="data-engineer")
    CareerSkillFactory(career=data, skill=SkillFactory(name="SQL", slug="sql"), target_level=4)
    return mlops, data


def test_it_follows_another_career_and_the_dashboard_shows_its_skills(client, alice, two_careers):
    client.force_login(alice)
    html = client.get(reverse("progress:dashboard")).content.decode()
    assert "Career you follow" in html and "My progress: ML Ops Engineer" in html

    response = client.post(URL, {"career": "data-engineer"})
    assert response.status_code == 302
    assert account_learner(alice).career.slug == "data-engineer"
    html = client.get(reverse("progress:dashboard")).content.decode()
    assert "My progress: Data Engineer" in html
    assert ">SQL<" in html


def test_a_visitor_can_follow_a_career_too(client, two_careers):
    client.post(URL, {"career": "data-engineer"})
    assert Learner.objects.get().career.slug == "data-engineer"


@pytest.mark.parametrize("value", ["", "nope", "x" * 5000])
def test_an_unknown_career_changes_nothing(client, alice, two_careers, value):
    client.force_login(alice)
    response = client.post(URL, {"career": value}, follow=True)
    assert "Choose one of the careers in the list." in response.content.decode()
    assert not Learner.objects.filter(career__isnull=False).exists()


def test_a_draft_career_cannot_be_followed(client, alice, two_careers):
    two_careers[1].status = Status.DRAFT
    two_careers[1].save()
    client.force_login(alice)
    client.post(URL, {"career": "data-engineer"})
    assert not Learner.objects.filter(career__isnull=False).exists()


def test_get_is_refused(client, alice, two_careers):
    client.force_login(alice)
    assert client.get(URL).status_code == 405


def test_with_one_career_there_is_no_choice_to_make(client, alice):
    make_career()
    client.force_login(alice)
    assert "Career you follow" not in client.get(reverse("progress:dashboard")).content.decode()
