"""A minimal Django site that installs the comments app as a publisher would (issue 13).

Written into a temporary directory by test_installable_app and run with a fresh virtualenv's
Python, in which only the built wheel provides `comments` and `moderation`. It migrates, renders
its own page with the template tag, posts a comment through the form the tag rendered, and
prints what it saw as JSON.
"""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
os.environ["DJANGO_SETTINGS_MODULE"] = "host_site.settings"

SETTINGS = """
from pathlib import Path
HERE = Path(__file__).resolve().parent.parent
SECRET_KEY = "host-project-secret-key-for-this-test-only-0123456789abcdef"
DEBUG = True
ALLOWED_HOSTS = ["testserver"]
INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    "comments",
    "moderation",
]
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
]
ROOT_URLCONF = "host_site.urls"
TEMPLATES = [{
    "BACKEND": "django.template.backends.django.DjangoTemplates",
    "DIRS": [HERE / "templates"],
    "APP_DIRS": True,
    "OPTIONS": {"context_processors": [
        "django.template.context_processors.request",
        "django.contrib.auth.context_processors.auth",
        "django.contrib.messages.context_processors.messages",
    ]},
}]
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": HERE / "host.sqlite3"}}
STATIC_URL = "/static/"
USE_TZ = True
USE_I18N = True
LANGUAGE_CODE = "en"
COMMENT_GATE = {"classifier": False, "form_min_seconds": 0}
"""

URLS = """
from django.contrib import admin
from django.shortcuts import render
from django.urls import include, path

def story(request):
    return render(request, "story.html")

urlpatterns = [
    path("admin/", admin.site.urls),
    path("comments/", include("comments.urls")),
    path("api/", include("comments.api.urls")),
    path("news/harbour/", story),
]
"""

PAGE = """{% load comments_tags %}<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Harbour news</title></head>
<body><article><h1>The harbour reopens</h1><p>Boats are back on Monday.</p></article>
{% comments_section "harbour-reopens" %}
</body></html>
"""


def write_project() -> None:
    (HERE / "host_site").mkdir(exist_ok=True)
    (HERE / "host_site" / "__init__.py").write_text("")
    (HERE / "host_site" / "settings.py").write_text(SETTINGS)
    (HERE / "host_site" / "urls.py").write_text(URLS)
    (HERE / "templates").mkdir(exist_ok=True)
    (HERE / "templates" / "story.html").write_text(PAGE)


def main() -> None:
    write_project()
    import django

    django.setup()
    from django.core.management import call_command
    from django.test import Client

    import comments
    import moderation
    from comments.models import Comment, Thread

    call_command("migrate", verbosity=0)
    Thread.objects.create(key="harbour-reopens", title="The harbour reopens", url="/news/harbour/")
    reader = Client()
    page = reader.get("/news/harbour/")
    html = page.content.decode()
    action = re.search(r'<form[^>]*action="([^"]+)"', html)
    fields = dict(re.findall(r'<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"', html))
    form = {
        **{name: value for name, value in fields.items() if name != "subject"},
        "content": "Good to hear the harbour is open again before the holidays.",
        "author_name": "Wulan",
        "author_email": "wulan.reader@example.id",
    }
    posted = reader.post(action.group(1) if action else "", form)
    bad = reader.post(action.group(1) if action else "", {**form, "content": ""})
    after = reader.get("/news/harbour/").content.decode()
    api = reader.get("/api/comments/", {"thread": "harbour-reopens"})
    print(
        json.dumps(
            {
                "comments_from": comments.__file__,
                "moderation_from": moderation.__file__,
                "page_status": page.status_code,
                "has_form": "Leave a Reply" in html and "form_token" in html,
                "action": action.group(1) if action else None,
                "post_status": posted.status_code,
                "post_location": posted.get("Location", ""),
                "bad_post_status": bad.status_code,
                "bad_post_keeps_page": "The harbour reopens" in bad.content.decode(),
                "stored": list(Comment.objects.values_list("status", flat=True)),
                "shown_after": "before the holidays" in after,
                "api_status": api.status_code,
                "api_count": api.json().get("count") if api.status_code == 200 else None,
            }
        )
    )


if __name__ == "__main__":
    main()
