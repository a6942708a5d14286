"""Editors' Markdown becomes safe HTML: what it renders, and what it strips."""

import pytest
from django.utils.safestring import SafeString

from core.markdown import render_markdown


def test_it_renders_lists_links_and_code():
    html = render_markdown("Some *emphasis*.\n\n- one\n- two\n\n1. first\n\n[docs](https://example.com) and `code`")
    assert "<em>emphasis</em>" in html
    assert "<ul>\n<li>one</li>\n<li>two</li>\n</ul>" in html
    assert "<ol>\n<li>first</li>\n</ol>" in html
    assert '<a href="https://example.com" rel="noopener noreferrer nofollow">docs</a>' in html
    assert "<code>code</code>" in html


def test_it_renders_tables_and_fenced_code():
    html = render_markdown("| a | b |\n|:--|--:|\n| 1 | 2 |\n\n```\nx = 1\n```")
    assert "<table>" in html and "<th>a</th>" in html
    assert "style" not in html  # alignment would need inline styles, which the CSP forbids
    assert "<pre><code>x = 1\n</code></pre>" in html


def test_it_returns_a_safe_string():
    assert isinstance(render_markdown("hi"), SafeString)
    assert render_markdown("") == ""
    assert render_markdown(None) == ""


def test_it_keeps_headings_under_the_page_sections():
    html = render_markdown("# Top\n\n## Second\n\n###### Deep")
    assert "<h3>Top</h3>" in html and "<h3>Second</h3>" in html and "<h4>Deep</h4>" in html
    assert "<h1" not in html and "<h2" not in html


@pytest.mark.parametrize(
    ("source", "forbidden"),
    [
        ("<script>alert(1)</script>", "<script"),
        ("<script>alert(1)</script>", "alert(1)"),
        ("[click](javascript:alert(1))", "javascript:"),
        ('<a href="JaVaScRiPt:alert(1)">x</a>', "alert"),
        ("<img src=x onerror=alert(1)>", "onerror"),
        ("<img src=x onerror=alert(1)>", "<img"),
        ('<p onclick="alert(1)">hi</p>', "onclick"),
        ("[x](data:text/html;base64,PHNjcmlwdD4=)", "data:"),
        ("![x](data:image/png;base64,AAAA)", "data:"),
        ('<iframe src="https://evil.example"></iframe>', "<iframe"),
        ("<style>body{display:none}</style>", "display:none"),
        ('<span style="color:red">x</span>', "style="),
        ('<form action="https://evil.example"><input></form>', "<form"),
        ('<a href="https://example.com" target="_blank">x</a>', "target"),
    ],
)
def test_it_removes_dangerous_html(source, forbidden):
    assert forbidden not in render_markdown(source)
