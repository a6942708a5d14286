"""Where a form may send the browser next: only to a path on this site."""

from __future__ import annotations

from django.http import HttpRequest
from django.utils.http import url_has_allowed_host_and_scheme

# Longer than any address of ours with its query string; a longer `next` is junk, not a page.
MAX_NEXT_LENGTH = 2000


def safe_next(request: HttpRequest, url: object) -> str | None:
    """url if it is a path on this site ("/skills/x/?a=b#c"), else None.

    Only a path that starts with one "/" is accepted: a bare word ("id", "foo") would be read by
    redirect() as a URL pattern name and raise NoReverseMatch; "//host", "/\\host", schemes such as
    "javascript:", control characters (NUL included) and over-long values are refused too.
    """
    if not isinstance(url, str) or not url.startswith("/") or len(url) > MAX_NEXT_LENGTH:
        return None
    if any(ord(char) < 32 or ord(char) == 127 for char in url):
        return None
    if url_has_allowed_host_and_scheme(url, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return url
    return None
