"""A tour of every kind of page a person can reach on the real guide, fetched through the test client.

The W3C HTML checker (tests/operations/test_html_validity.py) and axe (tests/browser/test_every_page.py)
both check exactly these pages: every URL in the sitemap, search (results, close matches, nothing found,
empty), the tracker as a new visitor, a visitor with progress and a logged-in learner (with a one-off
message too, and a plan with target dates, a planned week and a calendar address), a share page, the
import and reset pages, every account page (sign-up and its confirmation, log in, the lockout, password
change and reset, the account page and deleting it), forms that came back with errors, a draft an editor
previews, and the error pages (404, 500, 503).

Needs the seeded guide (the `seeded_guide` fixture) and a database the test may write to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import timedelta

from django.conf import settings
from django.contrib.auth.tokens import default_token_generator
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template.loader import render_to_string
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from core.content import Status
from pathways.models import Pathway
from progress import services
from skills.models import Skill, Topic
from tests.accounts.signup_helpers import confirm_link, last_mail_to, open_link, sign_up
from tests.factories import SkillFactory, UserFactory
from tests.progress_helpers import account_learner

# Headers a browser needs to show a saved page as the server sent it.
KEPT_HEADERS = ("Content-Type", "Content-Security-Policy", "Permissions-Policy", "Referrer-Policy")


@dataclass(frozen=True)
class Page:
    who: str  # the persona: "learner"
    label: str  # who looked, and how: "learner: GET /progress/"
    path: str  # the address the browser shows it at
    status: int
    html: str
    template: str  # the page's own template: "careerguide/skill_detail.html"
    headers: dict[str, str] = field(default_factory=dict)


class Tour:
    """Collects pages; every fetch must answer the status the tour expects, as HTML."""

    def __init__(self) -> None:
        self.pages: list[Page] = []

    def get(self, client: Client, who: str, path: str, *, status: int = 200, follow: bool = False) -> Page:
        return self.keep(who, f"GET {path}", client.get(path, follow=follow), status)

    def post(self, client: Client, who: str, path: str, data: dict, *, status: int = 200) -> Page:
        """A form sent with an error (or followed to where it leads): the page that answers."""
        return self.keep(who, f"POST {path}", client.post(path, data, follow=True), status)

    def rendered(self, who: str, path: str, template: str, status: int) -> Page:
        """A page the server renders without a request (the 500 and 503 pages, see core/errors.py)."""
        html = render_to_string(template)
        page = Page(who, f"{who}: {template}", path, status, html, template, {"Content-Type": "text/html"})
        self.pages.append(page)
        return page

    def keep(self, who: str, what: str, response, status: int = 200) -> Page:
        """A response (the last of its redirects) as a page; `what` says how it was asked for."""
        query = response.request.get("QUERY_STRING")
        final = response.request["PATH_INFO"] + (f"?{query}" if query else "")
        label = f"{who}: {what}" + (f" -> {final}" if not what.endswith(f" {final}") else "")
        assert response.status_code == status, f"{label} answered {response.status_code}, not {status}"
        assert response["Content-Type"].startswith("text/html"), f"{label} is {response['Content-Type']}"
        headers = {name: response[name] for name in KEPT_HEADERS if response.has_header(name)}
        # A page the page cache answered was rendered by no template in this request.
        template = response.templates[0].name if response.templates else "(a stored page)"
        page = Page(who, label, final, status, response.content.decode(), template, headers)
        self.pages.append(page)
        return page


def sitemap_paths(client: Client) -> list[str]:
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    locations = re.findall(r"<loc>(.*?)</loc>", response.content.decode())
    assert locations, "the sitemap lists no URLs"
    assert all(location.startswith(settings.SITE_URL + "/") for location in locations), locations[:3]
    return [location.removeprefix(settings.SITE_URL) for location in locations]


def _is_a_later_topic(path: str, skills_seen: set[str]) -> bool:
    """/skills/<skill>/<topic>/ for a skill whose first topic page came before."""
    parts = path.strip("/").split("/")
    if len(parts) != 3 or parts[0] != "skills":
        return False
    if parts[1] in skills_seen:
        return True
    skills_seen.add(parts[1])
    return False


def take_the_tour(*, every_topic: bool = True) -> list[Page]:
    """The pages, in order. Without `every_topic` only the first topic page of each skill in the sitemap
    is kept: the 130 topic pages share one template, and their text is seeded content."""
    tour = Tour()
    visitor = Client()
    python = Skill.objects.get(slug="programming-python")
    topic = Topic.objects.filter(skill=python).order_by("order").first()
    pathway = Pathway.objects.get(slug="personal-projects")

    # A visitor reads the guide.
    skills_seen: set[str] = set()
    for path in sitemap_paths(visitor):
        if every_topic or not _is_a_later_topic(path, skills_seen):
            tour.get(visitor, "visitor", path)
    for query in ("kubernetes", "k8s", "kubernetis", "", "qzxwv zzyzx"):
        tour.get(visitor, "visitor", "/search/?" + (f"q={query.replace(' ', '+')}" if query else "q="))
    tour.get(visitor, "visitor", "/search/")
    tour.get(visitor, "visitor", "/no-such-page/", status=404)
    tour.rendered("visitor", "/server-error/", "500.html", 500)
    tour.rendered("visitor", "/database-unavailable/", "503.html", 503)

    # A new visitor's tracker and its forms.
    tour.get(visitor, "new visitor", "/progress/")
    tour.get(visitor, "new visitor", "/progress/import/")
    tour.get(visitor, "new visitor", "/progress/reset/")
    tour.post(visitor, "new visitor", "/progress/reset/", {"confirm": ""}, status=400)
    not_a_progress_file = SimpleUploadedFile("progress.json", b"[1, 2", content_type="application/json")
    tour.post(visitor, "new visitor", "/progress/import/", {"file": not_a_progress_file}, status=400)

    # A visitor with progress: the message after a save, their marks on the guide, a refused save.
    marker = Client()
    tour.post(marker, "visitor with progress", f"/progress/skills/{python.slug}/", {"status": "learning", "level": 2})
    tour.post(marker, "visitor with progress", f"/progress/topics/{topic.slug}/", {"status": "done"})
    tour.post(marker, "visitor with progress", f"/progress/pathways/{pathway.slug}/", {"following": "1"})
    tour.post(marker, "visitor with progress", f"/progress/steps/{pathway.steps.first().pk}/", {"done": "1"})
    tour.post(marker, "visitor with progress", f"/progress/skills/{python.slug}/", {"evidence_links": "not a link"})
    tour.post(marker, "visitor with progress", "/progress/plan/hours/", {"hours_per_week": "6"})
    tour.post(marker, "visitor with progress", "/progress/plan/hours/", {"hours_per_week": "many"})
    tour.post(marker, "visitor with progress", "/progress/calendar/", {"action": "enable"})
    tour.get(marker, "visitor with progress", "/progress/")
    tour.get(marker, "visitor with progress", "/")
    tour.get(marker, "visitor with progress", "/roadmap/")

    # A learner with an account: progress on several skills with target dates overdue, soon and later (their
    # plan), a planned week, a calendar address, a followed pathway with a ticked step and a share link.
    alice = UserFactory(username="alice")
    learner = account_learner(alice)
    today = timezone.localdate()
    for slug, level, status, days_to_target in (
        ("programming-python", 3, "done", None),
        ("machine-learning", 1, "learning", -10),
        ("communication", 2, "learning", 7),
        ("containers-orchestration", 1, "learning", 90),
    ):
        services.progress_update(
            learner=learner,
            skill=Skill.objects.get(slug=slug),
            changes={
                "level": level,
                "status": status,
                "notes": "Practising <every> day & night.",
                "evidence_links": "https://example.com/repo\nhttps://example.com/certificate",
                "target_date": None if days_to_target is None else today + timedelta(days=days_to_target),
            },
        )
    services.topic_set(learner=learner, topic=topic, status="done")
    services.plan_set(learner=learner, pathway=pathway, following=True)
    services.step_set(learner=learner, step=pathway.steps.first(), done=True)
    services.hours_per_week_set(learner=learner, hours=8)
    services.secret_link_enable(learner=learner, link="calendar")
    token = services.secret_link_enable(learner=learner, link="share")
    learner_client = Client()
    learner_client.force_login(alice)
    tour.get(learner_client, "learner", "/progress/")
    tour.post(learner_client, "learner", "/progress/share/", {"action": "enable"})  # the dashboard, with a message
    tour.get(visitor, "visitor", reverse("progress:shared", args=[token]))
    for path in (
        "/",
        python.get_absolute_url(),
        topic.get_absolute_url(),
        pathway.get_absolute_url(),
        "/roadmap/",
        "/search/?q=python",
        "/progress/import/",
        "/progress/reset/",
        "/accounts/",
        "/accounts/delete/",
        "/accounts/password/change/",
        "/accounts/password/change/done/",
    ):
        tour.get(learner_client, "learner", path)
    tour.post(learner_client, "learner", "/accounts/delete/", {"password": "not it"})
    tour.post(
        learner_client,
        "learner",
        "/accounts/password/change/",
        {"old_password": "not it", "new_password1": "short", "new_password2": "other"},
    )

    # Log in, sign up, confirm, reset a password: the forms, their errors and where they lead.
    stranger = Client()
    for path in (
        "/accounts/login/",
        "/accounts/login/?next=/progress/",
        "/accounts/signup/",
        "/accounts/signup/sent/",
        "/accounts/signup/confirm/",
        "/accounts/password/reset/",
        "/accounts/password/reset/sent/",
        "/accounts/password/reset/complete/",
        "/accounts/password/reset/MQ/not-a-token/",
    ):
        tour.get(stranger, "visitor", path)
    tour.post(stranger, "visitor", "/accounts/login/", {"username": "alice", "password": "not it"})
    tour.post(stranger, "visitor", "/accounts/signup/", {"username": "x y", "email": "no", "password1": "a"})
    tour.post(stranger, "visitor", "/accounts/password/reset/", {"email": "alice@example.com"})
    uid = urlsafe_base64_encode(force_bytes(alice.pk))
    reset_link = reverse("password_reset_confirm", args=[uid, default_token_generator.make_token(alice)])
    tour.get(Client(), "visitor", reset_link, follow=True)  # the set-password form
    newcomer = Client()
    sign_up(newcomer, username="charlie", email="charlie@example.com")
    confirm_page = open_link(newcomer, confirm_link(last_mail_to("charlie@example.com")))
    tour.keep("newcomer", "GET the mailed confirmation link", confirm_page)
    locked = Client()
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        locked.post("/accounts/login/", {"username": "bob", "password": "guess"})
    tour.post(locked, "visitor", "/accounts/login/", {"username": "bob", "password": "guess"}, status=429)

    # An editor previews a draft.
    draft = SkillFactory(name="Draft skill", slug="draft-skill", status=Status.DRAFT)
    editor = Client()
    editor.force_login(UserFactory(username="edith", is_staff=True))
    tour.get(editor, "editor", draft.get_absolute_url())
    return tour.pages
