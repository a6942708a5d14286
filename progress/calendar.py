"""A learner's private calendar feed (iCalendar, RFC 5545): one all-day event on each target date.

Calendar apps subscribe to it by its secret address (Learner.calendar_token) and poll it; revoking the
address clears the token, and the feed answers 404 from then on.
"""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone
from icalendar import Calendar, Event

from progress.models import Learner, ProgressStatus
from progress.selectors import SkillItem
from skills.models import LEVEL_NAMES

PRODUCT_ID = "-//Career Guide//Learning plan//EN"


def calendar_feed(*, learner: Learner, items: list[SkillItem], site_url: str, career_name: str) -> bytes:
    """The feed of the learner's target dates on the followed career's skills, as bytes of text/calendar.

    Each event's UID names the learner and the skill, so a calendar app updates the event when its date
    or status moves instead of adding another.
    """
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", f"Career Guide: {career_name} targets")
    calendar.add("x-wr-caldesc", "The target dates you set on the skills you track.")
    stamp = timezone.now()
    for item in items:
        progress = item.progress
        if progress is None or progress.target_date is None or not item.counted:
            continue
        event = Event()
        event.add("uid", f"target-{learner.pk}-{item.skill.pk}@career-guide")
        event.add("dtstamp", stamp)
        event.add("last-modified", progress.updated_at)  # aware, in UTC as USE_TZ stores it
        event.add("dtstart", progress.target_date)
        event.add("dtend", progress.target_date + timedelta(days=1))
        event.add("transp", "TRANSPARENT")  # an all-day goal, not a busy day
        reached = item.fraction >= 1
        level = f"level {item.target} ({LEVEL_NAMES[item.target].lower()})"
        event.add("summary", f"{'Reached' if reached else 'Target'}: {item.skill.name} at {level}")
        url = site_url.rstrip("/") + item.skill.get_absolute_url()
        event.add("url", url)
        event.add("description", _description(item, url))
        calendar.add_component(event)
    return calendar.to_ical()


def _description(item: SkillItem, url: str) -> str:
    lines = [
        f"Status: {ProgressStatus(item.status).label}. Your level: {item.level} ({item.level_name.lower()}),"
        f" target {item.target}. Progress: {item.percent}%.",
    ]
    if item.progress.notes:
        lines += ["", "Your notes:", item.progress.notes]
    lines += ["", url]
    return "\n".join(lines)
