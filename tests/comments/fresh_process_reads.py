"""The process of test_read_cache_invalidation's fresh-process test: a new interpreter, as a
worker starts, on its own SQLite file. It reads a thread through the API (so the page is cached),
changes the thread the ways readers and moderators do, and prints what each read returned.

Usage: python fresh_process_reads.py  (DATABASE_URL in the environment names an empty SQLite file)
"""

from __future__ import annotations

import gc
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django

django.setup()
# Whatever a worker's start-up left only weakly referenced is gone by the first request.
gc.collect()

from django.contrib.auth.models import User  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.test import Client, override_settings  # noqa: E402

from comments.models import Comment  # noqa: E402
from moderation import tokens  # noqa: E402

GATE = {"classifier": False, "ip_rates": [], "email_rates": [], "flood_interval": 0}


def contents(client: Client) -> list[str]:
    body = client.get("/api/v1/comments/", {"thread": "demo-article"}).json()
    return [comment["content"] for comment in body["results"]]


def post(client: Client, content: str) -> dict[str, object]:
    data = {
        "thread": "demo-article",
        "form_token": tokens.issue("demo-article", now=time.time() - 60),
        "content": content,
        "author_name": "Rina",
        "author_email": "rina.fresh@example.id",
    }
    response = client.post("/api/v1/comments/", data, content_type="application/json")
    assert response.status_code == 201, response.content
    return dict(response.json())


def main() -> None:
    call_command("migrate", verbosity=0)
    call_command("create_demo_article", stdout=open(os.devnull, "w"))  # noqa: SIM115
    reader = Client()
    seen: dict[str, list[str]] = {"before": contents(reader)}
    created = post(Client(), "Komentar pertama dari proses baru.")
    seen["after_post"] = contents(reader)
    edited = Client().patch(
        f"/api/v1/comments/{created['id']}/",
        {"content": "Komentar pertama, sudah diperbaiki."},
        content_type="application/json",
        HTTP_X_EDIT_TOKEN=str(created["edit_token"]),
    )
    assert edited.status_code == 200, edited.content
    seen["after_edit"] = contents(reader)
    moderator = Client()
    moderator.force_login(User.objects.create_superuser("mod", "mod@example.id", "pw-unused-1"))
    deleted = moderator.post(f"/admin/comments/comment/{created['id']}/delete/", {"post": "yes"})
    assert deleted.status_code == 302, deleted.status_code
    assert not Comment.objects.exists()
    seen["after_admin_delete"] = contents(reader)
    print(json.dumps(seen))


if __name__ == "__main__":
    with override_settings(COMMENT_GATE=GATE):
        main()
