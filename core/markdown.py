"""Markdown for editor-written content, cleaned to a short allow-list of HTML.

Editors write Markdown in the admin; readers get HTML. Markdown lets raw HTML through,
so every rendering goes through nh3 (the Rust ammonia sanitiser) with an explicit list
of tags, attributes and URL schemes. Anything not listed is dropped.
"""

from __future__ import annotations

import re
from functools import lru_cache

import markdown as markdown_lib
import nh3
from django.utils.safestring import SafeString, mark_safe

MARKDOWN_EXTENSIONS = ["extra", "sane_lists", "smarty"]

ALLOWED_TAGS = {
    "p",
    "ul",
    "ol",
    "li",
    "strong",
    "em",
    "code",
    "pre",
    "blockquote",
    "a",
    "h3",
    "h4",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "br",
    "hr",
    "dl",
    "dt",
    "dd",
}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto"}
LINK_REL = "noopener noreferrer nofollow"

# Content sits under the page's h1 and a section's h2, so an editor's "#" and "##"
# become h3 and anything deeper h4: the outline stays in order.
_TOP_HEADING = re.compile(r"<(/?)h[12]\b")
_DEEP_HEADING = re.compile(r"<(/?)h[56]\b")


@lru_cache(maxsize=2048)
def _clean_html(text: str) -> str:
    # The same few hundred fields render on every request; caching the string
    # (not the SafeString) keeps the cache free of Django types.
    html = markdown_lib.markdown(text, extensions=MARKDOWN_EXTENSIONS, output_format="html")
    html = _DEEP_HEADING.sub(r"<\1h4", _TOP_HEADING.sub(r"<\1h3", html))
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel=LINK_REL,
    )


def render_markdown(text: str | None) -> SafeString:
    """Markdown to sanitised HTML, safe to put in a template as it is."""
    if not text:
        return SafeString("")
    return mark_safe(_clean_html(str(text)))  # noqa: S308  # nosec B308 B703
