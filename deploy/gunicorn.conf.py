"""Gunicorn settings for Career Guide, read from the environment.

Used by the container image: `gunicorn --config deploy/gunicorn.conf.py careerguide.wsgi`.
Gunicorn runs this file at start-up; a bad value stops it with one line naming the variable.
The values are parsed by careerguide/env.py, as Django's settings are. That module imports only
the standard library, so reading this file does not load Django before gunicorn means to.
"""

from __future__ import annotations

import gc
import ipaddress
import math
import os
import sys
from pathlib import Path

# Gunicorn runs this file by its path before it puts its working directory on sys.path, and it may
# be started from any directory: the project root (this file's parent's parent) is added here.
_PROJECT_ROOT = str(Path(__file__).resolve().parent.parent)
if _PROJECT_ROOT not in sys.path:
    sys.path.insert(0, _PROJECT_ROOT)

from careerguide.env import ConfigError, env_int, env_list, env_str  # noqa: E402


def _usable_cpus() -> int:
    # The affinity mask honours cpusets (docker --cpuset-cpus); a CPU limit in Docker or
    # Kubernetes is a CFS quota instead, which only cgroup v2's cpu.max shows.
    cpus = len(os.sched_getaffinity(0))
    try:
        quota, period = Path("/sys/fs/cgroup/cpu.max").read_text().split()
        if quota != "max":
            cpus = min(cpus, max(1, math.ceil(int(quota) / int(period))))
    except (OSError, ValueError):
        pass
    return cpus


def _trusted_proxies(entries: list[str]) -> list[str]:
    """FORWARDED_ALLOW_IPS's entries: "*" alone, or IP addresses and networks (10.0.0.0/8)."""
    if entries == ["*"]:
        return entries
    for entry in entries:
        try:
            ipaddress.ip_network(entry, strict=False)
        except ValueError:
            raise ConfigError(
                f"FORWARDED_ALLOW_IPS={','.join(entries)!r}: {entry!r} is not an IP address or network"
                " (use addresses such as 10.0.0.2 or 10.0.0.0/8, or * alone)"
            ) from None
    return entries


# Gunicorn prints a traceback for any exception raised here, but only the message of a SystemExit.
try:
    # Loopback unless told otherwise: the container image sets BIND=0.0.0.0:8000, since there
    # the published port or the Service is what decides who can connect.
    bind = env_str("BIND") or f"127.0.0.1:{env_int('PORT', 8000, minimum=1, maximum=65535)}"

    # The usual rule of thumb for a mostly I/O-bound Django app; WEB_CONCURRENCY wins when set.
    workers = env_int("WEB_CONCURRENCY", 2 * _usable_cpus() + 1, minimum=1)
    # Threads let one worker overlap requests waiting on PostgreSQL or Redis without more memory.
    threads = env_int("GUNICORN_THREADS", 4, minimum=1)

    # The same variable as Django's logging (careerguide/settings.py); gunicorn wants lower case.
    loglevel = env_str("LOG_LEVEL", "info").lower()

    # Proxies whose X-Forwarded-Proto gunicorn believes (comma-separated IPs or CIDRs, or "*").
    # Django itself trusts that header only when BEHIND_PROXY=true. A name or a typo would silently
    # trust nobody (or, to a later gunicorn, something else), so each entry must be an address.
    forwarded_allow_ips = ",".join(_trusted_proxies(env_list("FORWARDED_ALLOW_IPS", ["127.0.0.1", "::1"])))
except ConfigError as error:
    raise SystemExit(f"Configuration error: {error}") from None

worker_class = "gthread"

# A request slower than this is stuck: the worker is replaced. Shutdown drains for as long,
# inside Kubernetes' terminationGracePeriodSeconds (45 in deploy/k8s/deployment.yaml).
timeout = 30
graceful_timeout = 30
# Idle connections from the proxy stay open briefly so it can reuse them.
keepalive = 5

# Recycling workers caps slow memory growth; the jitter stops them all restarting at once.
# Not too often: a fresh worker starts with empty in-process page caches, and at a thousand
# requests a second 2,000 meant a restart every few seconds.
max_requests = 50000
max_requests_jitter = 5000
# Import the app once in the master: workers fork ready to serve and restart quickly.
preload_app = True


def pre_fork(server, worker):
    """Freeze what the master has loaded before a worker forks from it.

    The app's modules, settings and templates live as long as the worker does. Frozen, the
    worker's garbage collector never walks them again (each full collection walked them all),
    and the memory pages that hold them stay shared with the master. Python's gc.freeze
    documentation describes this use.
    """
    gc.freeze()


# RequestLogMiddleware already writes one JSON line per request, so no access log here.
accesslog = None
errorlog = "-"

# Workers touch a heartbeat file every few seconds: on tmpfs that never blocks on a slow
# or read-only disk. Elsewhere (macOS) gunicorn's default temporary directory is used.
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None  # noqa: S108

# Gunicorn 25.1+ opens a control socket under $HOME; the container's filesystem is read-only
# and the orchestrator, not gunicornc, manages the processes.
control_socket_disable = True
