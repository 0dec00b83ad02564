"""django-comments-xtd, served the way its docs set it up, on PostgreSQL behind gunicorn.

The site is a minimal Django project written into the workdir (settings, urls, one `Article`
model to comment on), run from the peer's own virtualenv. Posting goes through xtd's own form view
(django_comments' `post/` with xtd's form: security hash, timestamp, honeypot, CSRF) exactly as a
browser's form submission would; reading uses xtd's REST list of one object's comments.

Its files live here as text, not as importable modules, because their imports (xtd, its Django)
exist only in the peer's virtualenv, not in this project's, where ruff and mypy read every module.
"""

from __future__ import annotations

import json
import secrets
import string
import urllib.parse
from pathlib import Path

import psycopg
from psycopg import sql

from benchmarks.peers.base import Peer
from benchmarks.peers.samples import lua_string, sample_comments

DATABASE = "bench_xtd"
PG_SERVER = "host=127.0.0.1 port=5432 user=postgres"

SETTINGS = string.Template('''\
"""Settings of the django-comments-xtd peer: production-like (DEBUG off), PostgreSQL."""

SECRET_KEY = $secret_key
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
ROOT_URLCONF = "xtd_bench.urls"
WSGI_APPLICATION = "xtd_bench.wsgi.application"
USE_TZ = True
TIME_ZONE = "UTC"
SITE_ID = 1

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sites",
    "rest_framework",
    "django_comments_xtd",
    "django_comments",
    "xtd_bench",
]
# Django's startproject middleware.
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ]
        },
    }
]
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": $database,
        "USER": "postgres",
        "HOST": "127.0.0.1",
        "PORT": "5432",
        # Persistent connections, as this project's own production settings use.
        "CONN_MAX_AGE": 60,
    }
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

COMMENTS_APP = "django_comments_xtd"
# No confirmation mail: a posted comment is stored and public at once.
COMMENTS_XTD_CONFIRM_EMAIL = False
COMMENTS_XTD_SALT = b"bench-peer-salt"
COMMENTS_XTD_FROM_EMAIL = "noreply@example.org"
COMMENTS_XTD_CONTACT_EMAIL = "staff@example.org"
# Nothing should send mail; if something did, it would go nowhere instead of to an SMTP server.
EMAIL_BACKEND = "django.core.mail.backends.dummy.EmailBackend"

# Errors to stderr (gunicorn's log): with DEBUG off Django would otherwise only mail them.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "loggers": {"django": {"handlers": ["console"], "level": "ERROR"}},
}
''')

URLS = """\
from django.urls import include, path

urlpatterns = [path("comments/", include("django_comments_xtd.urls"))]
"""

MODELS = '''\
from django.db import models


class Article(models.Model):
    """What the comments are attached to: xtd comments any model instance."""

    title = models.CharField(max_length=200)
    slug = models.SlugField(unique=True)

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return f"/articles/{self.slug}/"
'''

WSGI = """\
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "xtd_bench.settings")
application = get_wsgi_application()
"""

# Run with the peer's interpreter: `prepare SAMPLES.json` or `security PK`; prints JSON.
TOOL = """\
import datetime
import json
import os
import sys

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "xtd_bench.settings")
import django

django.setup()

from django.contrib.contenttypes.models import ContentType
from django.contrib.sites.models import Site
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone
from django_comments.forms import CommentSecurityForm
from django_comments_xtd.models import XtdComment

from xtd_bench.models import Article


def prepare(samples_path):
    call_command("migrate", run_syncdb=True, verbosity=0, interactive=False)
    samples = json.loads(open(samples_path, encoding="utf-8").read())
    site = Site.objects.get(pk=1)
    now = timezone.now()
    with transaction.atomic():
        posting = Article.objects.create(title="Posting thread", slug="posting-thread")
        reading = Article.objects.create(title="Reading thread", slug="reading-thread")
        ctype = ContentType.objects.get_for_model(Article)
        for sample in samples:
            # save() one by one: XtdComment.save() fills thread_id/parent_id from its own pk.
            XtdComment(
                content_type=ctype,
                object_pk=str(reading.pk),
                site=site,
                user_name=sample["author"],
                user_email=sample["email"],
                comment=sample["text"],
                submit_date=now - datetime.timedelta(seconds=sample["age"]),
                ip_address="127.0.0.1",
                is_public=True,
            ).save()
    return {
        "posting_pk": posting.pk,
        "reading_pk": reading.pk,
        "content_type_id": ctype.pk,
        "content_type": f"{ctype.app_label}-{ctype.model}",
    }


def security(pk):
    return CommentSecurityForm(Article.objects.get(pk=pk)).generate_security_data()


if __name__ == "__main__":
    command, argument = sys.argv[1], sys.argv[2]
    result = prepare(argument) if command == "prepare" else security(int(argument))
    print(json.dumps(result))
"""

# The form a browser would post: $fields is the URL-encoded fixed part (security data, CSRF).
LUA = string.Template("""\
-- django-comments-xtd: its own comment form view, one new comment per call.
local xtd_headers = {
  ["Content-Type"] = "application/x-www-form-urlencoded",
  ["Cookie"] = $cookie,
}
local function xtd_quote(text)  -- URL-encode whatever unique() returns
  return (text:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", c:byte()) end))
end
function request()
  local tag = unique()
  local quoted = xtd_quote(tag)
  local body = $fields
    .. "&name=Reader+" .. quoted
    .. "&email=reader." .. tag:gsub("[^%w%-_]", "-") .. "%40example.org"
    .. "&comment=" .. xtd_quote(comment_text(load_sequence()))
  return wrk.format("POST", $path, xtd_headers, body)
end
""")


