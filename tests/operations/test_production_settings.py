"""DJANGO_ENV=production turns on HTTPS-only cookies, HSTS and the redirect, and passes check --deploy.

Settings are read once per process, so each case runs in a fresh Python process.
"""

import json
import os
import re
import secrets
import string
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]

# Fresh processes with their own settings and no database URL: CI runs these once (the ops marker, see .ci/run).
pytestmark = pytest.mark.ops

PRINT_SETTINGS = """
import json
import django
from django.conf import settings
django.setup()
names = [
    "SITE_URL",
    "DEBUG", "SECURE_SSL_REDIRECT", "SECURE_HSTS_SECONDS", "SECURE_HSTS_INCLUDE_SUBDOMAINS", "SECURE_HSTS_PRELOAD",
    "SESSION_COOKIE_SECURE", "CSRF_COOKIE_SECURE", "SESSION_COOKIE_NAME", "CSRF_COOKIE_NAME",
    "SESSION_COOKIE_HTTPONLY", "CSRF_COOKIE_HTTPONLY", "SESSION_COOKIE_SAMESITE", "CSRF_COOKIE_SAMESITE",
    "SECURE_PROXY_SSL_HEADER",
    "AXES_IPWARE_META_PRECEDENCE_ORDER", "AXES_IPWARE_PROXY_COUNT", "SECURE_CONTENT_TYPE_NOSNIFF",
    "X_FRAME_OPTIONS", "SECURE_REFERRER_POLICY", "SECURE_CROSS_ORIGIN_OPENER_POLICY",
]
print(json.dumps({name: getattr(settings, name, None) for name in names}))
"""


def _secret_key() -> str:
    alphabet = string.ascii_letters + string.digits + "!@#%^&*(-_=+)"
    return "".join(secrets.choice(alphabet) for _ in range(60))


