"""Settings for Career Guide.

Everything is read from the environment (see README "Configuration"). The defaults
are safe for a newcomer's laptop: SQLite in the project folder, the local-memory
cache, DEBUG off unless asked. DJANGO_ENV=production switches on the settings a
public deployment needs and refuses to start without a real SECRET_KEY and hosts.
"""

from __future__ import annotations

import secrets
from pathlib import Path

import dj_database_url

from careerguide.env import (
    ConfigError,
    env_bool,
    env_choice,
    env_int,
    env_list,
    env_str,
)

BASE_DIR = Path(__file__).resolve().parent.parent

ENVIRONMENT = env_choice("DJANGO_ENV", ("development", "production"), "development")
PRODUCTION = ENVIRONMENT == "production"

DEBUG = env_bool("DEBUG", False)
if PRODUCTION and DEBUG:
    raise ConfigError("DEBUG must be false when DJANGO_ENV=production")


def _development_secret_key() -> str:
    """A per-checkout key kept in a git-ignored file, so sessions survive restarts."""
    key_file = BASE_DIR / ".secret_key"
    if key_file.exists():
        return key_file.read_text().strip()
    key = secrets.token_urlsafe(50)
    key_file.write_text(key)
    key_file.chmod(0o600)
    return key


SECRET_KEY = env_str("SECRET_KEY")
if SECRET_KEY is None:
    if PRODUCTION:
        raise ConfigError("SECRET_KEY must be set when DJANGO_ENV=production")
    SECRET_KEY = _development_secret_key()
elif PRODUCTION and (len(SECRET_KEY) < 50 or len(set(SECRET_KEY)) < 5):
    raise ConfigError("SECRET_KEY must be at least 50 random characters in production")

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", [] if PRODUCTION else ["127.0.0.1", "localhost", "[::1]"])
if PRODUCTION and not ALLOWED_HOSTS:
    raise ConfigError("ALLOWED_HOSTS must be set when DJANGO_ENV=production")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

# The site's absolute address, for canonical links, the sitemap and links in emails. In
# development it follows the address `make run` serves on (it passes HOST and PORT along).
if PRODUCTION:
    SITE_URL = env_str("SITE_URL")
    if SITE_URL is None:
        raise ConfigError("SITE_URL must be set when DJANGO_ENV=production (e.g. https://guide.example.com)")
    SITE_URL = SITE_URL.rstrip("/")
else:
    _dev_host = env_str("HOST", "127.0.0.1")
    SITE_URL = env_str("SITE_URL", f"http://{_dev_host}:{env_int('PORT', 8000, minimum=1)}").rstrip("/")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "crispy_forms",
    "crispy_bootstrap5",
    "simple_history",
    "csp",
    "axes",
    # Ours, in dependency order: each app may use those above it, never those below.
    "core",
    "skills",
    "pathways",
    "careerguide",
    "progress",
    "accounts",
]

MIDDLEWARE = [
    "core.middleware.RequestLogMiddleware",
    # Compresses pages, cached ones too (static files come compressed from WhiteNoise). Django
    # masks CSRF tokens per response and pads gzip output, its mitigation for BREACH.
    "django.middleware.gzip.GZipMiddleware",
    "core.middleware.SecurityHeadersMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    # Anonymous readers' stored public pages, answered here: what comes after is not needed for them.
    "core.page_cache.StoredPageMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # AxesMiddleware last, as django-axes asks.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "careerguide.urls"
WSGI_APPLICATION = "careerguide.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "careerguide.context_processors.site",
            ],
        },
    },
]

# Database: SQLite in the project folder unless DATABASE_URL says otherwise.
_database_url = env_str("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}")
try:
    _database = dj_database_url.parse(_database_url, conn_max_age=env_int("DB_CONN_MAX_AGE", 60, minimum=0))
except ValueError as exc:
    raise ConfigError(f"DATABASE_URL is not a database URL we understand ({exc})") from None
if _database["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers and a writer work at once; IMMEDIATE transactions take the write
    # lock up front, so concurrent writers queue behind the busy timeout instead of
    # failing half-way with "database is locked".
    _database["OPTIONS"] = {
        "timeout": 20,
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;",
    }
else:
    _database["CONN_HEALTH_CHECKS"] = True
    if _database["ENGINE"] == "django.db.backends.postgresql":
        # Server-side prepared statements for queries a connection repeats: their planning,
        # which took ten times longer than running them for the page cache's version query,
        # happens once per connection. Set DB_PREPARE_THRESHOLD=0 behind a transaction-mode
        # connection pooler such as PgBouncer, which cannot keep them.
        _threshold = env_int("DB_PREPARE_THRESHOLD", 5, minimum=0)
        _database.setdefault("OPTIONS", {})["prepare_threshold"] = _threshold or None
DATABASES = {"default": _database}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: local memory unless REDIS_URL is given.
REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "core.cache.FailOpenRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "careerguide",
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    }
    # Sessions live in the database and are cached in Redis: they survive a Redis outage.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "careerguide"}}

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    # ModelBackend, with the user's learner loaded in the same query.
    "accounts.backends.UserWithLearnerBackend",
    # Sessions logged in before it came keep working (Django checks a session's backend is listed).
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "guide:home"
LOGOUT_REDIRECT_URL = "guide:home"