class XtdPeer(Peer):
    """django-comments-xtd with its form view for posting and its REST list for reading."""

    name = "django-comments-xtd"
    post_success_status = 302  # post_comment redirects to its "comment posted" page
    requirements = (
        "django-comments-xtd==2.10.13",
        "django-contrib-comments==2.2.0",
        "Django==5.2.19",
        "djangorestframework==3.18.3",
        "psycopg==3.3.9",
        "psycopg-binary==3.3.9",
        "gunicorn==27.0.1",
        "asgiref==3.13.0",
        "sqlparse==0.6.1",
        "docutils==0.23",
        "pytz==2026.6",
        "six==1.17.0",
        "typing_extensions==4.16.0",
    )

    def __init__(self, workdir: Path) -> None:
        super().__init__(workdir)
        self._posting_pk = 0
        self._content_type_id = 0

    def _write_site(self) -> None:
        package = self.workdir / "xtd_bench"
        package.mkdir(exist_ok=True)
        settings = SETTINGS.substitute(
            secret_key=repr(secrets.token_urlsafe(50)), database=repr(DATABASE)
        )
        files = {
            "__init__.py": "",
            "settings.py": settings,
            "urls.py": URLS,
            "models.py": MODELS,
            "wsgi.py": WSGI,
        }
        for filename, text in files.items():
            (package / filename).write_text(text)
        (self.workdir / "xtd_tool.py").write_text(TOOL)

    def prepare(self, thread_size: int = 1000) -> None:
        """Recreate `bench_xtd`, migrate, and fill the reading article with `thread_size`."""
        self._write_site()
        self.cleanup()
        with psycopg.connect(f"{PG_SERVER} dbname=postgres", autocommit=True) as connection:
            connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(DATABASE)))
        samples = self.workdir / "samples.json"
        samples.write_text(
            json.dumps([sample.as_dict() for sample in sample_comments(thread_size)])
        )
        made = json.loads(self.run_python("xtd_tool.py", "prepare", str(samples)))
        with self._connect() as connection:
            # Statistics now rather than whenever autovacuum gets to it: plans as in production.
            connection.execute("ANALYZE")
        self._posting_pk = made["posting_pk"]
        self._content_type_id = made["content_type_id"]
        # format=json: the JSON renderer whatever the client's Accept header says.
        self.read_path = f"/comments/api/{made['content_type']}/{made['reading_pk']}/?format=json"

    def wsgi_app(self, port: int) -> str:
        return "xtd_bench.wsgi:application"

    def post_lua(self) -> str:
        """A form post with fresh security data (valid for two hours) and a fixed CSRF secret.

        Django accepts the unmasked 32-character secret as the form token when it equals the
        cookie, so every wrk connection can send the same pair without a GET first.
        """
        security = json.loads(self.run_python("xtd_tool.py", "security", str(self._posting_pk)))
        csrf_secret = secrets.token_hex(16)  # 32 characters, Django's CSRF_SECRET_LENGTH
        fields = urllib.parse.urlencode(
            {
                **security,
                "honeypot": "",
                "url": "",
                "reply_to": "0",
                "csrfmiddlewaretoken": csrf_secret,
            }
        )
        return LUA.substitute(
            cookie=lua_string(f"csrftoken={csrf_secret}"),
            fields=lua_string(fields),
            path=lua_string("/comments/post/"),
        )

    def _connect(self) -> psycopg.Connection:
        return psycopg.connect(f"{PG_SERVER} dbname={DATABASE}", autocommit=True)

    def count_posted(self) -> int:
        with self._connect() as connection:
            row = connection.execute(
                "SELECT count(*) FROM django_comments_xtd_xtdcomment x"
                " JOIN django_comments c ON c.id = x.comment_ptr_id"
                " WHERE c.content_type_id = %s AND c.object_pk = %s",
                (self._content_type_id, str(self._posting_pk)),
            ).fetchone()
        return int(row[0]) if row else 0

    def reset_posted(self) -> None:
        """Delete the posting article's comments: xtd's rows, any flags, then the base rows.

        Worth doing between runs: each xtd post queries the article's earlier comments (to find
        follow-up subscribers), so a post costs more the more comments the article already has.
        """
        params = {"ct": self._content_type_id, "pk": str(self._posting_pk)}
        with self._connect() as connection, connection.transaction():
            connection.execute(
                "DELETE FROM django_comments_xtd_xtdcomment WHERE comment_ptr_id IN ("
                " SELECT id FROM django_comments WHERE content_type_id = %(ct)s"
                " AND object_pk = %(pk)s)",
                params,
            )
            connection.execute(
                "DELETE FROM django_comment_flags WHERE comment_id IN ("
                " SELECT id FROM django_comments WHERE content_type_id = %(ct)s"
                " AND object_pk = %(pk)s)",
                params,
            )
            connection.execute(
                "DELETE FROM django_comments WHERE content_type_id = %(ct)s AND object_pk = %(pk)s",
                params,
            )

    def cleanup(self) -> None:
        """Drop `bench_xtd` (FORCE: closes connections a stopped server may have left)."""
        with psycopg.connect(f"{PG_SERVER} dbname=postgres", autocommit=True) as connection:
            connection.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(DATABASE))
            )
