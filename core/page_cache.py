"""Whole-page caching: public pages for anonymous readers, and each learner's own dashboard.

1. The content version. A model whose content pages show declares it with @shown_on_pages;
   core/apps.py connects its save, delete and many-to-many signals to content_changed, which
   writes a new random token into the one ContentVersion row in the same transaction as the
   change. update() and bulk_create() send no signals, so ContentQuerySet does the same for
   them. content_version() is the committed token: every committed change moves it, whatever
   the clocks and however transactions overlap, and a rolled-back token is never seen again.
2. Keys. A page is stored under the version, the host, the path and the query parameters its
   view declares it reads, with the values it accepts; any other parameter is left out of the
   key, and a value the view does not accept (or any query string, for a view that declares
   nothing) is answered without the cache. Only 200s are stored, and only from a request whose
   query string is already in that normal form, so junk and 404 addresses store nothing.
3. Serving. A stored page keeps a gap where its CSRF token was, and each visitor gets their own
   from Django's get_token, so CsrfViewMiddleware sets their cookie as on any other page. Public
   pages are answered by StoredPageMiddleware, right after CsrfViewMiddleware; the dashboard by
   its view. Pages carry their tokens last, so a stored page is gzipped once up to them and, per
   response, only the tokens are compressed, continuing the same zlib stream.
"""

from __future__ import annotations

import functools
import hashlib
import re
import secrets
import threading
import time
import zlib
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.db import connection, models, transaction
from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import get_token
from django.urls import Resolver404, resolve
from django.utils.cache import patch_vary_headers

from core.models import ContentVersion

PAGE_SECONDS = 60 * 60
# In every key: a release that stores pages in another shape never reads the old ones from Redis.
STORED_FORMAT = 2  # (expires, parts)
# How long this process trusts the version it read last. A change this process commits shows at
# once; one committed by another process (another app server) within this time.
VERSION_SECONDS = 1.0

# 1. The content version

CONTENT_MODELS: list[type[models.Model]] = []


def shown_on_pages(model: type[models.Model]) -> type[models.Model]:
    """Class decorator for a content model: any change to it changes cached pages."""
    CONTENT_MODELS.append(model)
    return model


class ContentQuerySet(models.QuerySet):
    """The QuerySet of content models: update() and bulk_create() move the version too."""

    def update(self, **kwargs) -> int:
        with transaction.atomic(using=self.db):
            _bump()
            return super().update(**kwargs)

    def bulk_create(self, objs, *args, **kwargs):
        with transaction.atomic(using=self.db):
            _bump()
            return super().bulk_create(objs, *args, **kwargs)


def content_changed(*, before: bool) -> None:
    """Called before and after each change of a content model (core/apps.py). Inside a transaction the
    version moves before the change, so that content transactions take the version row first and
    queue instead of deadlocking, and it commits with the change; outside one, where each statement
    commits at once, it moves after the change, so that no reader sees the new version before it."""
    if before == connection.in_atomic_block:
        _bump()


def _bump() -> None:
    token = secrets.token_hex(8)
    if not ContentVersion.objects.filter(pk=1).update(token=token):
        ContentVersion.objects.create(pk=1, token=token)  # the row is gone (a test's flush)
    transaction.on_commit(_forget_version)


_lock = threading.Lock()
_remembered: tuple[str, float] | None = None  # (token, trusted until)
_forgotten = 0  # changes committed by this process: a read that overlaps one is not kept


def content_version() -> str:
    """The committed content version, read at most once a second by this process."""
    global _remembered
    if connection.in_atomic_block:
        # This transaction may have changed content: its token is not to be shared before it commits.
        return _read_version()
    remembered = _remembered
    if remembered is not None and time.monotonic() < remembered[1]:
        return remembered[0]
    forgotten = _forgotten
    token = _read_version()
    with _lock:
        if forgotten == _forgotten:
            _remembered = (token, time.monotonic() + VERSION_SECONDS)
    return token


def _read_version() -> str:
    return ContentVersion.objects.filter(pk=1).values_list("token", flat=True).first() or "none"


def _forget_version() -> None:
    global _remembered, _forgotten
    with _lock:
        _remembered, _forgotten = None, _forgotten + 1


