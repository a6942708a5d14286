"""Probes for load balancers and orchestrators."""

from __future__ import annotations

import logging

from django.core.cache import cache
from django.db import connection
from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

logger = logging.getLogger("core.health")


@never_cache
@require_safe
def healthz(request: HttpRequest) -> JsonResponse:
    """Liveness: the process answers. Touches nothing else."""
    return JsonResponse({"status": "ok"})


@never_cache
@require_safe
def readyz(request: HttpRequest) -> JsonResponse:
    """Readiness: the database and the cache both answer a real round trip."""
    checks = {"database": _check_database(), "cache": _check_cache()}
    ready = all(checks.values())
    return JsonResponse(
        {"status": "ok" if ready else "unavailable", "checks": {k: "ok" if v else "down" for k, v in checks.items()}},
        status=200 if ready else 503,
    )


def _check_database() -> bool:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except Exception as exc:  # any failure means not ready
        logger.warning("Readiness: database check failed: %s", exc)
        return False


def _check_cache() -> bool:
    try:
        ping = getattr(cache, "ping", None)
        if ping is not None:
            return bool(ping())
        cache.set("readyz", "ok", 5)
        return cache.get("readyz") == "ok"
    except Exception as exc:
        logger.warning("Readiness: cache check failed: %s", exc)
        return False
