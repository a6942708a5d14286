"""A learner's hostile notes, evidence links and imports are saved as text or refused clearly, never run.

The payloads and the inertness check are in tests/hostile.py.
"""

import csv
import io
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from progress.models import SkillProgress
from tests.hostile import CONTENT_PAYLOADS, PAYLOADS, SCRIPT, assert_inert, flash_messages, get_without_server_error
from tests.progress_helpers import body, make_career, make_pathway

pytestmark = pytest.mark.django_db


SKILL_URL = reverse("progress:skill_update", args=["tech-0"])


@pytest.fixture
def career(db):
    return make_career()


def _learner_pages(client: Client) -> dict[str, str]:
    client.post(reverse("progress:share"), {"action": "enable"})
    token = SkillProgress.objects.get().learner.share_token
    pages = {}
    for url in ("/", "/progress/", "/skills/tech-0/", reverse("progress:shared", args=[token])):
        response = get_without_server_error(client, url)
        assert response.status_code == 200, url
        pages[url] = response.content.decode()
    return pages


@pytest.mark.parametrize("payload", PAYLOADS.values(), ids=PAYLOADS.keys())
def test_hostile_notes_are_saved_as_text_or_refused_clearly(client, career, payload):
    response = client.post(SKILL_URL, {"level": "2", "notes": payload})
    assert response.status_code == 302
    if "\x00" in payload:
        assert not SkillProgress.objects.exists()
        assert flash_messages(response) == ["Notes: Null characters are not allowed."]
        return
    if len(payload) > 5000:
        assert not SkillProgress.objects.exists()
        assert flash_messages(response) == [
            f"Notes: Ensure this value has at most 5000 characters (it has {len(payload.strip())})."
        ]
        return
    assert SkillProgress.objects.get().notes == payload.strip(), flash_messages(response)
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
        messages = flash_messages(response)
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
    [message] = flash_messages(response)
    assert message.startswith("Evidence links: ")
    assert "is not a web address" in message or "at most 3000 characters" in message or "Null" in message
    html = get_without_server_error(client, response.url).content.decode()
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
    assert "is not a web address. Links must start with https:// or http://." in flash_messages(response)[0]
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
    [message] = flash_messages(response)
    assert "is not a web address" in message
    assert_inert(get_without_server_error(client, response.url).content.decode())


def test_an_http_link_with_a_script_looking_user_part_is_kept_and_inert(client, career):
    # A real http(s) address: the browser goes to example.com, nothing runs.
    response = client.post(SKILL_URL, {"level": "1", "evidence_links": "http://javascript:alert(1)@example.com/"})
    assert response.status_code == 302
    assert SkillProgress.objects.get().evidence_urls == ["http://javascript:alert(1)@example.com/"]
    for html in _learner_pages(client).values():
        assert_inert(html)


def test_url_shaped_evidence_carries_no_markup_into_the_markdown_export(client, career):
    client.post(SKILL_URL, {"level": "1", "evidence_links": "\n".join(URL_SHAPED)})
    text = body(client.get(reverse("progress:export", args=["md"]))).decode()
    # The checklist is Markdown, which passes raw HTML through when a viewer renders it.
    assert SCRIPT not in text
    assert "</script>" not in text


@pytest.mark.parametrize("payload", CONTENT_PAYLOADS.values(), ids=CONTENT_PAYLOADS.keys())
def test_exports_carry_hostile_notes_as_data(client, career, payload):
    notes = payload[:5000].strip()
    client.post(SKILL_URL, {"level": "1", "notes": notes})

    response = get_without_server_error(client, reverse("progress:export", args=["json"]))
    assert response["Content-Type"] == "application/json"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert json.loads(body(response))["skills"][0]["notes"] == notes

    response = get_without_server_error(client, reverse("progress:export", args=["csv"]))
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    rows = list(csv.reader(io.StringIO(body(response).decode())))
    assert rows[1][6] in (notes, "'" + notes)

    response = get_without_server_error(client, reverse("progress:export", args=["md"]))
    assert response["Content-Type"] == "text/markdown; charset=utf-8"
    assert response["Content-Disposition"].startswith("attachment;")
    # The notes are there, as an indented code block: shown as written, never read as markup.
    text = body(response).decode()
    block = text.split("  - Notes:\n\n", 1)[1].split("\n\n- ", 1)[0]
    for line in notes.splitlines():
        assert f"        {line}".rstrip() in block.splitlines()
    assert all(not line or line.startswith("        ") for line in block.rstrip("\n").splitlines())


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


# A NUL (or a lone surrogate) anywhere in an entry is refused before its fields are read.
UNSTORABLE = "Skill entry 1 holds a character that cannot be stored (NUL, lone surrogate)."


@pytest.mark.parametrize("payload", PAYLOADS.values(), ids=PAYLOADS.keys())
def test_imported_hostile_notes_are_text_or_refused(client, career, payload):
    response = _import(client, notes=payload)
    assert response.status_code in (302, 400)
    if response.status_code == 400:
        html = response.content.decode()
        assert "Skill entry 1 (tech-0) is invalid: notes:" in html or UNSTORABLE in html
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
    assert "Skill entry 1 (tech-0) is invalid: evidence_links:" in html or UNSTORABLE in html
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
    html = (
        get_without_server_error(client, response.url).content.decode()
        if response.status_code == 302
        else response.content.decode()
    )
    assert_inert(html)
    if response.status_code == 400:
        assert 'class="invalid-feedback"' in html or "errorlist" in html


def test_a_nul_byte_in_a_share_token_is_a_404(career):
    # PostgreSQL refuses NUL in a text lookup; the token must be checked before it reaches the database.
    client = Client(raise_request_exception=False)
    statuses = {token: client.get(f"/progress/shared/{token}/").status_code for token in ("%00", "a%00b", "%00" * 64)}
    assert statuses == {"%00": 404, "a%00b": 404, "%00" * 64: 404}


@pytest.mark.parametrize("next_url", ["javascript:alert(1)", "//evil.example/", "https://evil.example/"])
def test_the_progress_form_never_redirects_off_site(client, career, next_url):
    response = client.post(SKILL_URL, {"level": "1", "next": next_url})
    assert response.status_code == 302
    assert response.url == "/skills/tech-0/"
