"""The 404 and 500 pages. This module is also the URLconf of the 500 tests."""

import pytest
from django.template.loader import render_to_string
from django.test import Client
from django.urls import path

import careerguide.urls
from tests.factories import SkillFactory


def _boom(request):
    raise RuntimeError("Something broke")


urlpatterns = [path("boom/", _boom)]
# Whatever server-error handler the project uses.
handler500 = getattr(careerguide.urls, "handler500", "django.views.defaults.server_error")


@pytest.mark.django_db
def test_404_is_friendly_and_links_home(client):
    response = client.get("/no/such/page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "<h1>Page not found</h1>" in html
    assert '<a href="/">' in html
    assert '<meta name="robots" content="noindex">' in html
    assert 'role="search"' in html


@pytest.mark.django_db
def test_404_for_a_missing_skill_uses_the_same_page(client):
    SkillFactory(slug="docker")
    response = client.get("/skills/no-such-skill/")
    assert response.status_code == 404
    assert "<h1>Page not found</h1>" in response.content.decode()


def test_500_renders_without_a_database_or_context():
    # No django_db mark: any database access while rendering would fail this test.
    html = render_to_string("500.html")
    assert "<h1>Something went wrong</h1>" in html
    assert '<a href="/">' in html
    assert "/static/css/site.css" in html


@pytest.mark.urls("tests.core.test_errors")
def test_500_is_served_when_a_view_fails_without_a_database():
    client = Client(raise_request_exception=False)
    response = client.get("/boom/")
    assert response.status_code == 500
    html = response.content.decode()
    assert "<h1>Something went wrong</h1>" in html
    assert '<html lang="en">' in html
