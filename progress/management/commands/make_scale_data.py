"""Fill a database with a large synthetic population of learners, to measure how the site's cost grows.

By default (issue 13): 100,000 accounts and 200,000 visitors (nine in ten of them with sessions expired
long ago), 2,000,000 skill and topic progress rows (30% skills), 1,000,000 progress events, one heavy
learner (the account `heavy-learner`, tracking every skill, topic and pathway) with 10,000 events more,
20 pathway plans per 100 learners with some of their steps ticked, and 5,000 revisions of skills and
resources in the history tables. `--scale` multiplies every default size but the heavy learner's
history; each size also has its own option. Each learner's `changes` counts their events, as
progress.services keeps it.

Everything is synthetic: accounts are learner-000001, learner-000002, ... with addresses at
example.invalid (a domain that can never receive mail) and one unusable password, so no account can log
in until someone sets a password on purpose and no password is ever hashed here. The rows are written
in one transaction, on PostgreSQL with COPY, elsewhere with batched INSERTs; the command refuses to run
a second time on the same database, and refuses production unless told twice.
"""

from __future__ import annotations

import random
import secrets
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from importlib import import_module
from itertools import accumulate

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.core.management.base import BaseCommand, CommandError
from django.core.management.color import no_style
from django.db import DEFAULT_DB_ALIAS, connection, connections, models, transaction
from django.db.models import Max
from django.utils import timezone

from careerguide.models import Career, CareerSkill, Resource
from core.content import Status
from pathways.models import Pathway, PathwayStep
from progress.models import (
    Learner,
    PathwayPlan,
    ProgressEvent,
    ProgressStatus,
    SkillProgress,
    StepCompletion,
    TopicProgress,
)
from skills.models import LEVEL_NAMES, Skill, Topic

DEFAULTS = {
    "accounts": 100_000,
    "visitors": 200_000,
    "progress_rows": 2_000_000,
    "events": 1_000_000,
    "revisions": 5_000,
}
DEFAULT_HEAVY_EVENTS = 10_000  # one learner's history: not multiplied by --scale
DEFAULT_PLANS_PER_100 = 20
HEAVY_USERNAME = "heavy-learner"
ACCOUNT_PREFIX = "learner-"
EDITOR_USERNAMES = ("editor-01", "editor-02", "editor-03")
EMAIL_DOMAIN = "example.invalid"  # RFC 2606: reserved, never delivers
REVISION_REASON = "Synthetic revision (make_scale_data)"

SKILL_ROW_SHARE = 0.3  # of the progress rows, the rest are topic rows
EXPIRED_VISITOR_SHARE = 0.9
ACCOUNT_WEIGHT = 2.0  # an account holds about twice a visitor's progress
HISTORY_DAYS = 3 * 365
BATCH_LEARNERS = 2_000
INSERT_BATCH = 2_000  # rows per executemany where there is no COPY

SKILL_STATUSES = (
    (ProgressStatus.LEARNING, 50),
    (ProgressStatus.DONE, 25),
    (ProgressStatus.NOT_STARTED, 15),
    (ProgressStatus.SKIPPED, 10),
)
TOPIC_STATUSES = (
    (ProgressStatus.DONE, 55),
    (ProgressStatus.LEARNING, 30),
    (ProgressStatus.SKIPPED, 10),
    (ProgressStatus.NOT_STARTED, 5),
)

# The fields of each table's rows, in the order rows_for writes them.
COLUMNS = {
    "users": (
        *("id", "username", "email", "password", "first_name", "last_name"),
        *("is_staff", "is_superuser", "is_active", "date_joined", "last_login"),
    ),
    "learners": ("id", "user", "career", "share_token", "created_at", "changes", "hours_per_week", "calendar_token"),
    "skills": ("id", "learner", "skill", "status", "level", "notes", "evidence_links", "target_date", "updated_at"),
    "topics": ("id", "learner", "topic", "status", "updated_at"),
    "events": ("id", "learner", "skill", "step", "topic", "description", "overall_percent", "created_at"),
    "plans": ("id", "learner", "pathway", "created_at"),
    "steps": ("id", "learner", "step", "completed_at"),
}
# The statuses' weights, as random.choices takes them fastest: the values and their running totals.
CUMULATIVE = {
    weighted: ([value for value, _ in weighted], list(accumulate(weight for _, weight in weighted)))
    for weighted in (SKILL_STATUSES, TOPIC_STATUSES)
}


