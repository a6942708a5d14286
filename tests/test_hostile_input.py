"""Hostile input anywhere it can enter is shown as text, refused with a clear message, or both; never run.

Payloads go into editors' content (through the models, as the admin would save them), into a
learner's notes and evidence links (through the progress form and through import), into search
queries and into the account forms. Each page they reach is read back with an HTML parser: no
script, event handler or javascript: link may appear that the page did not have, and nothing is a 5xx.
"""

import csv
import io
import json
import re
from html.parser import HTMLParser

import pytest
from django.contrib.messages import get_messages
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from careerguide.models import Resource, ResourceKind
from progress.models import SkillProgress
from tests.factories import (
    CareerFactory,
    CareerSkillFactory,
    FAQEntryFactory,
    PathwayFactory,
    PathwayStepFactory,
    ResourceFactory,
    SkillFactory,
)
from tests.progress_helpers import make_career, make_pathway

pytestmark = pytest.mark.django_db

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


def _messages(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


def _get(client: Client, url: str, **kwargs):
    response = client.get(url, **kwargs)
    assert response.status_code < 500, url
    return response


# Editors' content


def _hostile_content(payload: str) -> None:
    career = CareerFactory(
        name="ML Ops Engineer", slug="ml-ops-engineer", is_default=True, tagline=payload[:200], introduction=payload
    )
    skill = SkillFactory(
        name="Hostile skill",
        slug="hostile-skill",
        summary=payload[:300],
        body=payload,
        why_it_matters=MARKDOWN_LINKS,
        what_to_learn=payload,
        tools=f"- {payload}",
        rubric_level_2=payload,
    )
    CareerSkillFactory(career=career, skill=skill)
    pathway = PathwayFactory(
        name="Hostile pathway",
        slug="hostile-pathway",
        summary=payload[:300],
        body=payload + "\n\n" + MARKDOWN_LINKS,
        cost_note=payload[:200],
        careers=[career],
    )
    pathway.skills.add(skill)
    PathwayStepFactory(pathway=pathway, title=payload[:200], description=payload)
    FAQEntryFactory(
        career=career, question=("Hostile question " + payload)[:300], answer=payload + "\n\n" + MARKDOWN_LINKS
    )
    resource = ResourceFactory(
        title=("Hostile resource " + payload)[:200], description=payload, provider=payload[:200], kind=ResourceKind.TOOL
    )
    resource.skills.add(skill)


CONTENT_PAGES = [
    "/",
    "/skills/",
    "/skills/hostile-skill/",
    "/pathways/",
    "/pathways/hostile-pathway/",
    "/pathways/compare/",
    "/faq/",
    "/careers/ml-ops-engineer/faq/",
    "/resources/",
    "/resources/?kind=tool",
    "/search/?q=hostile",
]


@pytest.mark.parametrize("payload", CONTENT_PAYLOADS.values(), ids=CONTENT_PAYLOADS.keys())
def test_hostile_content_is_shown_as_text_on_every_page(client, payload):
    _hostile_content(payload)
    for url in CONTENT_PAGES:
        response = _get(client, url)
        assert response.status_code == 200, url
        assert_inert(response.content.decode())


def test_content_text_is_escaped_not_dropped(client):
    _hostile_content('"><img src=x onerror=alert(1)>')
    html = client.get("/skills/hostile-skill/").content.decode()
    assert "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;" in html
    html = client.get("/search/?q=hostile").content.decode()
    assert "Hostile skill</a>" in html and "Hostile question" in html and "Hostile resource" in html


def test_template_syntax_in_content_is_not_evaluated(client):
    _hostile_content("{{ 7*7 }} {% now 'Y' %}")
    html = client.get("/skills/hostile-skill/").content.decode()
    assert "{{ 7*7 }} {% now &#x27;Y&#x27; %}" in html


@pytest.mark.parametrize("payload", CONTENT_PAYLOADS.values(), ids=CONTENT_PAYLOADS.keys())
def test_the_faq_json_ld_keeps_hostile_text_inside_valid_json(client, payload):
    _hostile_content(payload)
    html = client.get("/faq/").content.decode()
    [block] = JSON_LD.findall(html)
    data = json.loads(block)
    [entry] = data["mainEntity"]
    assert entry["name"] == ("Hostile question " + payload)[:300]
    answer = entry["acceptedAnswer"]["text"]
    assert answer.endswith("click click click raw data")  # the Markdown links' text, without their targets
    assert not re.search(r"<(script|img|svg)", answer, re.IGNORECASE)


def test_markdown_script_links_are_stripped_but_their_text_kept(client):
    _hostile_content("Plain words.")
    html = client.get("/skills/hostile-skill/").content.decode()
    assert_inert(html)
    why = html.split('id="why-heading"')[1].split("</section>")[0]
    assert re.findall(r"<a [^>]*>", why) == ['<a rel="noopener noreferrer nofollow">'] * 5
    assert re.findall(r"<a [^>]*>(\w+)</a>", why) == ["click", "click", "click", "raw", "data"]
    for url in ("/faq/", "/pathways/hostile-pathway/"):
        page = client.get(url).content.decode()
        assert "javascript:" not in page.lower().replace("&#58;", ":")


def test_the_admin_refuses_a_script_url_for_a_resource():
    resource = Resource(title="Bad", url="javascript:alert(1)", kind=ResourceKind.TOOL)
    with pytest.raises(ValidationError) as error:
        resource.full_clean()
    assert "url" in error.value.message_dict


# A learner's notes and evidence links


SKILL_URL = reverse("progress:skill_update", args=["tech-0"])


@pytest.fixture
def career(db):
    return make_career()


def _learner_pages(client: Client) -> dict[str, str]:
    client.post(reverse("progress:share"), {"action": "enable"})
    token = SkillProgress.objects.get().learner.share_token
    pages = {}
    for url in ("/", "/progress/", "/skills/tech-0/", reverse("progress:shared", args=[token])):
        response = _get(client, url)
        assert response.status_code == 200, url
        pages[url] = response.content.decode()
    return pages


@pytest.mark.parametrize("payload", PAYLOADS.values(), ids=PAYLOADS.keys())
def test_hostile_notes_are_saved_as_text_or_refused_clearly(client, career, payload):
    response = client.post(SKILL_URL, {"level": "2", "notes": payload})
    assert response.status_code == 302
    if "\x00" in payload:
        assert not SkillProgress.objects.exists()
        assert _messages(response) == ["Notes: Null characters are not allowed."]
        return
    if len(payload) > 5000:
        assert not SkillProgress.objects.exists()
        assert _messages(response) == [
            f"Notes: Ensure this value has at most 5000 characters (it has {len(payload.strip())})."
        ]
        return
    assert SkillProgress.objects.get().notes == payload.strip(), _messages(response)
    pages = _learner_pages(client)
    for html in pages.values():
        assert_inert(html)
    shared = next(html for url, html in pages.items() if "/shared/" in url)
    assert payload.strip() not in shared  # notes stay private on the share page


def test_every_progress_form_explains_bad_input(client, career):
    step = make_pathway().steps.first()
    cases = [
        (SKILL_URL, {"level": "abc"}, "Your level: Select a valid choice. abc is not one of the available choices."),
        (SKILL_URL, {"level": "7"}, "Your level: Select a valid choice. 7 is not one of the available choices."),
        (SKILL_URL, {"status": "<b>x</b>"}, "Status: Select a valid choice. <b>x</b> is not one of the available"),
        (SKILL_URL, {"target_date": "2024-13-45"}, "Target date: Enter a valid date."),
        ("/progress/pathways/personal-projects/", {"following": "<script>"}, "Choose whether to follow this pathway."),
        (f"/progress/steps/{step.pk}/", {"done": "maybe"}, "Tick the step as done or not done."),
        ("/progress/share/", {"action": "<script>"}, "Choose to share or to stop sharing."),
    ]
    unclear = []
    for url, data, expected in cases:
        response = client.post(url, data)
        assert response.status_code == 302, url
        messages = _messages(response)
        if len(messages) != 1 or not messages[0].startswith(expected):
            unclear.append((url, data, messages))
        assert_inert(client.get(response.url).content.decode())
    assert unclear == []
    assert not SkillProgress.objects.exists()

    for url, data in (("/progress/reset/", {"confirm": ""}), ("/progress/import/", {"file": ""})):
        response = client.post(url, data)
        assert response.status_code == 400, url
        assert "This field is required." in response.content.decode()


@pytest.mark.parametrize("payload", PAYLOADS.values(), ids=PAYLOADS.keys())
def test_hostile_evidence_links_are_refused_with_a_message(client, career, payload):
    response = client.post(SKILL_URL, {"evidence_links": payload})
    assert response.status_code == 302
    assert not SkillProgress.objects.exists()
    [message] = _messages(response)
    assert message.startswith("Evidence links: ")
    assert "is not a web address" in message or "at most 3000 characters" in message or "Null" in message
    html = _get(client, response.url).content.decode()
    assert "Evidence links: " in html
    assert_inert(html)


@pytest.mark.parametrize("payload", PAYLOADS.values(), ids=PAYLOADS.keys())
def test_hostile_evidence_links_get_a_400_as_json(client, career, payload):
    response = client.post(SKILL_URL, {"evidence_links": payload}, headers={"accept": "application/json"})
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    errors = response.json()["errors"]["evidence_links"]
    assert errors and errors[0]["message"]


@pytest.mark.parametrize(
    "link",
    ["JAVASCRIPT:alert(1)", " javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)"],
)
def test_every_spelling_of_a_script_link_is_refused(client, career, link):
    response = client.post(SKILL_URL, {"evidence_links": f"https://example.com/ok\n{link}"})
    assert "is not a web address. Links must start with https:// or http://." in _messages(response)[0]
    assert not SkillProgress.objects.exists()


# Web addresses that pass Django's URL validator but carry markup in their path or query:
# the form refuses them too.
URL_SHAPED = [
    "https://example.com/<script>alert(1)</script>",
    "https://example.com/</script><script>alert(1)</script>",
    'https://example.com/?q="onmouseover="alert(1)',
]


@pytest.mark.parametrize("address", URL_SHAPED)
def test_url_shaped_evidence_with_markup_is_refused(client, career, address):
    response = client.post(SKILL_URL, {"level": "1", "evidence_links": address})
    assert response.status_code == 302
    assert not SkillProgress.objects.exists()
    [message] = _messages(response)
    assert "is not a web address" in message
    assert_inert(_get(client, response.url).content.decode())


def test_an_http_link_with_a_script_looking_user_part_is_kept_and_inert(client, career):
    # A real http(s) address: the browser goes to example.com, nothing runs.
    response = client.post(SKILL_URL, {"level": "1", "evidence_links": "http://javascript:alert(1)@example.com/"})
    assert response.status_code == 302
    assert SkillProgress.objects.get().evidence_urls == ["http://javascript:alert(1)@example.com/"]
    for html in _learner_pages(client).values():
        assert_inert(html)


def test_url_shaped_evidence_carries_no_markup_into_the_markdown_export(client, career):
    client.post(SKILL_URL, {"level": "1", "evidence_links": "\n".join(URL_SHAPED)})
    text = client.get(reverse("progress:export", args=["md"])).content.decode()
    # The checklist is Markdown, which passes raw HTML through when a viewer renders it.
    assert SCRIPT not in text
    assert "</script>" not in text


@pytest.mark.parametrize("payload", CONTENT_PAYLOADS.values(), ids=CONTENT_PAYLOADS.keys())
def test_exports_carry_hostile_notes_as_data(client, career, payload):
    notes = payload[:5000].strip()
    client.post(SKILL_URL, {"level": "1", "notes": notes})

    response = _get(client, reverse("progress:export", args=["json"]))
    assert response["Content-Type"] == "application/json"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert json.loads(response.content)["skills"][0]["notes"] == notes

    response = _get(client, reverse("progress:export", args=["csv"]))
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[1][6] in (notes, "'" + notes)

    response = _get(client, reverse("progress:export", args=["md"]))
    assert response["Content-Type"] == "text/markdown; charset=utf-8"
    assert response["Content-Disposition"].startswith("attachment;")
    assert notes not in response.content.decode()


# Import


def _import(client: Client, **entry_fields):
    entry = {
        "skill": "tech-0",
        "status": "learning",
        "level": 2,
        "notes": "",
        "evidence_links": [],
        "target_date": None,
        "updated_at": "2025-01-02T03:04:05+00:00",
        **entry_fields,
    }
    content = json.dumps({"format": "careerguide.progress", "version": 1, "skills": [entry], "pathways": []})
    upload = SimpleUploadedFile("progress.json", content.encode(), content_type="application/json")
    return client.post(reverse("progress:import"), {"file": upload})


@pytest.mark.parametrize("payload", PAYLOADS.values(), ids=PAYLOADS.keys())
def test_imported_hostile_notes_are_text_or_refused(client, career, payload):
    response = _import(client, notes=payload)
    assert response.status_code in (302, 400)
    if response.status_code == 400:
        html = response.content.decode()
        assert "Skill entry 1 (tech-0) is invalid: notes:" in html
        assert_inert(html)
        assert not SkillProgress.objects.exists()
        return
    assert SkillProgress.objects.get().notes == payload.strip()
    for html in _learner_pages(client).values():
        assert_inert(html)


@pytest.mark.parametrize("payload", PAYLOADS.values(), ids=PAYLOADS.keys())
def test_imported_hostile_evidence_links_are_refused(client, career, payload):
    response = _import(client, evidence_links=["https://example.com/fine", payload])
    assert response.status_code == 400
    html = response.content.decode()
    assert "Skill entry 1 (tech-0) is invalid: evidence_links:" in html
    assert_inert(html)
    assert not SkillProgress.objects.exists()


@pytest.mark.parametrize(
    "content",
    [
        b"\x00\x01\x02",
        b"<script>alert(1)</script>",
        b'{"format": "careerguide.progress", "version": 1, "skills": "<script>alert(1)</script>"}',
        b'{"format": "careerguide.progress", "version": "<script>alert(1)</script>"}',
        b'{"format": "careerguide.progress", "version": 1, "skills": [{"skill": "<script>alert(1)</script>"}]}',
        b"[" * 100_000,
    ],
    ids=["binary", "html", "skills-not-a-list", "version-markup", "unknown-skill", "deep-nesting"],
)
def test_a_hostile_import_file_gets_a_message_not_an_error(client, career, content):
    upload = SimpleUploadedFile("progress.json", content, content_type="application/json")
    response = client.post(reverse("progress:import"), {"file": upload})
    assert response.status_code in (302, 400)
    html = _get(client, response.url).content.decode() if response.status_code == 302 else response.content.decode()
    assert_inert(html)
    if response.status_code == 400:
        assert 'class="invalid-feedback"' in html or "errorlist" in html


def test_a_nul_byte_in_a_share_token_is_a_404(career):
    # PostgreSQL refuses NUL in a text lookup; the token must be checked before it reaches the database.
    client = Client(raise_request_exception=False)
    statuses = {token: client.get(f"/progress/shared/{token}/").status_code for token in ("%00", "a%00b", "%00" * 64)}
    assert statuses == {"%00": 404, "a%00b": 404, "%00" * 64: 404}


# Search


@pytest.mark.parametrize("payload", PAYLOADS.values(), ids=PAYLOADS.keys())
def test_hostile_search_queries_are_shown_as_text(client, payload):
    _hostile_content("Some content.")
    response = _get(client, reverse("guide:search"), data={"q": payload})
    assert response.status_code == 200
    html = response.content.decode()
    assert_inert(html)
    assert "\x00" not in html


# Accounts


@pytest.mark.parametrize("payload", PAYLOADS.values(), ids=PAYLOADS.keys())
def test_hostile_login_fields_get_a_clear_error(client, alice, payload):
    response = client.post(reverse("login"), {"username": payload, "password": payload})
    assert response.status_code == 200
    html = response.content.decode()
    assert_inert(html)
    assert "invalid-feedback" in html or "Please enter a correct username and password" in html
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize("payload", PAYLOADS.values(), ids=PAYLOADS.keys())
def test_hostile_signup_fields_get_a_clear_error(client, payload):
    data = {"username": payload, "email": payload, "password1": payload, "password2": payload}
    response = client.post(reverse("signup"), data)
    assert response.status_code == 200
    html = response.content.decode()
    assert_inert(html)
    assert "invalid-feedback" in html
    assert "_auth_user_id" not in client.session


def test_an_over_long_username_at_login_is_a_form_error(client, alice):
    # The user model allows 150 characters; the login form must say so before anything is looked up
    # or recorded (django-axes stores the username in a 255-character column).
    response = client.post(reverse("login"), {"username": "a" * 300, "password": "wrong"})
    assert response.status_code == 200
    assert "Ensure this value has at most 150 characters (it has 300)." in response.content.decode()


@pytest.mark.parametrize("next_url", ["javascript:alert(1)", "//evil.example/", "https://evil.example/", "/\\evil"])
def test_login_never_redirects_off_site_or_to_a_script(client, alice, next_url):
    url = reverse("login") + "?next=" + next_url
    html = client.get(url).content.decode()
    assert_inert(html)
    assert "evil.example" not in html and "javascript:" not in html
    response = client.post(url, {"username": "alice", "password": "correct horse battery staple", "next": next_url})
    assert response.status_code == 302
    assert response.url == reverse("guide:home")


@pytest.mark.parametrize("next_url", ["javascript:alert(1)", "//evil.example/", "https://evil.example/"])
def test_the_progress_form_never_redirects_off_site(client, career, next_url):
    response = client.post(SKILL_URL, {"level": "1", "next": next_url})
    assert response.status_code == 302
    assert response.url == "/skills/tech-0/"


@pytest.mark.parametrize("next_url", ["javascript:alert(1)", "//evil.example/"])
def test_signup_never_redirects_off_site(client, next_url):
    html = client.get(reverse("signup") + "?next=" + next_url).content.decode()
    assert "evil.example" not in html and "javascript:" not in html
    data = {"username": "carol", "email": "carol@example.com", "next": next_url}
    data |= {"password1": "a long unusual passphrase", "password2": "a long unusual passphrase"}
    response = client.post(reverse("signup"), data)
    assert response.status_code == 302
    assert response.url == reverse("guide:home")
