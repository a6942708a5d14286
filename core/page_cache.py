"""Whole-page caching: public pages for anonymous readers, and each learner's own dashboard.

A page's key holds the version of what it shows. For the guide's content that is the time of
the newest change to any of it, read from django-simple-history's tables, which record every
create, change and delete however it is made (admin, revert, loader, shell): an editor's save
changes the key at once, on every app server, with no invalidation step to forget, and old
entries simply expire.

Pages are kept in the shared cache and, for the hottest ones, in this process's memory too.
Only requests without a session or flash-message cookie get the anonymous pages, so a
learner's or editor's page never reaches anyone else; pages are served with fresh CSRF tokens.
"""

from __future__ import annotations

import functools
import hashlib
import re
import secrets
import struct
import threading
import zlib
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.db import connection, transaction
from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import CSRF_ALLOWED_CHARS, CSRF_SECRET_LENGTH, CsrfViewMiddleware
from django.utils.regex_helper import _lazy_re_compile

from core import db_memo, version_watch

# The models whose changes change what cached pages show; each declares itself with
# @shown_on_pages where it is defined.
CONTENT_MODELS: list = []


def shown_on_pages(model):
    """Class decorator for a content model: a change to it changes cached pages."""
    CONTENT_MODELS.append(model)
    return model


PAGE_TIMEOUT_SECONDS = 60 * 60
LOCAL_PAGES = 256
CSRF_INPUT = re.compile(r'(?<=name="csrfmiddlewaretoken" value=")[^"]*(?=")')


@functools.cache
def _content_version_sql() -> str:
    quote = connection.ops.quote_name
    parts = " UNION ALL ".join(
        f"SELECT MAX({quote('history_date')}) AS changed FROM {quote(model.history.model._meta.db_table)}"  # noqa: S608  # nosec B608
        for model in CONTENT_MODELS
    )
    return f"SELECT MAX(changed) FROM ({parts}) AS versions"  # noqa: S608  # nosec B608


SHARED_VERSION_KEY = "content-version"
# How long a published version may stand in the shared cache without a change announcing a
# newer one: the bound on staleness should a change's announcement be lost (cache down).
SHARED_VERSION_SECONDS = 30


def content_version() -> str:
    """The newest history timestamp across all guide content.

    With a shared cache (Redis) every app server takes it from there, and keeps it in memory
    while its listener hears every change announced (core/version_watch.py), so no
    request waits on Redis or the database for it. Otherwise it is one query, remembered until
    anything is committed (core/db_memo.py): on SQLite, checking that costs no query.
    """
    if not settings.PAGE_CACHE_SHARED_VERSION:
        return _database_content_version()
    listening = bool(settings.REDIS_URL)
    if listening:
        heard, ticket = version_watch.watcher.current()
        if heard is not None:
            return heard
    version = cache.get(SHARED_VERSION_KEY)
    if version is None:
        # Pages ask outside transactions; a transaction that edits content (the admin's, the
        # loader's) never asks, so what is read here is committed and can be shared.
        version = _database_content_version()
        # add, not set: a newer version announced meanwhile must not be overwritten.
        cache.add(SHARED_VERSION_KEY, version, SHARED_VERSION_SECONDS)
    if listening:
        version_watch.watcher.offer(version, ticket)
    return version


def content_changed(**kwargs) -> None:
    """A history record was written: withdraw the shared version now, announce the new one on commit.

    Connected to django-simple-history's post_create_historical_record, which fires for every
    create, change and delete of guide content however it is made. Only the shared version
    needs it; without a shared cache the version is read from the database.
    """
    if not settings.PAGE_CACHE_SHARED_VERSION:
        return
    # Readers fall back to the database until the commit: in this process at once, elsewhere
    # (which cannot see the change before it commits) when the new version is announced.
    cache.delete(SHARED_VERSION_KEY)
    version_watch.watcher.withdraw()
    transaction.on_commit(_announce_content_version)


def _announce_content_version() -> None:
    version = _database_content_version()
    cache.set(SHARED_VERSION_KEY, version, SHARED_VERSION_SECONDS)
    if settings.REDIS_URL:
        version_watch.announce(version)


def _database_content_version() -> str:
    return db_memo.memoized("content-version", _query_content_version)


def _query_content_version() -> str:
    with connection.cursor() as cursor:
        cursor.execute(_content_version_sql())
        (newest,) = cursor.fetchone()
    return str(newest).replace(" ", "T") if newest else "empty"