class RowWriter:
    """Writes rows straight into a model's table: COPY on PostgreSQL, batched INSERTs elsewhere.

    No model is instantiated and no signal is sent, so explicit values (ids, created_at, which
    auto_now_add would overwrite) are kept as given. Where there is no COPY, dates and times go
    through their field's get_db_prep_save, as a save would send them; numbers and text as they are.
    """

    def __init__(self) -> None:
        self.connection = connections[DEFAULT_DB_ALIAS]
        self.copy = self.connection.vendor == "postgresql"
        self.written: dict[str, int] = {}

    def write(self, model: type[models.Model], names: tuple[str, ...], rows: list[tuple]) -> None:
        if not rows:
            return
        fields = [model._meta.get_field(name) for name in names]
        quote = self.connection.ops.quote_name
        table = quote(model._meta.db_table)
        columns = ", ".join(quote(field.column) for field in fields)
        with self.connection.cursor() as cursor:
            if self.copy:
                # psycopg 3's cursor.copy, reached through Django's cursor wrapper (it passes on attributes).
                with cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                    for row in rows:
                        copy.write_row(row)
            else:
                # Only the model's own table and column names, quoted by the backend, are formatted in.
                placeholders = ", ".join(["%s"] * len(fields))
                sql = f"INSERT INTO {table} ({columns}) VALUES ({placeholders})"  # noqa: S608  # nosec B608
                for start in range(0, len(rows), INSERT_BATCH):
                    cursor.executemany(sql, self.adapted(fields, rows[start : start + INSERT_BATCH]))
        self.written[model._meta.label] = self.written.get(model._meta.label, 0) + len(rows)

    def adapted(self, fields: list[models.Field], rows: list[tuple]) -> list[tuple]:
        dated = [index for index, field in enumerate(fields) if isinstance(field, models.DateField)]
        if not dated:
            return rows
        adapted = []
        for row in rows:
            values = list(row)
            for index in dated:
                values[index] = fields[index].get_db_prep_save(values[index], self.connection)
            adapted.append(tuple(values))
        return adapted


def allocate(total: int, weights: list[float], cap: int | None, rng: random.Random) -> list[int]:
    """Split total into whole counts proportional to weights, none above cap; the sum is exactly total.

    Each round gives every learner still under the cap the whole part of their share of what is left;
    once a round places less than half of it, the rest goes one by one to learners drawn by weight.
    """
    count = len(weights)
    if total <= 0 or count == 0:
        return [0] * count
    limit = total if cap is None else cap
    if total > limit * count:
        raise CommandError(f"Cannot place {total:,} rows on {count:,} learners with at most {cap} each.")
    counts = [0] * count
    open_ = [index for index in range(count) if limit > 0]
    left = total
    while left > 0:
        weight_sum = sum(weights[index] for index in open_)
        placed = 0
        if weight_sum > 0:
            for index in open_:
                wanted = min(int(left * weights[index] / weight_sum), limit - counts[index])
                counts[index] += wanted
                placed += wanted
        left -= placed
        open_ = [index for index in open_ if counts[index] < limit]
        if left and placed < left:
            for index in rng.choices(open_, weights=[weights[i] + 1e-9 for i in open_], k=left):
                if counts[index] < limit:
                    counts[index] += 1
                    left -= 1
            open_ = [index for index in open_ if counts[index] < limit]
    return counts