def clear() -> None:
    """Forget every stored page, the remembered version and the compressors (for tests)."""
    cache.clear()
    _forget_version()
    with _lock:
        _memo.clear()


# 2. Keys


def page_key(*parts: str) -> str:
    """A cache key for a page that shows content, made of the content version and parts."""
    return f"page{STORED_FORMAT}:" + hashlib.sha256("\n".join([content_version(), *parts]).encode()).hexdigest()


def cache_public_page(view=None, *, query: Mapping[str, Iterable[str] | None] | None = None):
    """Store the view's anonymous 200 answers under the content version and the address.

    query names the parameters the view reads, each with the values it accepts, for example
    @cache_public_page(query={"kind": ResourceKind.values}); query={} for a view that reads none.
    Without it, an address with a query string is answered without the cache. None instead of
    values accepts any value: only for a view that answers an unknown one with anything but a 200, or
    marks that answer never_cache (neither is ever stored), so that junk values cannot fill the cache.
    """
    accepted = (
        None
        if query is None
        else {name: None if values is None else frozenset(values) for name, values in query.items()}
    )

    def decorate(view):
        @functools.wraps(view)
        def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
            normal = _normal_query(request, accepted) if _anonymous(request) else None
            if normal is None:
                return view(request, *args, **kwargs)
            in_normal_form = request.META.get("QUERY_STRING", "") == normal
            render = functools.partial(view, request, *args, **kwargs)
            looked_up = getattr(request, "public_page_key", None)  # StoredPageMiddleware found nothing there
            if looked_up is not None:
                return _render_and_store(looked_up, render, store=in_normal_form)
            return serve_cached(request, _public_key(request, normal), render, store=in_normal_form)

        wrapper.public_page_query = accepted  # for StoredPageMiddleware
        return wrapper

    return decorate if view is None else decorate(view)


def _anonymous(request: HttpRequest) -> bool:
    """No session and no one-off message waiting: the page is the same for every such visitor."""
    return (
        request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "messages" not in request.COOKIES
    )


def _normal_query(request: HttpRequest, accepted: dict[str, frozenset[str] | None] | None) -> str | None:
    """The query string of the parameters the view reads, in a fixed order; None for a value it
    does not accept, or for any query string if the view declared none."""
    if accepted is None:
        return None if request.META.get("QUERY_STRING") else ""
    pairs = []
    for name, values in accepted.items():
        value = request.GET.get(name, "")
        if value and values is not None and value not in values:
            return None
        if value:
            pairs.append((name, value))
    return urlencode(pairs)


# 3. Serving

CSRF_INPUT = re.compile(r'<input type="hidden" name="csrfmiddlewaretoken"(?: form="[^"]*")? value="([^"]+)">')
ACCEPTS_GZIP = re.compile(r"\bgzip\b")
MEMO_PAGES = 32  # per process: each about 260 KB of zlib state and the page itself


class StoredPageMiddleware:
    """Answers an anonymous GET or HEAD from the stored page before the view and the middleware
    listed after it (authentication, messages, history, django-axes), which a public page does not
    need. It sits right after CsrfViewMiddleware: the host check, sessions, the CSRF cookie and
    every header above it work on a stored page as on any other. Only cache_public_page stores
    public pages: the middleware asks only for addresses whose view it decorates (so health probes
    and static files never read the content version), under the key the view would use."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if _anonymous(request):
            try:
                view = resolve(request.path_info).func
            except Resolver404:
                return self.get_response(request)
            if hasattr(view, "public_page_query"):
                normal = _normal_query(request, view.public_page_query)
                if normal is not None:
                    key = _public_key(request, normal)
                    page = _stored(key)
                    if page is not None:
                        return page.response(request)
                    request.public_page_key = key  # the view stores its page there, with no second look
        return self.get_response(request)


def _public_key(request: HttpRequest, query: str) -> str:
    return page_key("public", request.get_host(), request.path, query)


def serve_cached(
    request: HttpRequest, key: str, render: Callable[[], HttpResponse], *, store: bool = True
) -> HttpResponse:
    """The page stored under key with the visitor's CSRF token; else render it, and store a 200."""
    page = _stored(key)
    if page is not None:
        return page.response(request)
    return _render_and_store(key, render, store=store)