ACCEPTS_GZIP = _lazy_re_compile(r"\bgzip\b")
GZIP_LEVEL = 6
# A deflate stream's closing block: an empty final block, as a fresh compressor writes it.
DEFLATE_END = zlib.compressobj(GZIP_LEVEL, zlib.DEFLATED, -15).flush(zlib.Z_FINISH)


def _deflate_segment(data: bytes) -> bytes:
    """Raw deflate ending in a full flush: segments like this join into one valid stream."""
    compressor = zlib.compressobj(GZIP_LEVEL, zlib.DEFLATED, -15)
    return compressor.compress(data) + compressor.flush(zlib.Z_FULL_FLUSH)


@dataclass(frozen=True)
class StoredPage:
    """A page split at its CSRF tokens, each piece also compressed ahead of time.

    Serving it compresses only the fresh tokens: the pieces join into one gzip stream, the way
    pigz compresses in parallel, instead of compressing the whole page on every request.
    """

    parts: tuple[bytes, ...]
    deflated: tuple[bytes, ...]

    @classmethod
    def from_html(cls, html: str) -> StoredPage:
        parts = tuple(part.encode() for part in CSRF_INPUT.split(html))
        return cls(parts=parts, deflated=tuple(_deflate_segment(part) for part in parts))

    def body(self, token: bytes) -> bytes:
        return token.join(self.parts)

    def gzipped(self, token: bytes) -> bytes:
        plain = self.body(token)
        # The token goes in as a stored (uncompressed) deflate block: random text would not
        # compress anyway, and writing one needs no compressor.
        token_segment = b"\x00" + struct.pack("<HH", len(token), len(token) ^ 0xFFFF) + token if token else b""
        stream = token_segment.join(self.deflated) + DEFLATE_END
        # Like Django's GZipMiddleware: a random file name of random length, against BREACH.
        name = secrets.token_hex(secrets.randbelow(50) + 1).encode() + b"\x00"
        header = b"\x1f\x8b\x08\x08\x00\x00\x00\x00\x00\xff" + name
        return header + stream + struct.pack("<II", zlib.crc32(plain), len(plain) & 0xFFFFFFFF)


CHAR_INDEX = {char: index for index, char in enumerate(CSRF_ALLOWED_CHARS)}
# Random bytes map onto the alphabet; bytes from the largest multiple of its size up are
# dropped, so every character is equally likely.
_UNBIASED_BELOW = 256 - 256 % len(CSRF_ALLOWED_CHARS)
_BYTE_TO_CHAR = bytes(ord(CSRF_ALLOWED_CHARS[b % len(CSRF_ALLOWED_CHARS)]) for b in range(256))
_DROPPED_BYTES = bytes(range(_UNBIASED_BELOW, 256))


def _random_chars(length: int) -> str:
    chars = b""
    while len(chars) < length:
        chars += secrets.token_bytes(2 * length).translate(_BYTE_TO_CHAR, _DROPPED_BYTES)
    return chars[:length].decode()


def csrf_token(request: HttpRequest) -> str:
    """What django.middleware.csrf.get_token returns, in the same format and with the same effect.

    Django draws one random call per character (64 for a visitor without a CSRF cookie), which
    took longer than serving the rest of a cached page; this draws the bytes in one call.
    Like get_token, it adopts the visitor's secret or makes one, and has CsrfViewMiddleware set
    the cookie; the token is the secret masked with a fresh mask, against BREACH.
    """
    secret = request.META.get("CSRF_COOKIE")
    if secret is None:
        secret = _random_chars(CSRF_SECRET_LENGTH)
        request.META["CSRF_COOKIE"] = secret
    request.META["CSRF_COOKIE_NEEDS_UPDATE"] = True
    mask = _random_chars(CSRF_SECRET_LENGTH)
    size = len(CSRF_ALLOWED_CHARS)
    cipher = "".join(
        CSRF_ALLOWED_CHARS[(CHAR_INDEX[s] + CHAR_INDEX[m]) % size] for s, m in zip(secret, mask, strict=True)
    )
    return mask + cipher


class _LocalPages:
    """A small thread-safe LRU in this process's memory."""

    def __init__(self, size: int):
        self.size, self.pages, self.lock = size, OrderedDict(), threading.Lock()

    def get(self, key: str):
        with self.lock:
            page = self.pages.get(key)
            if page is not None:
                self.pages.move_to_end(key)
            return page

    def put(self, key: str, page) -> None:
        with self.lock:
            self.pages[key] = page
            self.pages.move_to_end(key)
            while len(self.pages) > self.size:
                self.pages.popitem(last=False)

    def clear(self) -> None:
        with self.lock:
            self.pages.clear()


