"""The progress tracker: a learner's dashboard, their updates, export, import, sharing and reset.

Visitors can track without an account: their progress belongs to a Learner whose id is
kept in their session (created on their first change, never on a GET).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from careerguide.models import Career
from core import page_cache
from core.content import Status
from core.redirects import safe_next
from pathways.models import Pathway, PathwayStep
from progress import calendar as calendar_feeds
from progress import charts, plan, selectors, services, transfer
from progress.forms import (
    ConfirmForm,
    HoursPerWeekForm,
    ImportForm,
    PlanForm,
    SkillProgressEditForm,
    StepForm,
    TopicForm,
)
from progress.models import Learner
from skills.models import Topic


def _wants_json(request: HttpRequest) -> bool:
    return "application/json" in request.headers.get("Accept", "")


def _back(request: HttpRequest, fallback: str) -> HttpResponse:
    """Redirect to the page the form came from, if it is one of ours."""
    return redirect(safe_next(request, request.POST.get("next")) or fallback)


def _summary(learner: Learner, items: list[selectors.SkillItem] | None) -> dict:
    """The learner's tallies, from the followed skills an update left if it has them.

    "bars" holds every tally the dashboard draws as a bar, by the bar's id, so a page that saved
    in place moves all of its bars (static/js/site.js).
    """
    if items is None:
        _, _, items = selectors.followed_items(learner)
    overall = selectors.overall_tally(items)
    kinds = selectors.kind_tallies(items)
    bars = {"overall-progress": overall, **{kind_bar_id(tally): tally for tally in kinds}}
    return {
        "overall_percent": overall.percent,
        "bars": {bar_id: {"percent": tally.percent, "detail": tally.detail} for bar_id, tally in bars.items()},
    }


def kind_bar_id(tally: selectors.Tally) -> str:
    """The id of a kind's bar on the dashboard: kind-progress-technical-skills."""
    return "kind-progress-" + slugify(tally.label)


def _dashboard_context(learner: Learner | None) -> dict:
    careers, career, items = selectors.followed_items(learner)
    return {
        "career": career,
        "careers": careers,
        "items": items,
        "overall": selectors.overall_tally(items),
        "kind_bars": [(kind_bar_id(tally), tally) for tally in selectors.kind_tallies(items)],
        "pathways": selectors.pathway_progress(learner=learner),
        "next_skills": selectors.next_skills(items),
        "level_chart": charts.level_bars(items),
        "roll_up_rule": selectors.ROLL_UP_RULE,
    }


@require_safe
def dashboard(request: HttpRequest) -> HttpResponse:
    learner = services.learner_get(request)
    # The day is part of the key: the plan's "overdue" moves at midnight.
    return _learner_page(
        request, "dashboard", learner, lambda: _render_dashboard(request, learner), timezone.localdate().isoformat()
    )


def _learner_page(
    request: HttpRequest, name: str, learner: Learner | None, render_page: Callable[[], HttpResponse], *extra: str
) -> HttpResponse:
    """A page that shows one learner's progress, from the page cache when it can be.

    Rendering takes far longer than finding the key: the page changes only with the learner's progress
    (their version, which also holds the share token), the content (in every page key), the viewer's own
    account (the site's header) and what extra names. A one-off message is shown once, never stored, and
    an address with a query string is answered but not stored (junk must not fill the cache)."""
    if messages.get_messages(request):
        return render_page()
    key = page_cache.page_key(
        name, request.get_host(), str(request.user.pk or 0), selectors.learner_version(learner), *extra
    )
    return page_cache.serve_cached(request, key, render_page, store=not request.META.get("QUERY_STRING"))


def _render_dashboard(request: HttpRequest, learner: Learner | None) -> HttpResponse:
    ctx = _dashboard_context(learner)
    hours = learner.hours_per_week if learner else None
    ctx.update(
        {
            "learner": learner,
            "plan": plan.learner_plan(
                learner=learner, items=ctx["items"], today=timezone.localdate(), hours_per_week=hours
            ),
            "hours_form": HoursPerWeekForm(initial={"hours_per_week": hours}),
            "calendar_url": (
                request.build_absolute_uri(reverse("progress:calendar_feed", args=[learner.calendar_token]))
                if learner and learner.calendar_token
                else None
            ),
            "events": selectors.recent_events(learner=learner),
            "history_chart": charts.progress_line(selectors.progress_series(learner=learner)),
            "import_form": ImportForm(),
            "share_url": (
                request.build_absolute_uri(reverse("progress:shared", args=[learner.share_token]))
                if learner and learner.share_token
                else None
            ),
        }
    )
    return render(request, "progress/dashboard.html", ctx)


