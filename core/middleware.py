"""Cross-cutting request handling: security headers and request logs."""

from __future__ import annotations

import functools
import json
import logging
import time
import weakref

from csp.constants import HEADER as CSP_HEADER
from csp.middleware import CheckableLazyObject, CSPMiddleware
from csp.utils import build_policy
from django.conf import settings
from django.core.signals import setting_changed
from django.http import HttpRequest, HttpResponse

request_logger = logging.getLogger("careerguide.requests")

PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "payment",
        "usb",
        "interest-cohort",
    )
)


class SecurityHeadersMiddleware:
    """The headers Django's SecurityMiddleware does not set."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        response.setdefault("Cross-Origin-Resource-Policy", "same-origin")
        return response


@functools.cache
def _site_policy() -> str:
    return build_policy()


setting_changed.connect(lambda **kwargs: _site_policy.cache_clear(), weak=False)

PER_RESPONSE_POLICY = ("_csp_config", "_csp_update", "_csp_replace", "_csp_exempt")


class SitePolicyCSPMiddleware(CSPMiddleware):
    """django-csp's middleware, with the site-wide policy built once instead of per response,
    and a request's lazy nonce holding the request weakly.

    Building the policy took about as long as serving a cached page. A response with a policy
    of its own (a decorator's update, replace or exemption) or a nonce still goes through
    django-csp. django-csp's nonce holds its request strongly, which made every request a
    reference cycle: only the garbage collector could free it, and its collections then cost
    a cached page more than anything else it did.
    """

    def process_request(self, request: HttpRequest) -> None:
        request_ref = weakref.ref(request)
        request.csp_nonce = CheckableLazyObject(lambda: self._make_nonce(request_ref()))

    def process_response(self, request: HttpRequest, response: HttpResponse) -> HttpResponse:
        own_policy = any(getattr(response, name, None) for name in PER_RESPONSE_POLICY)
        if own_policy or getattr(request, "_csp_nonce", None) is not None or settings.DEBUG:
            return super().process_response(request, response)
        if CSP_HEADER not in response:
            response[CSP_HEADER] = _site_policy()
        return response


class RequestLogMiddleware:
    """One JSON line per request on stderr: method, path, status, duration, user."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        started = time.perf_counter()
        response = self.get_response(request)
        # A view that answered without loading the user (the remembered dashboard) names them.
        user_id = getattr(request, "log_user_id", None)
        if user_id is None:
            user = getattr(request, "user", None)
            user_id = user.pk if user is not None and user.is_authenticated else None
        request_logger.info(
            json.dumps(
                {
                    "method": request.method,
                    "path": request.path,
                    "status": response.status_code,
                    "duration_ms": round((time.perf_counter() - started) * 1000, 1),
                    "user": user_id if user_id is not None else "anonymous",
                }
            )
        )
        return response
