"""Template helpers for the guide's pages: Markdown, JSON-LD, level names, articles."""

from __future__ import annotations

import html
import json
import re

from django import template
from django.conf import settings
from django.utils.html import format_html, strip_tags
from django.utils.safestring import SafeString, mark_safe

from core.markdown import render_markdown
from skills.models import LEVEL_NAMES

register = template.Library()

# Inside <script> the HTML parser only looks for "</script" and "<!--"; escaping these
# three characters as JSON unicode escapes keeps the data valid JSON and inert HTML.
_JSON_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}

# Acronyms whose first letter is said with a vowel sound: "an ML Ops Engineer", "an SRE".
_VOWEL_SOUND_LETTERS = set("AEFHILMNORSX")


@register.filter(name="markdown")
def markdown_filter(text: str | None) -> SafeString:
    """{{ text|markdown }}: sanitised HTML from editor Markdown."""
    return render_markdown(text)


def plain_text(text: str | None) -> str:
    """Markdown to one line of plain text, for meta tags and JSON-LD."""
    without_tags = html.unescape(strip_tags(render_markdown(text)))
    return re.sub(r"\s+", " ", without_tags).strip()


register.filter("plain_text", plain_text)


def json_ld_script(data: object) -> SafeString:
    """A <script type="application/ld+json"> block that no string in data can break out of."""
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(_JSON_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))  # noqa: S308  # nosec B308 B703


register.simple_tag(json_ld_script, name="json_ld")


@register.simple_tag
def breadcrumb_ld(*names_and_paths) -> SafeString:
    """{% breadcrumb_ld "Skills" skills_url skill.name skill.get_absolute_url %}: the page's breadcrumb
    as schema.org BreadcrumbList JSON-LD, from (name, path) pairs, with absolute addresses."""
    pairs = zip(names_and_paths[::2], names_and_paths[1::2], strict=True)
    return json_ld_script(
        {
            "@context": "https://schema.org",
            "@type": "BreadcrumbList",
            "itemListElement": [
                {"@type": "ListItem", "position": position, "name": str(name), "item": f"{settings.SITE_URL}{path}"}
                for position, (name, path) in enumerate(pairs, start=1)
            ],
        }
    )


@register.filter
def level_name(level: int) -> str:
    return LEVEL_NAMES.get(level, "")


@register.filter
def indefinite_article(noun: str) -> str:
    """ "a" or "an" for a job title, reading leading acronyms letter by letter."""
    first_word = (noun or "").split(" ", 1)[0]
    if not first_word:
        return "a"
    if len(first_word) > 1 and first_word.isupper():
        return "an" if first_word[0] in _VOWEL_SOUND_LETTERS else "a"
    return "an" if first_word[0].lower() in "aeiou" else "a"