def _render_and_store(key: str, render: Callable[[], HttpResponse], *, store: bool) -> HttpResponse:
    response = render()
    if (
        store
        and response.status_code == 200
        and not response.streaming
        and not response.cookies
        and _shareable(response)
    ):
        parts = _split_at_token(response.content.decode())
        if parts is not None:
            expires = time.time() + PAGE_SECONDS
            cache.set(key, (expires, parts), PAGE_SECONDS)
            _remember(key, parts, expires)
    return response


def _shareable(response: HttpResponse) -> bool:
    """Whether the view let its answer be kept: not if it said no-store or private (never_cache and
    friends), as a view does for an answer that must not fill the cache (a search that found nothing)."""
    directives = response.get("Cache-Control", "")
    return "no-store" not in directives and "private" not in directives


def _split_at_token(html: str) -> tuple[str, ...] | None:
    """The page cut where its CSRF token stood; None unless every token on it was found, so that
    one visitor's token is never served to another."""
    tokens = set(CSRF_INPUT.findall(html))
    if len(tokens) > 1:
        return None
    parts = tuple(html.split(tokens.pop())) if tokens else (html,)
    return parts if html.count("csrfmiddlewaretoken") == len(parts) - 1 else None


class StoredPage:
    """A stored page, ready to serve: its parts around the token gaps, and for gzip the compressed
    part before the first gap with the compressor that wrote it. Pages put their tokens last
    (core/templatetags/form_tokens.py), so a response copies that compressor (zlib's documented
    Compress.copy) and compresses only the tokens and what follows: one zlib stream, the same as
    compressing the whole page at once, for a fraction of the work."""

    def __init__(self, parts: tuple[str, ...], expires: float):
        self.parts, self.expires = parts, expires
        self._compressor = zlib.compressobj(6, zlib.DEFLATED, 16 + zlib.MAX_WBITS)  # GZipMiddleware's level
        # Z_BLOCK: the blocks of the part before the gap are written now, not again per response.
        self._head = self._compressor.compress(parts[0].encode()) + self._compressor.flush(zlib.Z_BLOCK)

    def response(self, request: HttpRequest) -> HttpResponse:
        """The page with the visitor's token in each gap (get_token: CsrfViewMiddleware sets their
        cookie on the way out), gzipped here when the browser takes it (GZipMiddleware leaves an
        encoded answer alone). Django masks each response's token, its defence against BREACH for
        the token; a stored page reflects nothing a request sends."""
        token = get_token(request) if len(self.parts) > 1 else ""
        if ACCEPTS_GZIP.search(request.META.get("HTTP_ACCEPT_ENCODING", "")):
            rest = self._compressor.copy()
            tail = token.join(("", *self.parts[1:])).encode()
            response = HttpResponse(self._head + rest.compress(tail) + rest.flush())
            response["Content-Encoding"] = "gzip"
            patch_vary_headers(response, ["Cookie", "Accept-Encoding"])  # a visitor with a session gets another page
        else:
            response = HttpResponse(token.join(self.parts))
            patch_vary_headers(response, ["Cookie"])
        response["Content-Length"] = str(len(response.content))
        return response


# The pages this process served last, so that a hit neither fetches nor unpickles the page from the
# shared cache. Keys carry the content version, so an entry is never stale; each goes when its
# stored copy would, or when it is the least recently used of MEMO_PAGES.
_memo: OrderedDict[str, StoredPage] = OrderedDict()


def _stored(key: str) -> StoredPage | None:
    with _lock:
        page = _memo.get(key)
        if page is not None and page.expires > time.time():
            _memo.move_to_end(key)
            return page
    found = cache.get(key)
    return None if found is None else _remember(key, found[1], found[0])


def _remember(key: str, parts: tuple[str, ...], expires: float) -> StoredPage:
    page = StoredPage(parts, expires)
    with _lock:
        _memo[key] = page
        while len(_memo) > MEMO_PAGES:
            _memo.popitem(last=False)
    return page