@dataclass
class Guide:
    """The loaded guide's ids and names the rows point to."""

    skills: list[Skill]
    targets: dict[int, int]  # skill id -> the career's target level
    topics: list[Topic]
    pathways: list[Pathway]
    steps: dict[int, list[PathwayStep]]  # pathway id -> its steps in order

    @classmethod
    def load(cls) -> Guide:
        career = Career.objects.published().filter(is_default=True).first() or Career.objects.published().first()
        if career is None:
            raise CommandError("Load the guide first: python manage.py load_guide (no published career found).")
        career_skills = list(
            CareerSkill.objects.filter(career=career, skill__status=Status.PUBLISHED).select_related("skill")
        )
        skills = [cs.skill for cs in career_skills]
        topics = list(Topic.objects.published().filter(skill__in=skills).select_related("skill"))
        pathways = [p for p in Pathway.objects.published().prefetch_related("steps") if p.steps.all()]
        if not skills or not topics or not pathways:
            raise CommandError(
                "Load the guide first: python manage.py load_guide (the default career needs published skills, "
                "topics and pathways with steps)."
            )
        return cls(
            skills=skills,
            targets={cs.skill_id: cs.target_level for cs in career_skills},
            topics=topics,
            pathways=pathways,
            steps={p.pk: list(p.steps.all()) for p in pathways},
        )


@dataclass
class LearnerPlan:
    """One learner to write: who they are, when they were active, and how much they recorded."""

    kind: str  # "account", "expired" (a visitor whose session expired) or "active" (a visitor)
    created_at: datetime
    last_active: datetime
    skills: int = 0
    topics: int = 0
    plans: int = 0
    events: int = 0
    username: str | None = None
    heavy: bool = False
    learner_id: int = 0
    user_id: int | None = None


class Ids:
    """The next free primary key of each table: rows are written with explicit ids, the sequences
    are moved past them at the end."""

    def __init__(self, *models_: type[models.Model]) -> None:
        self.next = {model: (model.objects.aggregate(top=Max("pk"))["top"] or 0) + 1 for model in models_}

    def take(self, model: type[models.Model], count: int = 1) -> int:
        first = self.next[model]
        self.next[model] += count
        return first


