"""Hostile input and the check that a page shows it inert, for the hostile-input tests of each app.

Payloads go into editors' content, a learner's notes, evidence links and imports, search queries and
the account forms. Each page they reach is read back with an HTML parser: no script, event handler or
javascript: link may appear that the page did not have, and nothing is a 5xx.
"""

import json
import re
from html.parser import HTMLParser

from django.contrib.messages import get_messages
from django.test import Client

SCRIPT = "<script>alert(1)</script>"
PAYLOADS = {
    "script": SCRIPT,
    "img-onerror": '"><img src=x onerror=alert(1)>',
    "javascript-url": "javascript:alert(1)",
    "svg-onload": "<svg onload=alert(1)>",
    "script-breakout": "</script><script>alert(1)</script>",
    "template": "{{ 7*7 }}{% debug %}",
    "sql": "' OR 1=1 --",
    "long": (SCRIPT + " ") * 385,  # 10,010 characters
    "nul": "before\x00after",
    "rtl": "\u202egnp.exe\u202c \u2066isolate\u2069 \u200fmark",
}
# PostgreSQL cannot store NUL, and every form field refuses it (ProhibitNullCharactersValidator), so
# editor content can never hold one: content tests use the others.
CONTENT_PAYLOADS = {name: value for name, value in PAYLOADS.items() if name != "nul"}

# Markdown (and raw HTML inside it) that tries to make a script link.
MARKDOWN_LINKS = "\n\n".join(
    [
        "[click](javascript:alert(1))",
        "[click](JaVaScRiPt:alert(1))",
        "[click](javascript&#58;alert(1))",
        '<a href="javascript:alert(1)">raw</a>',
        "![img](javascript:alert(1))",
        "[data](data:text/html,<script>alert(1)</script>)",
        "<javascript:alert(1)>",
    ]
)

JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.DOTALL)


class ActiveContentFinder(HTMLParser):
    """What would run in a browser: script elements, event handlers, script and data URLs."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []

    def handle_starttag(self, tag, attrs):
        where = f"<{tag}> at line {self.getpos()[0]}"
        attributes = dict(attrs)
        if tag == "script" and not attributes.get("src") and attributes.get("type") != "application/ld+json":
            self.found.append(f"inline script {where}")
        if tag in ("iframe", "object", "embed", "base", "style"):
            self.found.append(f"unexpected {where}")
        for name, value in attrs:
            url = re.sub(r"[\x00-\x20]", "", value or "").lower()
            if name.startswith("on"):
                self.found.append(f"{name}= on {where}")
            if name in ("href", "src", "action", "formaction", "xlink:href") and url.startswith(
                ("javascript:", "vbscript:", "data:text")
            ):
                self.found.append(f"{name}={value!r} on {where}")

    handle_startendtag = handle_starttag


def assert_inert(html: str) -> None:
    """Nothing in the page can run: the payloads are escaped, stripped, or kept in valid JSON-LD."""
    finder = ActiveContentFinder()
    finder.feed(html)
    finder.close()
    assert finder.found == []
    assert SCRIPT not in html
    for block in JSON_LD.findall(html):
        json.loads(block)  # a payload that broke out of the block would leave invalid JSON behind
        assert "</" not in block


def flash_messages(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


def get_without_server_error(client: Client, url: str, **kwargs):
    response = client.get(url, **kwargs)
    assert response.status_code < 500, url
    return response
