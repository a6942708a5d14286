"""Forms take their CSRF token from the end of the page (core/templatetags/form_tokens.py), so that a
stored page is the same for every visitor up to its tokens (core/page_cache.py)."""

import re

import pytest
from django.template import Context, Template
from django.test import Client

from tests.progress_helpers import make_career, make_pathway

pytestmark = pytest.mark.django_db

TOKEN_INPUT = re.compile(r'<input type="hidden" name="csrfmiddlewaretoken" form="([^"]+)" value="([^"]+)">')


@pytest.fixture
def guide():
    career = make_career()
    make_pathway(careers=[career])
    return career


@pytest.mark.parametrize("url", ["/", "/skills/tech-0/", "/pathways/personal-projects/"])
def test_every_form_on_a_page_gets_its_token_after_the_footer(guide, url):
    html = Client().get(url).content.decode()
    form_ids = re.findall(r'<form id="([^"]+)" method="post"', html)
    assert form_ids, "the page has forms to save progress"
    footer_end = html.index("</footer>")
    assert html.index("csrfmiddlewaretoken") > footer_end  # no token before the footer's end
    tokens = TOKEN_INPUT.findall(html)
    assert [form_id for form_id, _ in tokens] == form_ids  # one each, in the page's order
    assert len({token for _, token in tokens}) == 1  # this response's one token
    assert html.count("csrfmiddlewaretoken") == len(form_ids)


def test_a_form_posts_with_the_token_from_the_end_of_the_page(guide):
    visitor = Client(enforce_csrf_checks=True)
    html = visitor.get("/skills/tech-0/").content.decode()
    token = dict(TOKEN_INPUT.findall(html))["form-skill-progress"]
    response = visitor.post("/progress/skills/tech-0/", {"csrfmiddlewaretoken": token, "status": "learning"})
    assert response.status_code == 302
    assert Client(enforce_csrf_checks=True).post("/progress/skills/tech-0/", {"status": "learning"}).status_code == 403


def test_a_form_rendered_outside_base_html_keeps_its_token_inline():
    html = Template('{% load form_tokens %}<form id="f">{% form_token "f" %}</form>').render(
        Context({"csrf_token": "abc"})
    )
    assert html == '<form id="f"><input type="hidden" name="csrfmiddlewaretoken" value="abc"></form>'


def test_collected_tokens_come_out_where_the_page_asks_with_ids_joined():
    html = Template(
        "{% load form_tokens %}{% collect_form_tokens %}"
        '<form id="form-step-7">{% form_token "form-step" 7 %}</form>|{% form_tokens %}'
    ).render(Context({"csrf_token": "abc"}))
    assert html == (
        '<form id="form-step-7"></form>|<input type="hidden" name="csrfmiddlewaretoken" form="form-step-7" value="abc">'
    )
