"""Whole-page caching of the public pages for anonymous readers.

A cached page's key holds the content version: the time of the newest change to any
guide content, read from django-simple-history's tables, which record every create,
change and delete however it is made (admin, revert, loader, shell). An editor's save
therefore changes the key at once, on every app server, with no invalidation step to
forget, and old entries simply expire.

Only requests without a session or flash-message cookie are served from the cache or
stored in it, so a learner's or editor's page never reaches anyone else. Each cached
page gets fresh CSRF tokens for its forms when it is served.
"""

from __future__ import annotations

import functools
import hashlib
import re

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import get_token
from django.utils.cache import patch_vary_headers

from careerguide.models import Career, FAQEntry, Resource
from pathways.models import Pathway, PathwayStep
from skills.models import CareerSkill, Skill

CONTENT_MODELS = (Career, FAQEntry, Resource, Skill, CareerSkill, Pathway, PathwayStep)
PAGE_TIMEOUT_SECONDS = 60 * 60
CSRF_INPUT = re.compile(r'(name="csrfmiddlewaretoken" value=")[^"]*(")')


def content_version() -> str:
    """The newest history timestamp across all guide content: one query."""
    quote = connection.ops.quote_name
    parts = " UNION ALL ".join(
        f"SELECT MAX({quote('history_date')}) AS changed FROM {quote(model.history.model._meta.db_table)}"  # noqa: S608  # nosec B608
        for model in CONTENT_MODELS
    )
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT MAX(changed) FROM ({parts}) AS versions")  # noqa: S608  # nosec B608
        (newest,) = cursor.fetchone()
    return str(newest or "empty")


def _cacheable(request: HttpRequest) -> bool:
    return (
        request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "messages" not in request.COOKIES
    )


def _key(request: HttpRequest) -> str:
    page = hashlib.sha256(request.get_full_path().encode()).hexdigest()
    version = hashlib.sha256(content_version().encode()).hexdigest()[:16]
    return f"page:{version}:{page}"


def cache_public_page(view):
    """Serve the view's anonymous 200 responses from the cache, keyed by content version."""

    @functools.wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not _cacheable(request):
            return view(request, *args, **kwargs)
        key = _key(request)
        html = cache.get(key)
        if html is None:
            response = view(request, *args, **kwargs)
            if response.status_code == 200 and not response.streaming and not response.cookies:
                cache.set(key, response.content.decode(), PAGE_TIMEOUT_SECONDS)
            return response
        if CSRF_INPUT.search(html):
            token = get_token(request)  # also sets the visitor's own CSRF cookie
            html = CSRF_INPUT.sub(lambda match: f"{match.group(1)}{token}{match.group(2)}", html)
        response = HttpResponse(html)
        patch_vary_headers(response, ["Cookie"])
        return response

    return wrapper
