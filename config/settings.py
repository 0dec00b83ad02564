"""Django settings, read from environment variables (12-factor).

The defaults give the embedded demo: SQLite and the local-memory cache in one process. Production
sets DEBUG off, SECRET_KEY, ALLOWED_HOSTS, DATABASE_URL and REDIS_URL; without a real secret key
or with an unshared cache it refuses to start (see the checks at the bottom).
"""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from config.env import (
    envbool,
    envchoice,
    envheader,
    envint,
    envlist,
    envnetworks,
    envstr,
    redis_database_for_worker,
)

BASE_DIR = Path(__file__).resolve().parent.parent

# Used only when DEBUG is on; a production start with it is refused below.
INSECURE_DEFAULT_SECRET_KEY = "insecure-development-key-do-not-use-in-production"  # noqa: S105
# Django's own check (security.W009) asks for 50; production refuses less (see the bottom).
MIN_SECRET_KEY_LENGTH = 50
# The demo's address; a production start with it is warned about (config.checks).
DEFAULT_SITE_URL = "http://127.0.0.1:8000"

DEBUG = envbool("DEBUG", False)
SECRET_KEY = envstr("SECRET_KEY", INSECURE_DEFAULT_SECRET_KEY)
ALLOWED_HOSTS = envlist("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]", "testserver"])
CSRF_TRUSTED_ORIGINS = envlist("CSRF_TRUSTED_ORIGINS", [])
# Reverse proxies whose X-Forwarded-For is believed: addresses or CIDR networks.
TRUSTED_PROXIES = envnetworks("TRUSTED_PROXIES", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "corsheaders",
    "django_ratelimit",
    "axes",
    "config.apps.ProjectConfig",
    "rest_framework",
    "rest_framework.authtoken",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "django_tasks",
    "django_tasks_db",
    "comments",
    "moderation",
]