@require_POST
def skill_update(request: HttpRequest, slug: str) -> HttpResponse:
    skill = selectors.published_skill(slug)
    if skill is None:
        raise Http404("No published skill has that address")
    form = SkillProgressEditForm(request.POST)
    if not form.is_valid():
        if _wants_json(request):
            return JsonResponse({"ok": False, "errors": form.errors.get_json_data()}, status=400)
        for field, errors in form.errors.items():
            label = form.fields[field].label or field.replace("_", " ").capitalize()
            messages.error(request, f"{label}: {' '.join(errors)}")
        return _back(request, skill.get_absolute_url())

    learner = services.learner_get_or_create(request)
    try:
        change = services.progress_update(learner=learner, skill=skill, changes=form.changed_fields())
    except ValidationError as refused:
        if _wants_json(request):
            errors = {
                field: [{"message": m, "code": ""} for m in texts] for field, texts in refused.message_dict.items()
            }
            return JsonResponse({"ok": False, "errors": errors}, status=400)
        for texts in refused.message_dict.values():
            messages.error(request, " ".join(texts))
        return _back(request, skill.get_absolute_url())
    progress = change.progress
    if _wants_json(request):
        return JsonResponse(
            {
                "ok": True,
                "skill": skill.slug,
                "status": progress.status,
                "status_label": progress.get_status_display(),
                "level": progress.level,
                **_summary(learner, change.items),
            }
        )
    messages.success(request, f"Saved your progress on {skill.name}.")
    return _back(request, skill.get_absolute_url())


@require_POST
def topic_update(request: HttpRequest, slug: str) -> HttpResponse:
    topic = get_object_or_404(
        Topic.objects.published().select_related("skill"), slug=slug, skill__status=Status.PUBLISHED
    )
    form = TopicForm(request.POST)
    if not form.is_valid():
        if _wants_json(request):
            return JsonResponse({"ok": False, "errors": form.errors.get_json_data()}, status=400)
        messages.error(request, f"Choose one of the statuses for {topic.name}; nothing was changed.")
        return _back(request, topic.get_absolute_url())

    learner = services.learner_get_or_create(request)
    change = services.topic_set(learner=learner, topic=topic, status=form.cleaned_data["status"])
    if _wants_json(request):
        return JsonResponse(
            {
                "ok": True,
                "topic": topic.slug,
                "status": change.progress.status,
                "status_label": change.progress.get_status_display(),
                **_summary(learner, change.items),
            }
        )
    messages.success(request, f"Saved your status on {topic.name}: {change.progress.get_status_display().lower()}.")
    return _back(request, topic.get_absolute_url())


@require_POST
def career_follow(request: HttpRequest) -> HttpResponse:
    career = Career.objects.published().filter(slug=request.POST.get("career", "")[:120]).first()
    if career is None:
        messages.error(request, "Choose one of the careers in the list.")
        return redirect("progress:dashboard")
    services.career_follow(learner=services.learner_get_or_create(request), career=career)
    messages.success(request, f"You now follow the {career.name} guide.")
    return redirect("progress:dashboard")


@require_POST
def plan_update(request: HttpRequest, slug: str) -> HttpResponse:
    pathway = get_object_or_404(Pathway.objects.published(), slug=slug)
    form = PlanForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Choose whether to follow this pathway.")
        return _back(request, pathway.get_absolute_url())
    learner = services.learner_get_or_create(request)
    services.plan_set(learner=learner, pathway=pathway, following=form.cleaned_data["following"])
    verb = "now follow" if form.cleaned_data["following"] else "no longer follow"
    messages.success(request, f"You {verb} {pathway.name}.")
    return _back(request, pathway.get_absolute_url())


@require_POST
def step_update(request: HttpRequest, step_id: int) -> HttpResponse:
    step = get_object_or_404(
        PathwayStep.objects.select_related("pathway"), pk=step_id, pathway__status=Status.PUBLISHED
    )
    form = StepForm(request.POST)
    if not form.is_valid():
        if _wants_json(request):
            return JsonResponse({"ok": False, "errors": form.errors.get_json_data()}, status=400)
        messages.error(request, "Tick the step as done or not done.")
        return _back(request, step.pathway.get_absolute_url())
    learner = services.learner_get_or_create(request)
    services.step_set(learner=learner, step=step, done=form.cleaned_data["done"])
    if _wants_json(request):
        done_count = selectors.steps_done(learner=learner, pathway=step.pathway)
        return JsonResponse({"ok": True, "step": step.pk, "done": form.cleaned_data["done"], "steps_done": done_count})
    messages.success(request, f"Saved “{step.title}”.")
    return _back(request, step.pathway.get_absolute_url() + f"#step-{step.pk}")


# Each format's content type and its generator of text pieces (progress.transfer).
EXPORTS = {
    "json": ("application/json", transfer.export_json),
    "csv": ("text/csv; charset=utf-8", transfer.export_csv),
    "md": ("text/markdown; charset=utf-8", transfer.export_markdown),
}