LANGUAGE_CODE = "en"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if env_bool("STATIC_MANIFEST", PRODUCTION)
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}
WHITENOISE_MAX_AGE = 31536000 if PRODUCTION else 0

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

# Email: printed to the console locally; SMTP when EMAIL_HOST is set.
EMAIL_HOST = env_str("EMAIL_HOST")
if EMAIL_HOST:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_PORT = env_int("EMAIL_PORT", 587, minimum=1)
    EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
elif PRODUCTION:
    # Never print password-reset links into production logs: without SMTP, mail is dropped.
    EMAIL_BACKEND = "django.core.mail.backends.dummy.EmailBackend"
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Career Guide <noreply@localhost>")
# Mail (sign-up confirmations, password resets) is rendered and sent on a background thread after the
# request's transaction commits (core/mail.py), so no request's timing shows whether it sent mail.
EMAIL_IN_BACKGROUND = True
# A mail server that stops answering holds one of the two mail threads, not a request, for this long.
EMAIL_TIMEOUT = 10

# Content-Security-Policy (django-csp 4): nothing inline, nothing from other origins.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'none'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "manifest-src": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "base-uri": ["'none'"],
        "object-src": ["'none'"],
    }
}
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
# No script reads the CSRF cookie: static/js/site.js posts each form's own hidden token (FormData).
CSRF_COOKIE_HTTPONLY = True

# Login throttling (django-axes): a username from one address is locked after
# AXES_FAILURE_LIMIT failures for AXES_COOLOFF_MINUTES; a success resets the count.
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5, minimum=1)
AXES_COOLOFF_TIME = env_int("AXES_COOLOFF_MINUTES", 15, minimum=1) / 60
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
# Behind PROXY_COUNT proxies, X-Forwarded-For holds the client's address followed by those of
# all proxies but the last (which is REMOTE_ADDR). django-ipware reads the client's address only
# when the header has exactly that many entries; a header the client padded to forge an address
# does not match, and the connecting address is used instead.
BEHIND_PROXY = env_bool("BEHIND_PROXY", False)
PROXY_COUNT = env_int("PROXY_COUNT", 1, minimum=1)
AXES_IPWARE_META_PRECEDENCE_ORDER = ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"] if BEHIND_PROXY else ["REMOTE_ADDR"]
AXES_IPWARE_PROXY_ORDER = "left-most"
AXES_IPWARE_PROXY_COUNT = PROXY_COUNT - 1 if BEHIND_PROXY else None

if PRODUCTION:
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    if not SECURE_SSL_REDIRECT:
        # Only the documented cases turn it off: the proxy in front already redirects to HTTPS, or compose
        # serves plain http://localhost with no TLS to redirect to (deploy/README.md). HSTS and Secure
        # cookies stay on; check --deploy would otherwise warn (security.W008) about that deliberate choice.
        SILENCED_SYSTEM_CHECKS = ["security.W008"]
    # Probes from inside the cluster speak plain HTTP to the pod.
    SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
    if BEHIND_PROXY:
        SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = 63072000
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SESSION_COOKIE_NAME = "__Host-sessionid"
    CSRF_COOKIE_NAME = "__Host-csrftoken"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        # The same error (type and place) once per interval with a count, not once per request: a database
        # outage would otherwise write a traceback for every request (core/log_filters.py).
        "once_per_interval": {
            "()": "core.log_filters.OncePerInterval",
            "interval": env_int("LOG_REPEAT_SECONDS", 60, minimum=0),
        },
        "warning_without_traceback": {"()": "core.log_filters.WarningWithoutTraceback"},
    },
    "handlers": {"stderr": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["stderr"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.server": {"level": "WARNING"},
        # RequestLogMiddleware writes one line per request; Django's own would repeat it.
        "django.request": {"level": "ERROR", "filters": ["once_per_interval"]},
        "careerguide.outage": {"filters": ["once_per_interval"]},
        # A request for a host not in ALLOWED_HOSTS is routine (scanners): one warning line, no traceback.
        "django.security.DisallowedHost": {"filters": ["warning_without_traceback"]},
    },
}

# Outside production, serve static files straight from the app folders (no collectstatic needed).
WHITENOISE_USE_FINDERS = not PRODUCTION
WHITENOISE_AUTOREFRESH = DEBUG
FORMS_URLFIELD_ASSUME_HTTPS = True

# The largest progress file a learner may import.
PROGRESS_IMPORT_MAX_BYTES = env_int("PROGRESS_IMPORT_MAX_BYTES", 256 * 1024, minimum=1024)
