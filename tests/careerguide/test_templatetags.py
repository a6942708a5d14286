"""The guide's template filters: Markdown in templates, plain text, JSON-LD and "a" or "an"."""

import pytest
from django.template import Context, Template

from careerguide.templatetags.guide import indefinite_article, json_ld_script, plain_text


def test_the_filter_renders_markdown_in_templates():
    html = Template("{% load guide %}{{ text|markdown }}").render(Context({"text": "**bold** <script>x</script>"}))
    assert html == "<p><strong>bold</strong> </p>"


def test_plain_text_strips_markup():
    assert plain_text("**Bold** & [a link](https://example.com)\n\n- item") == "Bold & a link item"


def test_json_ld_script_escapes_what_could_end_the_script():
    html = json_ld_script({"text": "</script><script>alert(1)</script> & <!--"})
    assert html.count("</script>") == 1
    assert html.endswith("</script>")
    assert "<!--" not in html
    assert "\\u003C/script\\u003E" in html and "\\u0026" in html


@pytest.mark.parametrize(
    ("title", "article"),
    [("ML Ops Engineer", "an"), ("Data Engineer", "a"), ("AI Engineer", "an"), ("Engineer", "an"), ("", "a")],
)
def test_indefinite_article(title, article):
    assert indefinite_article(title) == article