@require_safe
def export(request: HttpRequest, fmt: str) -> HttpResponse:
    if fmt not in EXPORTS:
        raise Http404("Unknown export format")
    learner = services.learner_get(request)
    if learner is None:
        messages.info(request, "There is nothing to export yet: mark a skill first.")
        return redirect("progress:dashboard")
    career = selectors.career_for_learner(learner)
    content_type, exporter = EXPORTS[fmt]
    # Streamed: the JSON file holds the whole history, and its memory must not grow with it.
    response = StreamingHttpResponse(exporter(learner=learner, career=career), content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{transfer.export_filename(fmt)}"'
    return response


@require_http_methods(["GET", "POST"])
def import_progress(request: HttpRequest) -> HttpResponse:
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            plan = transfer.parse_import(form.cleaned_data["file"].read())
        except ValidationError as exc:
            form.add_error("file", exc)
        else:
            changed, topics = services.progress_import(
                learner=services.learner_get_or_create(request),
                entries=plan.entries,
                topics=plan.topics,
                steps=plan.steps,
                pathways=plan.pathways,
            )
            messages.success(
                request,
                _import_summary(changed=changed, topics=topics, steps=len(plan.steps), unknown=len(plan.unknown)),
            )
            return redirect("progress:dashboard")
    return render(request, "progress/import.html", {"form": form}, status=400 if form.errors else 200)


def _import_summary(*, changed: int, topics: int, steps: int, unknown: int) -> str:
    summary = f"Imported: {changed} {'skill' if changed == 1 else 'skills'} updated, "
    summary += f"{topics} {'topic' if topics == 1 else 'topics'} updated, "
    summary += f"{steps} pathway {'step' if steps == 1 else 'steps'} ticked."
    if unknown:
        summary += f" {unknown} {'entry names' if unknown == 1 else 'entries name'} skills, topics or pathways"
        summary += " this site no longer has, left out."
    return summary


@dataclass(frozen=True)
class _LinkText:
    anchor: str
    unclear: str
    enabled: str
    revoked: str


_LINK_TEXTS = {
    "share": _LinkText(
        anchor="#share",
        unclear="Choose to share or to stop sharing.",
        enabled="Your read-only share link is ready. Anyone with the link can see your levels.",
        revoked="Sharing is off. The old link no longer works.",
    ),
    "calendar": _LinkText(
        anchor="#calendar",
        unclear="Choose to make a calendar address or to stop it.",
        enabled="Your private calendar address is ready. Add it to your calendar app.",
        revoked="The calendar address is stopped: calendars subscribed to it get nothing more.",
    ),
}


def _secret_link(request: HttpRequest, link: str) -> HttpResponse:
    """Make or stop one of the learner's secret addresses (services.SECRET_LINKS)."""
    text = _LINK_TEXTS[link]
    back = redirect(reverse("progress:dashboard") + text.anchor)
    action = request.POST.get("action")
    if action == "enable":
        services.secret_link_enable(learner=services.learner_get_or_create(request), link=link)
        messages.success(request, text.enabled)
    elif action == "revoke":
        learner = services.learner_get(request)  # nothing to stop makes nothing
        if learner is not None:
            services.secret_link_revoke(learner=learner, link=link)
        messages.success(request, text.revoked)
    else:
        messages.error(request, text.unclear)
    return back


@require_POST
def share(request: HttpRequest) -> HttpResponse:
    return _secret_link(request, "share")


@require_POST
def calendar(request: HttpRequest) -> HttpResponse:
    return _secret_link(request, "calendar")


@require_POST
def hours_per_week(request: HttpRequest) -> HttpResponse:
    form = HoursPerWeekForm(request.POST)
    if not form.is_valid():
        messages.error(request, " ".join(form.errors["hours_per_week"]) + " Your plan was not changed.")
        return redirect(reverse("progress:dashboard") + "#plan-heading")
    hours = form.cleaned_data["hours_per_week"]
    learner = services.learner_get(request)
    if learner is None and hours is None:
        return redirect(reverse("progress:dashboard") + "#plan-heading")  # nothing to keep, nothing to make
    services.hours_per_week_set(learner=learner or services.learner_get_or_create(request), hours=hours)
    if hours is None:
        messages.success(request, "Your week is no longer planned; your target dates stay.")
    else:
        messages.success(request, f"This week's plan now fits {hours} {'hour' if hours == 1 else 'hours'}.")
    return redirect(reverse("progress:dashboard") + "#week-heading")


@require_safe
def calendar_feed(request: HttpRequest, token: str) -> HttpResponse:
    """The learner's target dates for their calendar app, found by the secret in the address alone."""
    if len(token) > 64:
        raise Http404
    learner = get_object_or_404(Learner, calendar_token=token)
    _, career, items = selectors.followed_items(learner)
    body = calendar_feeds.calendar_feed(
        learner=learner, items=items, site_url=settings.SITE_URL, career_name=career.name if career else "Career"
    )
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="career-guide-targets.ics"'
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


@require_safe
def shared(request: HttpRequest, token: str) -> HttpResponse:
    if len(token) > 64:
        raise Http404
    learner = get_object_or_404(Learner, share_token=token)
    return _learner_page(
        request, "shared", learner, lambda: render(request, "progress/shared.html", _dashboard_context(learner))
    )


@require_http_methods(["GET", "POST"])
def reset(request: HttpRequest) -> HttpResponse:
    form = ConfirmForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        learner = services.learner_get(request)
        if learner is not None:
            services.progress_reset(learner=learner)
        messages.success(request, "All your progress, plans and history were reset.")
        return redirect("progress:dashboard")
    return render(request, "progress/reset.html", {"form": form}, status=400 if form.errors else 200)