local_pages = _LocalPages(LOCAL_PAGES)
# The addresses this process has stored public pages for, with their digests: the middleware
# looks for a stored page (which costs the content-version query) only at these, so other
# requests, such as the health probes, touch nothing.
stored_paths = _LocalPages(4 * LOCAL_PAGES)


def _stored(key: str) -> StoredPage | None:
    page = local_pages.get(key)
    if page is None:
        html = cache.get(key)
        if html is None:
            return None
        page = StoredPage.from_html(html)
        local_pages.put(key, page)
    return page


def serve_stored(request: HttpRequest, key: str) -> HttpResponse | None:
    """The page stored under key, with fresh CSRF tokens, if there is one."""
    page = _stored(key)
    return None if page is None else _serve(request, page)


def serve_cached(request: HttpRequest, key: str, render: Callable[[], HttpResponse]) -> HttpResponse:
    """The page stored under key, with fresh CSRF tokens; else render it and store a 200."""
    page = _stored(key)
    if page is None:
        response = render()
        if response.status_code == 200 and not response.streaming and not response.cookies:
            html = response.content.decode()
            cache.set(key, html, PAGE_TIMEOUT_SECONDS)
            local_pages.put(key, StoredPage.from_html(html))
        return response
    return _serve(request, page)


def _serve(request: HttpRequest, page: StoredPage) -> HttpResponse:
    token = csrf_token(request).encode() if len(page.parts) > 1 else b""
    gzipped = ACCEPTS_GZIP.search(request.META.get("HTTP_ACCEPT_ENCODING", ""))
    body = page.gzipped(token) if gzipped else page.body(token)
    response = HttpResponse(body)
    if gzipped:
        response.headers["Content-Encoding"] = "gzip"
    # A new response, so nothing to merge with; Content-Length as CommonMiddleware would add it,
    # since PageCacheMiddleware answers before CommonMiddleware runs.
    response.headers["Vary"] = "Cookie, Accept-Encoding"
    response.headers["Content-Length"] = str(len(body))
    return response


def _anonymous(request: HttpRequest) -> bool:
    return (
        request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "messages" not in request.COOKIES
    )


def _address(request: HttpRequest) -> str:
    """The page's address: path and query string, as the request gave them."""
    query = request.META.get("QUERY_STRING", "")
    return f"{request.path}?{query}" if query else request.path


def _address_digest(address: str) -> str:
    return hashlib.sha256(address.encode()).hexdigest()


def _public_key(digest: str) -> str:
    return f"page:{content_version()}:{digest}"


def cache_public_page(view):
    """Store the view's anonymous 200 responses, keyed by content version and address."""

    @functools.wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not _anonymous(request):
            return view(request, *args, **kwargs)
        address = _address(request)
        digest = _address_digest(address)
        stored_paths.put(address, digest)
        return serve_cached(request, _public_key(digest), lambda: view(request, *args, **kwargs))

    return wrapper


class PageCacheMiddleware:
    """Answers an anonymous request for a stored public page early: before the session, common
    and CSRF middleware, authentication, messages, URL routing and the view. None of them can
    change what such a page shows, and pages are stored only by views decorated with
    cache_public_page, so this serves nothing else.

    It does for such a page what the middleware it skips would have done: CommonMiddleware's
    host check (a host not in ALLOWED_HOSTS still gets a 400) and Content-Length, and
    CsrfViewMiddleware's cookie, through an instance of Django's own middleware, so a visitor's
    secret is adopted or issued exactly as on any other page. The session middleware has
    nothing to do for a request without a session cookie. Should a setting give the skipped
    middleware more to do (CSRF secrets kept in sessions, PREPEND_WWW, DISALLOWED_USER_AGENTS),
    it answers nothing early and the views serve stored pages instead.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.csrf = CsrfViewMiddleware(get_response)
        self.answers_early = not (settings.CSRF_USE_SESSIONS or settings.PREPEND_WWW or settings.DISALLOWED_USER_AGENTS)

    def __call__(self, request: HttpRequest) -> HttpResponse:
        digest = self.answers_early and _anonymous(request) and stored_paths.get(_address(request))
        if digest:
            request.get_host()  # raises DisallowedHost, which Django answers with a 400
            page = _stored(_public_key(digest))
            if page is not None:
                self.csrf.process_request(request)
                return self.csrf.process_response(request, _serve(request, page))
        return self.get_response(request)