class Command(BaseCommand):
    help = (
        "Fill the database with synthetic learners for scale tests: accounts, visitors (most expired), skill "
        "and topic progress, events, a heavy learner, pathway plans and content revisions. Needs the guide "
        "(load_guide) and a database without synthetic learners; refuses production unless told twice."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--scale", type=float, default=1.0, help="Multiply every default size (1.0: the full data set)."
        )
        parser.add_argument("--accounts", type=int, help="Accounts, the heavy learner included (100,000).")
        parser.add_argument("--visitors", type=int, help="Visitors without an account (200,000).")
        parser.add_argument(
            "--progress-rows", type=int, help="Skill and topic progress rows together, 30%% skills (2,000,000)."
        )
        parser.add_argument(
            "--events", type=int, help="Progress events of every learner but the heavy one (1,000,000)."
        )
        parser.add_argument(
            "--heavy-events", type=int, default=DEFAULT_HEAVY_EVENTS, help="The heavy learner's events (10,000)."
        )
        parser.add_argument(
            "--plans-per-100", type=int, default=DEFAULT_PLANS_PER_100, help="Pathway plans per 100 learners (20)."
        )
        parser.add_argument("--revisions", type=int, help="Revisions of skills and resources in their history (5,000).")
        parser.add_argument("--seed", type=int, default=13, help="Seed of the random choices (same seed, same data).")
        parser.add_argument(
            "--i-know-this-is-production",
            action="count",
            default=0,
            dest="production_confirmed",
            help="Twice, to run with DJANGO_ENV=production anyway.",
        )

    def handle(self, *args, **options) -> None:
        if getattr(settings, "PRODUCTION", False) and options["production_confirmed"] < 2:
            raise CommandError(
                "Refusing to run: DJANGO_ENV=production. make_scale_data writes hundreds of thousands of "
                "synthetic learners, accounts and history rows meant for a throwaway database. If this really "
                "is one, give --i-know-this-is-production twice."
            )
        sizes = self.sizes(options)
        User = get_user_model()
        if User.objects.filter(username=HEAVY_USERNAME).exists():
            raise CommandError(
                f"This database already holds a synthetic data set (the account {HEAVY_USERNAME!r} exists). "
                "make_scale_data fills a database once: drop and re-create the database to make another."
            )
        guide = Guide.load()
        self.rng = random.Random(options["seed"])  # noqa: S311 (synthetic data, not a secret)
        self.started = time.monotonic()
        self.now = timezone.now()
        self.cutoff = self.now - timedelta(seconds=settings.SESSION_COOKIE_AGE)
        self.say(
            "Making "
            + ", ".join(f"{name.replace('_', ' ')} {value:,}" for name, value in sizes.items())
            + f" (seed {options['seed']})"
        )
        learners = self.plan_learners(sizes, guide)
        writer = RowWriter()
        with transaction.atomic():
            self.write_learners(writer, learners, guide)
            self.reset_sequences()  # before anything else is saved the usual way
            self.write_revisions(writer, sizes["revisions"])
            self.say("committing (the database checks every row's references now)")
        self.analyze(writer.written)
        counts = ", ".join(f"{label} {count:,}" for label, count in writer.written.items())
        self.say(f"Done: {counts}")

    # --- sizes and plans ------------------------------------------------------------------------------

    def sizes(self, options: dict) -> dict[str, int]:
        scale = options["scale"]
        if scale < 0:
            raise CommandError("--scale must be 0 or more.")
        sizes = {
            name: options[name] if options[name] is not None else round(default * scale)
            for name, default in DEFAULTS.items()
        }
        sizes["heavy_events"] = options["heavy_events"]
        sizes["plans"] = round((sizes["accounts"] + sizes["visitors"]) * options["plans_per_100"] / 100)
        for name, value in sizes.items():
            if value < 0:
                raise CommandError(f"--{name.replace('_', '-')} must be 0 or more.")
        if sizes["accounts"] < 1:
            raise CommandError("--accounts must be at least 1 (the heavy learner).")
        return sizes

    def plan_learners(self, sizes: dict[str, int], guide: Guide) -> list[LearnerPlan]:
        """Who the learners are and how much each recorded, before anything is written."""
        rng, now, cutoff = self.rng, self.now, self.cutoff
        start = now - timedelta(days=HISTORY_DAYS)

        def moment(low: datetime, high: datetime) -> datetime:
            return low + (high - low) * rng.random()

        ordinary: list[LearnerPlan] = []
        for _ in range(sizes["accounts"] - 1):
            created = moment(start, now - timedelta(hours=1))
            ordinary.append(LearnerPlan("account", created, moment(created, now)))
        expired = round(sizes["visitors"] * EXPIRED_VISITOR_SHARE)
        for number in range(sizes["visitors"]):
            if number < expired:
                created = moment(start, cutoff - timedelta(days=1))
                ordinary.append(LearnerPlan("expired", created, moment(created, cutoff - timedelta(hours=1))))
            else:
                created = moment(cutoff + timedelta(days=1), now - timedelta(hours=1))
                ordinary.append(LearnerPlan("active", created, moment(created, now)))
        ordinary.sort(key=lambda plan: plan.created_at)  # ids grow with time, as they do in a real database

        heavy = LearnerPlan("account", start + timedelta(days=1), now - timedelta(minutes=5), heavy=True)
        heavy.username = HEAVY_USERNAME
        skill_rows = round(sizes["progress_rows"] * SKILL_ROW_SHARE)
        topic_rows = sizes["progress_rows"] - skill_rows
        heavy.skills = min(len(guide.skills), skill_rows)
        heavy.topics = min(len(guide.topics), topic_rows)
        heavy.plans = min(len(guide.pathways), sizes["plans"])
        heavy.events = sizes["heavy_events"]

        # Skewed like real use: a few learners record a lot, many a little.
        weights = [rng.expovariate(1.0) * (ACCOUNT_WEIGHT if p.kind == "account" else 1.0) for p in ordinary]
        for name, total, cap in (
            ("skills", skill_rows - heavy.skills, len(guide.skills)),
            ("topics", topic_rows - heavy.topics, len(guide.topics)),
            ("plans", sizes["plans"] - heavy.plans, len(guide.pathways)),
        ):
            for plan, count in zip(ordinary, allocate(total, weights, cap, rng), strict=True):
                setattr(plan, name, count)
        activity = [p.skills + p.topics + p.plans + 0.5 for p in ordinary]
        for plan, count in zip(ordinary, allocate(sizes["events"], activity, None, rng), strict=True):
            plan.events = count

        width = max(6, len(str(sizes["accounts"])))
        number = 0
        for plan in ordinary:
            if plan.kind == "account":
                number += 1
                plan.username = f"{ACCOUNT_PREFIX}{number:0{width}d}"
        return [*ordinary, heavy]

    # --- writing --------------------------------------------------------------------------------------

    def write_learners(self, writer: RowWriter, learners: list[LearnerPlan], guide: Guide) -> None:
        User = get_user_model()
        session_model = import_module(settings.SESSION_ENGINE).SessionStore
        with_sessions = settings.SESSION_ENGINE in (
            "django.contrib.sessions.backends.db",
            "django.contrib.sessions.backends.cached_db",
        )
        ids = Ids(User, Learner, SkillProgress, TopicProgress, ProgressEvent, PathwayPlan, StepCompletion)
        # One unusable password for everyone: "!" and random text, so nobody logs in and nothing is hashed.
        password = make_password(None)
        total = len(learners)
        for first in range(0, total, BATCH_LEARNERS):
            batch = learners[first : first + BATCH_LEARNERS]
            rows: dict[str, list[tuple]] = {name: [] for name in (*COLUMNS, "sessions")}
            for plan in batch:
                self.rows_for(plan, rows, ids, guide, password, session_model if with_sessions else None)
            for name, model in (
                ("users", User),
                ("learners", Learner),
                ("skills", SkillProgress),
                ("topics", TopicProgress),
                ("events", ProgressEvent),
                ("plans", PathwayPlan),
                ("steps", StepCompletion),
            ):
                writer.write(model, COLUMNS[name], rows[name])
            if rows["sessions"]:
                writer.write(
                    session_model.get_model_class(), ("session_key", "session_data", "expire_date"), rows["sessions"]
                )
            done = min(first + BATCH_LEARNERS, total)
            if done == total or (first // BATCH_LEARNERS) % 10 == 9:
                self.say(
                    f"learners {done:,}/{total:,}: "
                    + ", ".join(f"{label} {count:,}" for label, count in writer.written.items())
                )

    def rows_for(self, plan: LearnerPlan, rows: dict, ids: Ids, guide: Guide, password: str, sessions) -> None:
        rng = self.rng
        plan.learner_id = ids.take(Learner)
        if plan.username is not None:
            plan.user_id = ids.take(get_user_model())
            email = f"{plan.username}@{EMAIL_DOMAIN}"
            # No name, not staff, active: joined when the learner was created, last seen at their last change.
            user = (plan.user_id, plan.username, email, password, "", "", False, False, True)
            rows["users"].append((*user, plan.created_at, plan.last_active))

        def when() -> datetime:
            return plan.created_at + (plan.last_active - plan.created_at) * rng.random()

        skills = guide.skills if plan.heavy else rng.sample(guide.skills, plan.skills)
        topics = guide.topics[: plan.topics] if plan.heavy else rng.sample(guide.topics, plan.topics)
        pathways = guide.pathways[: plan.plans] if plan.heavy else rng.sample(guide.pathways, plan.plans)
        today = self.now.date()
        for skill in skills[: plan.skills]:
            status = self.pick(SKILL_STATUSES)
            if status == ProgressStatus.DONE:
                level = rng.randint(guide.targets.get(skill.pk, 4), 4)  # "done" means the target level or more
            elif status == ProgressStatus.LEARNING:
                level = rng.randint(1, 3)  # a level above 0 means started (progress.services)
            elif status == ProgressStatus.SKIPPED:
                level = rng.randint(0, 2)
            else:
                level = 0
            noted = plan.heavy or rng.random() < 0.2
            rows["skills"].append(
                (
                    ids.take(SkillProgress),
                    plan.learner_id,
                    skill.pk,
                    status.value,
                    level,
                    f"Synthetic note on {skill.name}." if noted else "",
                    f"https://{EMAIL_DOMAIN}/evidence/{plan.learner_id}/{skill.pk}" if noted else "",
                    today + timedelta(days=rng.randint(-120, 240)) if plan.heavy or rng.random() < 0.25 else None,
                    when(),
                )
            )
        for topic in topics:
            rows["topics"].append(
                (ids.take(TopicProgress), plan.learner_id, topic.pk, self.pick(TOPIC_STATUSES).value, when())
            )
        completed: list[PathwayStep] = []
        for pathway in pathways:
            rows["plans"].append((ids.take(PathwayPlan), plan.learner_id, pathway.pk, when()))
            steps = guide.steps[pathway.pk]
            done = len(steps) - 1 if plan.heavy else rng.randint(0, len(steps))
            for step in steps[:done]:
                rows["steps"].append((ids.take(StepCompletion), plan.learner_id, step.pk, when()))
                completed.append(step)
        self.event_rows(plan, rows, ids, skills[: plan.skills], topics, completed)

        extras = {
            "share_token": secrets.token_urlsafe(32) if plan.heavy or rng.random() < 0.03 else None,
            "hours_per_week": rng.randint(2, 20) if plan.heavy or rng.random() < 0.2 else None,
            "calendar_token": secrets.token_urlsafe(32) if plan.heavy or rng.random() < 0.03 else None,
        }
        rows["learners"].append(
            (
                plan.learner_id,
                plan.user_id,
                None,
                extras["share_token"],
                plan.created_at,
                plan.events,  # Learner.changes counts changes; every change recorded one event
                extras["hours_per_week"],
                extras["calendar_token"],
            )
        )
        if sessions is not None and plan.kind == "active":
            # A visitor whose session is still alive: the session names their learner, as a real one does.
            data = sessions().encode({"learner_id": plan.learner_id})
            expires = plan.last_active + timedelta(seconds=settings.SESSION_COOKIE_AGE)
            rows["sessions"].append((secrets.token_hex(16), data, expires))

    def event_rows(self, plan: LearnerPlan, rows: dict, ids: Ids, skills, topics, steps) -> None:
        """The learner's history: changes on what they recorded, oldest first, with a rising percentage."""
        if not plan.events:
            return
        rng = self.rng
        span = plan.last_active - plan.created_at
        moments = sorted(plan.created_at + span * rng.random() for _ in range(plan.events))
        final = rng.randint(5, 100) if (skills or topics) else 0
        for number, moment in enumerate(moments, start=1):
            percent = min(100, final * number // plan.events)
            choice = rng.random()
            skill_id = topic_id = step_id = None
            if topics and choice < 0.5:
                topic = rng.choice(topics)
                skill_id, topic_id = topic.skill_id, topic.pk
                description = f"{topic.skill.name}: {topic.name}, {self.pick(TOPIC_STATUSES).label.lower()}"
            elif steps and choice < 0.6:
                step = rng.choice(steps)
                step_id = step.pk
                description = f"{step.pathway.name}: done “{step.title}”"
            elif skills:
                skill = rng.choice(skills)
                skill_id = skill.pk
                level = rng.randint(1, 4)
                description = f"{skill.name}: level {level} ({LEVEL_NAMES[level]})"
            else:
                description = "Now following the guide"
            rows["events"].append(
                (
                    ids.take(ProgressEvent),
                    plan.learner_id,
                    skill_id,
                    step_id,
                    topic_id,
                    description[:300],
                    percent,
                    moment,
                )
            )

    def pick(self, weighted: tuple) -> ProgressStatus:
        values, cumulative = CUMULATIVE[weighted]
        return self.rng.choices(values, cum_weights=cumulative)[0]

    def write_revisions(self, writer: RowWriter, count: int) -> None:
        """Revisions of skills and resources, as django-simple-history records a save: a historical row
        with the entry's current values and, for each tracked many-to-many field, its links as they are."""
        if not count:
            return
        User = get_user_model()
        editors = []
        password = make_password(None)
        for username in EDITOR_USERNAMES:
            editor, _ = User.objects.get_or_create(
                username=username,
                defaults={"email": f"{username}@{EMAIL_DOMAIN}", "is_staff": True, "password": password},
            )
            editors.append(editor)
        tracked = ((Skill, ("prerequisites",)), (Resource, ("skills", "pathways")))
        per_model = [count // 2 + count % 2, count // 2]
        base = self.now - timedelta(minutes=10)
        for (model, m2m_names), wanted in zip(tracked, per_model, strict=True):
            objects = list(model.objects.order_by("pk"))
            if not objects or not wanted:
                continue
            history = model.history.model
            # The first entries get the most revisions: a long history page to look at.
            targets = [objects[int(len(objects) * self.rng.random() ** 3)] for _ in range(wanted)]
            rows = []
            for number, obj in enumerate(targets):
                values = {f.attname: getattr(obj, f.attname) for f in history.tracked_fields}
                rows.append(
                    history(
                        history_date=base + timedelta(seconds=600 * number / wanted),
                        history_type="~",
                        history_change_reason=REVISION_REASON,
                        history_user=editors[number % len(editors)],
                        **values,
                    )
                )
            created = history.objects.bulk_create(rows, batch_size=INSERT_BATCH)
            for name in m2m_names:
                through = getattr(model, name).through
                link_model = getattr(history, name).model
                # The link's side that names the revised entry; for a link of a model to itself (a skill's
                # prerequisites) the first, from_skill, as simple-history copies it.
                source = next(f for f in through._meta.fields if f.is_relation and f.related_model is model)
                links: dict[int, list] = {}
                for link in through.objects.all():
                    links.setdefault(getattr(link, source.attname), []).append(link)
                columns = [f.attname for f in through._meta.fields]
                link_rows = [
                    link_model(history=record, **{column: getattr(link, column) for column in columns})
                    for record in created
                    for link in links.get(record.id, [])
                ]
                link_model.objects.bulk_create(link_rows, batch_size=INSERT_BATCH)
                writer.written[link_model._meta.label] = len(link_rows)
            writer.written[history._meta.label] = len(created)
        self.say(f"revisions {count:,} in the history tables")

    def reset_sequences(self) -> None:
        """Move the id sequences past the ids written here (what sqlsequencereset prints)."""
        User = get_user_model()
        tables = [User, Learner, SkillProgress, TopicProgress, ProgressEvent, PathwayPlan, StepCompletion]
        statements = connection.ops.sequence_reset_sql(no_style(), tables)
        with connection.cursor() as cursor:
            for statement in statements:
                cursor.execute(statement)

    def analyze(self, labels) -> None:
        """Fresh planner statistics for the tables written: the plans (bench/plans.py) must see the new sizes."""
        tables = [apps.get_model(label)._meta.db_table for label in labels]
        quote = connection.ops.quote_name
        with connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                cursor.execute("ANALYZE " + ", ".join(quote(table) for table in tables))
            else:
                for table in tables:
                    cursor.execute("ANALYZE " + quote(table))
        self.say(f"statistics updated (ANALYZE of {len(tables)} tables)")

    def say(self, message: str) -> None:
        elapsed = time.monotonic() - self.started if hasattr(self, "started") else 0.0
        self.stdout.write(f"[{elapsed:6.1f} s] {message}")