MIDDLEWARE = [
    "config.security.BodySizeLimitMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "config.security.ContentSecurityPolicyMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "config.security.DatabaseUnavailableMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into the lockout answer.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "site" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        envstr("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        # Production keeps connections open between requests. No health check before reuse (a
        # round trip on every request): after a database restart the first request of each
        # worker answers 503 with Retry-After, and Django drops the broken connection.
        conn_max_age=envint("DB_CONN_MAX_AGE", 0 if DEBUG else 60),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Parameters bound on the server, so psycopg prepares a query the fifth time a connection
    # runs it: PostgreSQL then plans the gate's few queries once per connection, not on every
    # POST (planning took longer than running most of them).
    DATABASES["default"].setdefault("OPTIONS", {})["server_side_binding"] = envbool(
        "DB_SERVER_SIDE_BINDING", True
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Background tasks (django-tasks): the database is the queue, so a worker needs nothing but the
# database the app already uses (`manage.py run_worker`). TASKS_BACKEND=immediate runs each
# task inside the request that enqueued it: for a single process without a worker, never for
# production (a slow mail server would slow every POST again).
TASKS = {
    "default": {
        "BACKEND": {
            "database": "django_tasks_db.DatabaseBackend",
            "immediate": "django_tasks.backends.immediate.ImmediateBackend",
        }[envchoice("TASKS_BACKEND", "database", ["database", "immediate"])],
    }
}

REDIS_URL = envstr("REDIS_URL", "")
if REDIS_URL and os.environ.get("PYTEST_XDIST_WORKER", "").startswith("gw"):
    # Each parallel test worker (gw0, gw1, ...) takes its own Redis database, as pytest-django
    # gives it its own test database: one worker's cache.clear() must not wipe another's counters.
    # Processes a test starts inherit the variable, so they share their worker's database.
    REDIS_URL = redis_database_for_worker(REDIS_URL, int(os.environ["PYTEST_XDIST_WORKER"][2:]))
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": envstr("CACHE_KEY_PREFIX", "comments"),
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# django-ratelimit refuses the local-memory cache (its counters are per process). That is what the
# embedded demo uses, on purpose and documented in the README; production must set REDIS_URL.
SILENCED_SYSTEM_CHECKS: list[str] = []
if DEBUG and not REDIS_URL:
    SILENCED_SYSTEM_CHECKS += ["django_ratelimit.E003", "django_ratelimit.W001"]

REST_FRAMEWORK = {
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["rest_framework.parsers.JSONParser"],
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.SessionAuthentication",
        "rest_framework.authentication.TokenAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "comments.api.exceptions.exception_handler",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Comment gate API",
    "DESCRIPTION": "Comments, the gate's answers and moderation. No email ever leaves it.",
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    # Swagger UI from the sidecar package: the docs page makes no third-party request.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    # The shadow check's before and after calls share one enum in the schema.
    "ENUM_NAME_OVERRIDES": {"ShadowCallEnum": "moderation.classifier.shadow.CALLS"},
}
# Sites allowed to call the API from the browser (the embed on other origins).
CORS_ALLOWED_ORIGINS = envlist("CORS_ALLOWED_ORIGINS", [])
# The public reads and posts: the comments of a thread, and the counts of an article list.
CORS_URLS_REGEX = r"^/api/v1/(comments/.*|threads/counts/)$"
CORS_ALLOW_HEADERS = ["accept", "accept-language", "content-type", "x-edit-token"]
CORS_EXPOSE_HEADERS = ["Retry-After"]

# The gate's tunables; see moderation/defaults.py for every name and its default.
COMMENT_GATE: dict[str, object] = {}

# django-axes first: it refuses a locked-out login before any password is checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Wrong passwords lock one username at one address (not the whole account, which anyone could
# lock from anywhere; not the whole address, which may be a newsroom behind one NAT).
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_FAILURE_LIMIT = envint("LOGIN_FAILURE_LIMIT", 10)
AXES_COOLOFF_TIME = timedelta(minutes=envint("LOGIN_LOCKOUT_MINUTES", 15))
AXES_RESET_ON_SUCCESS = True
# The attempts live in the database: shared by every process, SQLite and PostgreSQL alike.
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
# The address the gate computes (TRUSTED_PROXIES): a forged X-Forwarded-For dodges no lock.
AXES_CLIENT_IP_CALLABLE = "moderation.addresses.client_address"
AXES_LOCKOUT_CALLABLE = "config.security.login_locked_out"
# Failed attempts are deleted once their cool-off is over (at the next login); a log of every
# successful login with its address and browser would be one more store of IPs to anonymise.
AXES_DISABLE_ACCESS_LOG = True

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = envstr("LANGUAGE_CODE", "id")
LANGUAGES = [("id", _("Indonesian")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "comments" / "locale"]
TIME_ZONE = envstr("TIME_ZONE", "Asia/Jakarta")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "site" / "static"]
STATIC_ROOT = BASE_DIR / "staticfiles"

CSRF_FAILURE_VIEW = "comments.views.errors.csrf_failure"

# Comments are short; anything bigger than this is refused before it is parsed.
DATA_UPLOAD_MAX_MEMORY_SIZE = envint("DATA_UPLOAD_MAX_MEMORY_SIZE", 64 * 1024)

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SECURE = envbool("SECURE_COOKIES", not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# HTTPS. Production redirects plain HTTP and tells browsers to use HTTPS only (HSTS); the demo
# (`make run`: DEBUG on, plain HTTP on 127.0.0.1) does neither, or it could not be reached.
SECURE_SSL_REDIRECT = envbool("SECURE_SSL_REDIRECT", not DEBUG)
# A proxy that terminates TLS forwards plain HTTP: its header ("X-Forwarded-Proto: https") is
# what tells Django the reader used HTTPS, or the redirect above would loop. Set it only when the
# proxy overwrites that header, or a client could claim HTTPS. (gunicorn already believes it
# from a proxy on 127.0.0.1, its `forwarded_allow_ips`.)
SECURE_PROXY_SSL_HEADER = envheader("SECURE_PROXY_SSL_HEADER")
SECURE_HSTS_SECONDS = envint("SECURE_HSTS_SECONDS", 0 if DEBUG else 365 * 24 * 3600)
SECURE_HSTS_INCLUDE_SUBDOMAINS = envbool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = envbool("SECURE_HSTS_PRELOAD", False)
if not SECURE_HSTS_PRELOAD:
    # Preloading binds the whole registrable domain (the news site's, of which this backend is
    # usually one host) to HTTPS in every browser, and cannot quickly be undone: a choice for
    # the domain's owner (SECURE_HSTS_PRELOAD=true), not a default. Its warning is that advice.
    SILENCED_SYSTEM_CHECKS.append("security.W021")

# /metrics (comments.views.health) answers only the bearer token or a client address (as
# TRUSTED_PROXIES decides it) in these networks; with neither set it is a 404 to everyone.
METRICS_TOKEN = envstr("METRICS_TOKEN", "")
METRICS_ALLOWED_NETWORKS = envnetworks("METRICS_ALLOWED_NETWORKS", [])
# Probes and scrapers often call the app itself over plain HTTP, behind the proxy that holds
# the TLS: the redirect above would send them to an https:// address that nothing serves. It
# would not protect a token either: the token is already sent with the plain request.
SECURE_REDIRECT_EXEMPT = [r"^(healthz|readyz|metrics)$"]

# Email: the console by default (the demo prints moderators' emails); SMTP in production.
EMAIL_BACKEND = envstr("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = envstr("EMAIL_HOST", "localhost")
EMAIL_PORT = envint("EMAIL_PORT", 25)
EMAIL_HOST_USER = envstr("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = envstr("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = envbool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = envstr("DEFAULT_FROM_EMAIL", "comments@localhost")
# Where links in moderators' emails point (no request to read the host from).
SITE_URL = envstr("SITE_URL", DEFAULT_SITE_URL).rstrip("/")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": envstr("LOG_LEVEL", "INFO")},
}

if not DEBUG:
    if SECRET_KEY == INSECURE_DEFAULT_SECRET_KEY or len(SECRET_KEY) < MIN_SECRET_KEY_LENGTH:
        raise ImproperlyConfigured(
            f"DEBUG is off but SECRET_KEY is the development default or shorter than "
            f"{MIN_SECRET_KEY_LENGTH} characters. Set SECRET_KEY to a long random value, e.g. "
            "`python -c 'import secrets; print(secrets.token_urlsafe(50))'` (or DEBUG=true for "
            "local use)."
        )
    if not REDIS_URL:
        raise ImproperlyConfigured(
            "DEBUG is off but REDIS_URL is not set: the local-memory cache is not shared between "
            "processes, so rate limits would not hold. Set REDIS_URL (or DEBUG=true for local use)."
        )