def _run(args: list[str], **env_overrides: str) -> subprocess.CompletedProcess:
    # DJANGO_ALLOW_ASYNC_UNSAFE is set by conftest.py for the browser tests; no deployment has it.
    dropped = {
        "DJANGO_SETTINGS_MODULE",
        "DJANGO_ALLOW_ASYNC_UNSAFE",
        "DATABASE_URL",
        "REDIS_URL",
        "BEHIND_PROXY",
        "SECURE_SSL_REDIRECT",
        "DEBUG",
        "SITE_URL",
        "HOST",
        "PORT",
    }
    env = {k: v for k, v in os.environ.items() if k not in dropped}
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "careerguide.settings",
            "DJANGO_ENV": "production",
            "SECRET_KEY": _secret_key(),
            "ALLOWED_HOSTS": "guide.example",
            "SITE_URL": "https://guide.example",
            **env_overrides,
        }
    )
    return subprocess.run(  # noqa: S603
        [sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )


def _production_settings(**env_overrides: str) -> dict:
    result = _run(["-c", PRINT_SETTINGS], **env_overrides)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def production():
    return _production_settings()


def test_production_refuses_to_start_without_a_site_url():
    result = _run(["manage.py", "check"], SITE_URL="")
    assert result.returncode != 0
    assert "SITE_URL must be set when DJANGO_ENV=production" in result.stderr


def test_in_development_the_site_url_follows_the_address_make_run_serves_on():
    development = _production_settings(DJANGO_ENV="development", SITE_URL="", HOST="127.0.0.1", PORT="8123")
    assert development["SITE_URL"] == "http://127.0.0.1:8123"
    assert _production_settings(DJANGO_ENV="development", SITE_URL="")["SITE_URL"] == "http://127.0.0.1:8000"


def test_check_deploy_finds_no_issues():
    result = _run(["manage.py", "check", "--deploy", "--fail-level", "WARNING"])
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout
    assert "WARNING" not in result.stderr


def _documented(path: Path) -> dict[str, str]:
    """The NAME=value lines of an env file (deploy/env.example): the values compose uses."""
    pairs = (line.split("=", 1) for line in path.read_text().splitlines() if re.match(r"[A-Z_]+=", line))
    return {name: value.strip('"') for name, value in pairs}


def _configmap() -> dict[str, str]:
    return yaml.safe_load((ROOT / "deploy" / "k8s" / "configmap.yaml").read_text())["data"]


# Every configuration the docs describe: the README's production example, compose as shipped (plain HTTP on
# localhost, SECURE_SSL_REDIRECT=false), compose behind a TLS proxy (deploy/README.md) and the Kubernetes
# ConfigMap. Secrets, database and cache URLs come from the test; check --deploy reads none of them.
NOT_CHECKED = {"SECRET_KEY", "DATABASE_URL", "REDIS_URL", "POSTGRES_PASSWORD", "WEB_PORT", "REDIS_MAXMEMORY"}
DOCUMENTED = {
    "readme-production": lambda: {
        "ALLOWED_HOSTS": "guide.example.com",
        "SITE_URL": "https://guide.example.com",
        "BEHIND_PROXY": "true",
    },
    "compose": lambda: _documented(ROOT / "deploy" / "env.example"),
    "compose-behind-a-tls-proxy": lambda: {
        **_documented(ROOT / "deploy" / "env.example"),
        "BEHIND_PROXY": "true",
        "SECURE_SSL_REDIRECT": "true",
    },
    "kubernetes": _configmap,
}


@pytest.mark.parametrize("name", DOCUMENTED)
def test_check_deploy_passes_for_every_documented_configuration(name):
    env = {key: value for key, value in DOCUMENTED[name]().items() if key not in NOT_CHECKED and value}
    assert env.get("DJANGO_ENV", "production") == "production"
    result = _run(["manage.py", "check", "--deploy", "--fail-level", "WARNING"], **env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout
    assert "WARNING" not in result.stderr


def test_only_a_deliberately_disabled_redirect_is_silenced():
    result = _run(["-c", PRINT_SILENCED], SECURE_SSL_REDIRECT="false")
    assert result.stdout.split() == ["security.W008"]
    result = _run(["-c", PRINT_SILENCED])
    assert result.stdout.split() == []


PRINT_SILENCED = """
import django
from django.conf import settings
django.setup()
print(" ".join(settings.SILENCED_SYSTEM_CHECKS))
"""


def test_it_redirects_to_https_and_sends_hsts_for_two_years(production):
    assert production["DEBUG"] is False
    assert production["SECURE_SSL_REDIRECT"] is True
    assert production["SECURE_HSTS_SECONDS"] >= 31536000
    assert production["SECURE_HSTS_INCLUDE_SUBDOMAINS"] is True
    assert production["SECURE_HSTS_PRELOAD"] is True


def test_cookies_are_secure_host_only_and_http_only(production):
    assert production["SESSION_COOKIE_SECURE"] is True
    assert production["CSRF_COOKIE_SECURE"] is True
    # __Host- cookies are refused by browsers unless Secure, Path=/ and without Domain.
    assert production["SESSION_COOKIE_NAME"] == "__Host-sessionid"
    assert production["CSRF_COOKIE_NAME"] == "__Host-csrftoken"
    assert production["SESSION_COOKIE_HTTPONLY"] is True
    assert production["CSRF_COOKIE_HTTPONLY"] is True  # no script reads it (static/js/site.js)
    assert production["SESSION_COOKIE_SAMESITE"] in ("Lax", "Strict")
    assert production["CSRF_COOKIE_SAMESITE"] in ("Lax", "Strict")


def test_browser_hardening_headers_are_configured(production):
    assert production["SECURE_CONTENT_TYPE_NOSNIFF"] is True
    assert production["X_FRAME_OPTIONS"] == "DENY"
    assert production["SECURE_REFERRER_POLICY"] == "strict-origin-when-cross-origin"
    assert production["SECURE_CROSS_ORIGIN_OPENER_POLICY"] == "same-origin"


def test_without_a_proxy_client_headers_are_not_trusted(production):
    assert production["SECURE_PROXY_SSL_HEADER"] is None
    assert production["AXES_IPWARE_META_PRECEDENCE_ORDER"] == ["REMOTE_ADDR"]
    assert not production["AXES_IPWARE_PROXY_COUNT"]


def test_behind_a_proxy_it_trusts_the_forwarded_headers():
    behind = _production_settings(BEHIND_PROXY="true")
    assert behind["SECURE_PROXY_SSL_HEADER"] == ["HTTP_X_FORWARDED_PROTO", "https"]
    assert behind["AXES_IPWARE_META_PRECEDENCE_ORDER"] == ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"]


def test_behind_a_proxy_axes_reads_the_client_address_the_proxy_saw():
    """One proxy: X-Forwarded-For's single entry is the client. A padded header is not believed."""
    script = """
import json
import django
django.setup()
from django.test import RequestFactory
from axes.helpers import get_client_ip_address
factory = RequestFactory()
one = factory.post("/accounts/login/", HTTP_X_FORWARDED_FOR="203.0.113.7", REMOTE_ADDR="10.0.0.2")
padded = factory.post("/accounts/login/", HTTP_X_FORWARDED_FOR="198.51.100.1, 203.0.113.7", REMOTE_ADDR="10.0.0.2")
print(json.dumps([get_client_ip_address(one), get_client_ip_address(padded)]))
"""
    behind = _run(["-c", script], BEHIND_PROXY="true")
    assert behind.returncode == 0, behind.stderr
    assert json.loads(behind.stdout.strip().splitlines()[-1]) == ["203.0.113.7", "10.0.0.2"]
    direct = _run(["-c", script])
    assert direct.returncode == 0, direct.stderr
    assert json.loads(direct.stdout.strip().splitlines()[-1]) == ["10.0.0.2", "10.0.0.2"]


def test_the_https_redirect_can_be_left_to_the_proxy():
    assert _production_settings(SECURE_SSL_REDIRECT="false")["SECURE_SSL_REDIRECT"] is False


def test_production_redirects_plain_http_and_sends_hsts_over_https(tmp_path):
    """Real requests through the production settings: HTTP is redirected, HTTPS gets HSTS."""
    script = """
import json
import django
django.setup()
from django.test import Client
client = Client(raise_request_exception=False, HTTP_HOST="guide.example")
plain = client.get("/robots.txt")
tls = client.get("/robots.txt", secure=True)
probe = client.get("/healthz")
login = client.get("/accounts/login/", secure=True)
print(json.dumps({
    "cookie": login.cookies["__Host-csrftoken"].OutputString(),
    "plain": [plain.status_code, plain.get("Location")],
    "tls": [tls.status_code, tls.get("Strict-Transport-Security")],
    "probe": probe.status_code,
}))
"""
    # No collectstatic here: plain static file names, so pages render without a manifest.
    result = _run(["-c", script], DATABASE_URL=f"sqlite:///{tmp_path / 'unused.sqlite3'}", STATIC_MANIFEST="false")
    assert result.returncode == 0, result.stderr
    answers = json.loads(result.stdout.strip().splitlines()[-1])
    assert answers["plain"] == [301, "https://guide.example/robots.txt"]
    assert answers["tls"] == [200, "max-age=63072000; includeSubDomains; preload"]
    # Probes from inside the cluster speak plain HTTP to the pod.
    assert answers["probe"] == 200
    # A __Host- cookie is only accepted by browsers when Secure, on Path=/ and without a Domain.
    cookie = answers["cookie"]
    assert "; Secure" in cookie and "; Path=/" in cookie and "SameSite=Lax" in cookie
    assert "Domain" not in cookie
