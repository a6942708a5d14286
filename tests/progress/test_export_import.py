"""GET /progress/export.<fmt> (JSON, CSV, Markdown) and /progress/import/ (a JSON export, back in)."""

import csv
import datetime
import hashlib
import io
import json

import pytest
from django.contrib.messages import get_messages
from django.contrib.sessions.models import Session
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

from progress import services
from progress.models import Learner, PathwayPlan, ProgressEvent, ProgressStatus, SkillProgress, StepCompletion
from skills.models import Skill
from tests.factories import PathwayFactory, PathwayStepFactory
from tests.progress_helpers import account_learner, body, make_career, make_pathway

pytestmark = pytest.mark.django_db

IMPORT_URL = reverse("progress:import")


def _export_url(fmt: str) -> str:
    return reverse("progress:export", args=[fmt])


def _messages(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


def _snapshot() -> list:
    """Every row a learner owns, with its values, to show that nothing changed."""
    return [
        list(Learner.objects.order_by("pk").values()),
        list(SkillProgress.objects.order_by("pk").values()),
        list(PathwayPlan.objects.order_by("pk").values()),
        list(StepCompletion.objects.order_by("pk").values()),
        list(ProgressEvent.objects.order_by("pk").values()),
    ]


def _upload(content: bytes | str, name: str = "progress.json") -> dict:
    if isinstance(content, str):
        content = content.encode()
    return {"file": SimpleUploadedFile(name, content, content_type="application/json")}


def _set(learner, slug: str, **changes) -> None:
    services.progress_update(learner=learner, skill=Skill.objects.get(slug=slug), changes=changes)


@pytest.fixture
def alices_progress(alice):
    """alice, with progress on three skills and two ticked steps of a followed pathway."""
    make_career(technical=3, soft=1, target=2)
    pathway = make_pathway(steps=3)
    learner = account_learner(alice)
    _set(
        learner,
        "tech-0",
        status=ProgressStatus.DONE,
        level=4,
        notes="Shipped a feature store.",
        evidence_links="https://github.com/alice/store\nhttps://example.com/talk",
        target_date=datetime.date(2026, 3, 1),
    )
    _set(learner, "tech-1", level=1, notes="=cmd()")
    _set(learner, "soft-0", status=ProgressStatus.SKIPPED)
    for step in pathway.steps.all()[:2]:
        services.step_set(learner=learner, step=step, done=True)
    return learner


def _entry(**fields) -> dict:
    return {
        "skill": "tech-0",
        "status": "learning",
        "level": 2,
        "notes": "",
        "evidence_links": [],
        "target_date": None,
        "updated_at": "2025-01-02T03:04:05+00:00",
        **fields,
    }


def _file(*entries, **fields) -> str:
    return json.dumps(
        {"format": "careerguide.progress", "version": 1, "skills": list(entries), "pathways": [], **fields}
    )


# Export


def test_it_exports_json(client, alice, alices_progress):
    client.force_login(alice)
    response = client.get(_export_url("json"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    today = timezone.localdate().isoformat()
    assert response["Content-Disposition"] == f'attachment; filename="career-guide-progress-{today}.json"'
    assert response.streaming  # the history makes it long: streamed, never held whole
    data = json.loads(body(response))
    assert (data["format"], data["version"]) == ("careerguide.progress", 3)
    assert [entry["skill"] for entry in data["skills"]] == ["tech-0", "tech-1", "soft-0"]  # the guide's order
    by_slug = {entry["skill"]: entry for entry in data["skills"]}
    # the guide's every skill, touched or not (tech-2 is not), in its order, with its target
    assert data["career"]["career"] == "ml-ops-engineer"
    assert [(entry["skill"], entry["target_level"]) for entry in data["career"]["skills"]] == [
        ("tech-0", 2),
        ("tech-1", 2),
        ("tech-2", 2),
        ("soft-0", 2),
    ]
    assert by_slug["tech-0"] | {"updated_at": None} == {
        "skill": "tech-0",
        "name": "Tech 0",
        "status": "done",
        "level": 4,
        "target_level": 2,
        "notes": "Shipped a feature store.",
        "evidence_links": ["https://github.com/alice/store", "https://example.com/talk"],
        "target_date": "2026-03-01",
        "updated_at": None,
    }
    [pathway] = data["pathways"]
    assert pathway["pathway"] == "personal-projects"
    assert [step["title"] for step in pathway["completed_steps"]] == ["Milestone 0", "Milestone 1"]


def test_it_exports_csv_safe_for_spreadsheets(client, alice, alices_progress):
    _set(alices_progress, "tech-2", level=1, notes="+SUM(A1)")
    _set(alices_progress, "soft-0", notes="@evil")
    client.force_login(alice)
    response = client.get(_export_url("csv"))
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response.streaming  # every format is streamed, as the JSON with its whole history must be
    rows = list(csv.reader(io.StringIO(body(response).decode())))
    header = ["skill", "kind", "status", "level", "target level", "target date", "notes", "evidence"]
    assert rows[0] == [*header, "updated"]
    notes = {row[0]: row[6] for row in rows[1:]}
    assert notes["Tech 1"] == "'=cmd()"
    assert notes["Tech 2"] == "'+SUM(A1)"
    assert notes["Soft 0"] == "'@evil"
    assert notes["Tech 0"] == "Shipped a feature store."
    tech_0 = next(row for row in rows if row[0] == "Tech 0")
    assert tech_0[1:6] == ["Technical", "Done", "4", "2", "2026-03-01"]
    assert tech_0[7] == "https://github.com/alice/store https://example.com/talk"
    assert [row[0] for row in rows[1:]] == ["Tech 0", "Tech 1", "Tech 2", "Soft 0"]  # every skill, guide order
    today = timezone.localdate().isoformat()
    assert response["Content-Disposition"] == f'attachment; filename="career-guide-progress-{today}.csv"'


def test_the_csv_lists_untouched_skills_as_not_started(client, alice, alices_progress):
    client.force_login(alice)
    rows = list(csv.reader(io.StringIO(body(client.get(_export_url("csv"))).decode())))
    untouched = next(row for row in rows if row[0] == "Tech 2")
    assert untouched[1:] == ["Technical", "Not started", "0", "2", "", "", "", ""]


def test_it_exports_a_markdown_checklist(client, alice, alices_progress):
    client.force_login(alice)
    response = client.get(_export_url("md"))
    assert response["Content-Type"] == "text/markdown; charset=utf-8"
    text = body(response).decode()
    assert text.startswith("# My progress: ML Ops Engineer\n")
    assert "- [x] **Tech 0**: done, level 4 (Expert) of target 2\n" in text
    assert "  - Evidence: <https://github.com/alice/store>\n" in text
    assert "- [ ] **Tech 1**: learning, level 1 (Aware) of target 2\n" in text
    assert "- [ ] **Soft 0**: skipped, level 0 (None) of target 2 (skipped)\n" in text
    assert "## Personal Projects\n\n- [x] Milestone 0\n- [x] Milestone 1\n- [ ] Milestone 2\n" in text
    # every skill of the guide in its order, the untouched one too, with target dates and notes
    assert "- [ ] **Tech 2**: not started, level 0 (None) of target 2\n" in text
    skills = [line.split("**")[1] for line in text.splitlines() if line.startswith("- [") and "**" in line]
    assert skills == ["Tech 0", "Tech 1", "Tech 2", "Soft 0"]
    assert (
        "- [x] **Tech 0**: done, level 4 (Expert) of target 2\n"
        "  - Target date: 2026-03-01\n"
        "  - Notes:\n\n"
        "        Shipped a feature store.\n\n"
        "  - Evidence: <https://github.com/alice/store>\n"
    ) in text
    assert "  - Notes:\n\n        =cmd()\n" in text


def test_markdown_notes_over_several_lines_stay_under_their_skill(client, alice, alices_progress):
    _set(alices_progress, "tech-1", notes="First line\n\nSecond line")
    client.force_login(alice)
    text = body(client.get(_export_url("md"))).decode()
    assert "  - Notes:\n\n        First line\n\n        Second line\n\n" in text  # one code block


def test_it_404s_for_an_unknown_format(client, alice, alices_progress):
    client.force_login(alice)
    for fmt in ("xml", "JSON", "json.exe"):
        assert client.get(_export_url(fmt)).status_code == 404


def test_export_refuses_post(client, alice, alices_progress):
    client.force_login(alice)
    before = _snapshot()
    assert client.post(_export_url("json")).status_code == 405
    assert _snapshot() == before


@pytest.mark.parametrize("fmt", ["json", "csv", "md"])
def test_export_sends_a_new_visitor_back_and_creates_nothing(client, fmt):
    make_career()
    response = client.get(_export_url(fmt))
    assert response.status_code == 302
    assert response.url == reverse("progress:dashboard")
    assert _messages(response) == ["There is nothing to export yet: mark a skill first."]
    assert Learner.objects.count() == 0
    assert Session.objects.count() == 0


def test_export_with_an_empty_account_learner_is_an_empty_file(client, alice):
    make_career()
    account_learner(alice)
    client.force_login(alice)
    data = json.loads(body(client.get(_export_url("json"))))
    assert (data["skills"], data["pathways"]) == ([], [])
    assert len(data["career"]["skills"]) == 4  # the guide's skills are listed all the same


def test_the_dashboard_offers_no_download_before_there_is_anything_to_export(client):
    make_career()
    html = client.get(reverse("progress:dashboard")).content.decode()
    assert "download>" not in html and _export_url("json") not in html
    assert "Nothing to export yet" in html
    client.post(reverse("progress:skill_update", args=["tech-0"]), {"status": "learning"})
    html = client.get(reverse("progress:dashboard")).content.decode()
    assert f'<a href="{_export_url("json")}" download>' in html


# Import


def test_it_shows_the_import_form_and_creates_nothing(client):
    make_career()
    response = client.get(IMPORT_URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'enctype="multipart/form-data"' in html
    assert 'type="file" name="file"' in html
    assert Learner.objects.count() == 0
    assert Session.objects.count() == 0


def test_import_refuses_other_methods(client):
    assert client.put(IMPORT_URL).status_code == 405
    assert client.delete(IMPORT_URL).status_code == 405


def test_export_then_import_gives_back_the_same_data(client, alice, alices_progress):
    client.force_login(alice)
    exported = body(client.get(_export_url("json")))
    fields = ("skill__slug", "status", "level", "notes", "evidence_links", "target_date", "updated_at")
    skills_before = list(alices_progress.skill_progress.order_by("skill__slug").values(*fields))
    steps_before = set(alices_progress.step_completions.values_list("step_id", flat=True))
    plans_before = set(alices_progress.pathway_plans.values_list("pathway_id", flat=True))

    client.post(reverse("progress:reset"), {"confirm": "on"})
    assert not alices_progress.skill_progress.exists() and not alices_progress.step_completions.exists()

    response = client.post(IMPORT_URL, _upload(exported))
    assert response.status_code == 302
    assert response.url == reverse("progress:dashboard")
    assert _messages(response)[-1] == "Imported: 3 skills updated, 0 topics updated, 2 pathway steps ticked."
    assert list(alices_progress.skill_progress.order_by("skill__slug").values(*fields)) == skills_before
    assert set(alices_progress.step_completions.values_list("step_id", flat=True)) == steps_before
    assert set(alices_progress.pathway_plans.values_list("pathway_id", flat=True)) == plans_before
    assert Learner.objects.count() == 1


def test_importing_the_same_file_twice_changes_nothing_the_second_time(client, alice, alices_progress):
    client.force_login(alice)
    exported = body(client.get(_export_url("json")))
    response = client.post(IMPORT_URL, _upload(exported))
    assert _messages(response)[-1] == "Imported: 0 skills updated, 0 topics updated, 2 pathway steps ticked."
    assert StepCompletion.objects.count() == 2


def test_a_visitor_can_import(client):
    make_career()
    response = client.post(IMPORT_URL, _upload(_file(_entry(level=3))))
    assert response.status_code == 302
    row = SkillProgress.objects.get()
    assert (row.learner.user, row.skill.slug, row.level, row.status) == (None, "tech-0", 3, "learning")


def test_the_later_change_wins_on_import(client, alice):
    make_career()
    learner = account_learner(alice)
    _set(learner, "tech-0", level=3)  # now
    _set(learner, "tech-1", level=3)
    client.force_login(alice)
    a_second_ago = (timezone.now() - datetime.timedelta(seconds=1)).isoformat()
    old = _file(_entry(level=1), _entry(skill="tech-1", level=4, updated_at=a_second_ago))
    client.post(IMPORT_URL, _upload(old))
    levels = dict(learner.skill_progress.values_list("skill__slug", "level"))
    assert levels == {"tech-0": 3, "tech-1": 3}  # the file is older than both

    client.post(IMPORT_URL, _upload(_file(_entry(skill="tech-1", level=4, updated_at=timezone.now().isoformat()))))
    assert learner.skill_progress.get(skill__slug="tech-1").level == 4


def test_it_caps_a_future_updated_at(client, alice):
    make_career()
    client.force_login(alice)
    client.post(IMPORT_URL, _upload(_file(_entry(updated_at="2999-01-01T00:00:00+00:00"))))
    row = SkillProgress.objects.get()
    assert row.level == 2
    assert row.updated_at <= timezone.now()
    # So a change made later still wins over it.
    client.post(reverse("progress:skill_update", args=["tech-0"]), {"level": "4"})
    assert SkillProgress.objects.get().level == 4


def test_it_leaves_out_unknown_skills_and_pathways_with_a_note(client, alice):
    make_career()
    client.force_login(alice)
    content = _file(
        _entry(level=1),
        _entry(skill="quantum-telepathy", level=4),
        pathways=[{"pathway": "gone-pathway", "completed_steps": [{"id": 1}]}],
    )
    response = client.post(IMPORT_URL, _upload(content))
    assert response.status_code == 302
    message = _messages(response)[-1]
    assert message.startswith("Imported: 1 skill updated, 0 topics updated, 0 pathway steps ticked.")
    assert "2 entries name skills, topics or pathways this site no longer has, left out." in message
    assert list(SkillProgress.objects.values_list("skill__slug", flat=True)) == ["tech-0"]
    assert not PathwayPlan.objects.exists()


def test_it_ignores_steps_of_another_pathway(client, alice):
    make_career()
    mine = make_pathway(steps=2)
    other_step = PathwayStepFactory(pathway=PathwayFactory(slug="other"))
    client.force_login(alice)
    content = _file(pathways=[{"pathway": mine.slug, "completed_steps": [{"id": other_step.pk}]}])
    client.post(IMPORT_URL, _upload(content))
    assert not StepCompletion.objects.exists()
    assert PathwayPlan.objects.get().pathway == mine


REFUSED = [
    ("not json at all", "That file is not valid JSON."),
    (b"\xff\xfe\x00garbage", "That file is not valid JSON."),
    ('{"hello": "world"}', "That file is not a Career Guide progress export."),
    ("[1, 2, 3]", "That file is not a Career Guide progress export."),
    (_file(version=4), "That export has version 4; this site reads version 1, 2 or 3."),
    (_file(skills={"tech-0": 3}), "That file is damaged: “skills” must be a list."),
    (_file(_entry(), "tech-1"), "That file is damaged: skill entry 2 is not in the expected shape."),
    (
        _file(_entry(), _entry(skill="tech-1", level=9)),
        "Skill entry 2 (tech-1) is invalid: level: Select a valid choice. 9 is not one of the available choices.",
    ),
    (_file(_entry(status="bogus")), "Skill entry 1 (tech-0) is invalid: status: Select a valid choice."),
    (
        _file(_entry(evidence_links=["https://ok.example/", "javascript:alert(1)"])),
        "Skill entry 1 (tech-0) is invalid: evidence_links: “javascript:alert(1)” is not a web address.",
    ),
    (_file(_entry(evidence_links="https://ok.example/")), "evidence_links must be a list of links."),
    (_file(_entry(notes="x" * 5001)), "Ensure this value has at most 5000 characters (it has 5001)."),
    (_file(_entry(target_date="2026-02-30")), "target_date: Enter a valid date."),
    (_file(_entry(updated_at="yesterday")), "Skill entry 1 (tech-0) has no valid updated_at time."),
    (_file(_entry(updated_at="2025-01-02T03:04:05")), "has no valid updated_at time."),  # no time zone
    (_file(pathways=["personal-projects"]), "That file is damaged: pathway entry 1 is not in the expected shape."),
]


@pytest.mark.parametrize(("content", "message"), REFUSED)
def test_it_refuses_a_bad_file_with_a_message_and_changes_nothing(client, alice, alices_progress, content, message):
    client.force_login(alice)
    before = _snapshot()
    response = client.post(IMPORT_URL, _upload(content))
    assert response.status_code == 400
    assert message in response.content.decode().replace("&#x27;", "'")
    assert _snapshot() == before


def test_a_refused_file_creates_no_learner_for_a_visitor(client):
    make_career()
    response = client.post(IMPORT_URL, _upload(_file(_entry(level=9))))
    assert response.status_code == 400
    assert Learner.objects.count() == 0
    assert Session.objects.count() == 0


@override_settings(PROGRESS_IMPORT_MAX_BYTES=1024)
def test_it_refuses_an_oversized_file_and_changes_nothing(client, alice, alices_progress):
    client.force_login(alice)
    before = _snapshot()
    content = _file(_entry(notes="x" * 2048))
    assert len(content) > 2048
    response = client.post(IMPORT_URL, _upload(content))
    assert response.status_code == 400
    assert "That file is 2 KB; the limit is 1 KB." in response.content.decode()
    assert _snapshot() == before


def test_it_refuses_a_post_without_a_file(client, alice, alices_progress):
    client.force_login(alice)
    before = _snapshot()
    # A browser always sends the CSRF field, so the form is bound even without a file.
    response = client.post(IMPORT_URL, {"csrfmiddlewaretoken": "token"})
    assert response.status_code == 400
    assert "This field is required." in response.content.decode()
    assert _snapshot() == before


@pytest.fixture
def client_500s(client):
    """A client that returns a server error as a 500 response instead of raising it in the test."""
    client.raise_request_exception = False
    return client


# Crafted files that a validator must turn into a message, not a server error.
CRAFTED = [
    pytest.param("[" * 100_000, "That file is not valid JSON.", id="deeply-nested"),
    pytest.param(
        _file(_entry(updated_at="2025-13-45T00:00:00+00:00")), "has no valid updated_at time.", id="impossible-date"
    ),
    pytest.param(
        _file(pathways=[{"pathway": ["personal-projects"], "completed_steps": []}]),
        "That file is damaged: pathway entry 1 has no “pathway” name.",
        id="pathway-slug-is-a-list",
    ),
    pytest.param(
        _file(pathways=[{"pathway": "personal-projects", "completed_steps": [{"id": [1]}]}]),
        "pathway entry 1 (personal-projects) lists its completed steps wrongly.",
        id="step-id-is-a-list",
    ),
    # Each of these was a 500 before (issue 14): the database or the encoder refused what the parser let by.
    pytest.param(
        _file(_entry(skill="tech-0\x00")),
        "Skill entry 1 holds a character that cannot be stored (NUL, lone surrogate).",
        id="nul-in-a-skill-slug",
    ),
    pytest.param(
        _file(pathways=[{"pathway": "personal\x00projects", "completed_steps": []}]),
        "Pathway entry 1 holds a character that cannot be stored (NUL, lone surrogate).",
        id="nul-in-a-pathway-slug",
    ),
    pytest.param(
        _file(topics=[{"topic": "x\x00", "status": "done", "updated_at": "2025-01-02T03:04:05+00:00"}]),
        "Topic entry 1 holds a character that cannot be stored (NUL, lone surrogate).",
        id="nul-in-a-topic-slug",
    ),
    pytest.param(
        _file(_entry(skill="Tech 0")),
        "That file is damaged: the “skill” of skill entry 1 is not a name this site uses.",
        id="a-skill-slug-that-is-no-slug",
    ),
    pytest.param(
        _file(_entry(skill="tech-\ud800")),
        "Skill entry 1 holds a character that cannot be stored (NUL, lone surrogate).",
        id="lone-surrogate-in-a-slug",
    ),
    pytest.param(
        _file(_entry(), _entry(skill="tech-1", notes="fine \ud800 not")),
        "Skill entry 2 holds a character that cannot be stored (NUL, lone surrogate).",
        id="lone-surrogate-in-notes",
    ),
    pytest.param(
        _file(_entry(notes="a\x00b")),
        "Skill entry 1 holds a character that cannot be stored (NUL, lone surrogate).",
        id="nul-in-notes",
    ),
    pytest.param(
        _file(_entry(target_date={"year": 2027})),
        "Skill entry 1 (tech-0) is invalid: target_date must be a date such as 2027-06-30.",
        id="target-date-is-an-object",
    ),
    pytest.param(
        _file(_entry(target_date=["2027-06-30"])),
        "Skill entry 1 (tech-0) is invalid: target_date must be a date such as 2027-06-30.",
        id="target-date-is-a-list",
    ),
    pytest.param(
        _file(_entry(target_date=20270630)),
        "Skill entry 1 (tech-0) is invalid: target_date must be a date such as 2027-06-30.",
        id="target-date-is-a-number",
    ),
    pytest.param(
        _file(_entry(), _entry(level=3)),
        "Skill entry 2 (tech-0) repeats a skill listed earlier.",
        id="a-skill-listed-twice",
    ),
    pytest.param(
        _file(_entry(updated_at="0001-01-01T00:00:00+23:59")),
        "Skill entry 1 (tech-0) has no valid updated_at time.",
        id="updated-at-out-of-range-in-utc",
    ),
    pytest.param(
        _file(_entry(updated_at="1900-01-01T00:00:00+00:00")),
        "Skill entry 1 (tech-0) has an updated_at time before the year 2000.",
        id="updated-at-long-ago",
    ),
    pytest.param(_file(_entry(level=True)), "level must be a whole number from 0 to 4.", id="level-is-a-bool"),
    pytest.param(_file(_entry(level=2.0)), "level must be a whole number from 0 to 4.", id="level-is-a-float"),
    pytest.param(_file(_entry(status=["done"])), "Skill entry 1 (tech-0) is invalid: status must be", id="status-list"),
    pytest.param(_file(_entry(notes={"a": 1})), "Skill entry 1 (tech-0) is invalid: notes must be text.", id="notes"),
    pytest.param(_file(_entry(skill=7)), "That file is damaged: skill entry 1 has no “skill” name.", id="slug-number"),
    pytest.param(
        _file(version=[1]),
        "That export has no version number; this site reads version 1, 2 or 3.",
        id="version-is-a-list",
    ),
    pytest.param(
        _file(version=True),
        "That export has no version number; this site reads version 1, 2 or 3.",
        id="version-is-a-bool",
    ),
    pytest.param(
        _file(pathways=[{"pathway": "personal-projects", "completed_steps": [{"id": True}]}]),
        "pathway entry 1 (personal-projects) lists its completed steps wrongly.",
        id="step-id-is-a-bool",
    ),
    pytest.param(
        _file(topics=[{"topic": "t", "status": "done", "updated_at": "2025-01-02T03:04:05+00:00"}] * 2),
        "Topic entry 2 (t) repeats a topic listed earlier.",
        id="a-topic-listed-twice",
    ),
]


@pytest.mark.parametrize(("content", "message"), CRAFTED)
def test_it_refuses_a_crafted_file_without_a_server_error(client_500s, alice, alices_progress, content, message):
    client_500s.force_login(alice)
    before = _snapshot()
    response = client_500s.post(IMPORT_URL, _upload(content))
    assert response.status_code == 400
    assert message in response.content.decode()
    assert _snapshot() == before


def test_an_import_keeps_an_old_target_date_that_the_form_would_refuse_now(client, alice):
    make_career()
    client.force_login(alice)
    old = _file(_entry(target_date="2019-05-01"))
    assert client.post(IMPORT_URL, _upload(old)).status_code == 302
    assert SkillProgress.objects.get().target_date == datetime.date(2019, 5, 1)


def _events(learner, count: int) -> None:
    start = timezone.now() - datetime.timedelta(days=400)
    ProgressEvent.objects.bulk_create(
        ProgressEvent(
            learner=learner,
            description=f"Change {n} “ünïcode”",
            overall_percent=n % 101,
            created_at=start + datetime.timedelta(minutes=n),
        )
        for n in range(count)
    )


def _peak_while_streaming(client) -> tuple[int, bytes]:
    """The largest amount of memory Python held while the JSON export was read, and the file."""
    import tracemalloc

    tracemalloc.start()
    try:
        response = client.get(_export_url("json"))
        size = 0
        digest = hashlib.sha256()
        for chunk in response.streaming_content:  # read as a client would, keeping nothing of it
            size += len(chunk)
            digest.update(chunk)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return peak, size


def test_the_json_export_streams_the_whole_history_in_constant_memory(client, alice, capsys):
    """A learner with 10,000 events exports in about the memory of one with 2,500: the history is read
    and written HISTORY_CHUNK (2,000) events at a time, so memory stops growing once a chunk is full."""
    make_career()
    learner = account_learner(alice)
    client.force_login(alice)
    _events(learner, 2_500)
    small_peak, small_size = _peak_while_streaming(client)
    _events(learner, 7_500)
    large_peak, large_size = _peak_while_streaming(client)
    with capsys.disabled():
        print(f"\nJSON export: 2,500 events {small_size} bytes, peak {small_peak // 1024} KB; ", end="")
        print(f"10,000 events {large_size} bytes, peak {large_peak // 1024} KB")
    assert large_size > 3.5 * small_size  # four times the history, four times the file...
    assert large_peak < 1.5 * small_peak  # ...in about the same memory (it would be 4 times if it grew)

    data = json.loads(body(client.get(_export_url("json"))))
    assert len(data["history"]) == 10_000
    assert data["history"][0]["change"] == "Change 0 “ünïcode”"  # oldest first
    assert [entry["at"] for entry in data["history"]] == sorted(entry["at"] for entry in data["history"])


def test_an_export_with_no_history_is_valid_json_and_imports_back(client, alice, alices_progress):
    client.force_login(alice)
    ProgressEvent.objects.all().delete()
    exported = body(client.get(_export_url("json")))
    assert json.loads(exported)["history"] == []
    response = client.post(reverse("progress:import"), {"file": SimpleUploadedFile("p.json", exported)})
    assert response.status_code == 302
