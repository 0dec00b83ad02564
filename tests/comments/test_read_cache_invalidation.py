"""A cached thread read changes when any of its comments does, by whatever path.

The cache is moved on by explicit calls from the code that changes comments, not by a model
signal: a receiver connected weakly inside `AppConfig.ready()` can be garbage-collected, and the
pages then stayed stale for good (issue 12, finding 1). The tests here run with every
`post_save`/`post_delete` receiver of `Comment` disconnected, as that process had it, and one
test runs a fresh interpreter.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db.models.signals import post_delete, post_save

from comments import read_cache
from comments.models import Comment
from tests.conftest import comment_data, make_comment

FRESH_PROCESS = Path(__file__).with_name("fresh_process_reads.py")


@pytest.fixture(autouse=True)
def no_comment_signal_receivers() -> Iterator[None]:
    saved = {signal: list(signal.receivers) for signal in (post_save, post_delete)}
    for signal in saved:
        with signal.lock:
            signal.receivers = [r for r in signal.receivers if r[0][1] != id(Comment)]
            signal.sender_receivers_cache.clear()
    yield
    for signal, receivers in saved.items():
        with signal.lock:
            signal.receivers = receivers
            signal.sender_receivers_cache.clear()


@pytest.fixture(autouse=True)
def no_rate_limits(tune_gate) -> None:
    tune_gate(ip_rates=[], email_rates=[], flood_interval=0)


def contents(client, thread) -> list[str]:
    body = client.get("/api/v1/comments/", {"thread": thread.key}).json()
    return [comment["content"] for comment in body["results"]]


def post(client, thread, content: str) -> dict:
    response = client.post(
        "/api/v1/comments/",
        {**comment_data(thread, content=content), "parent": None},
        content_type="application/json",
    )
    assert response.status_code == 201, response.content
    return response.json()


def test_it_shows_a_new_approved_comment_on_a_cached_page(client, thread):
    assert "Terima kasih atas liputannya." not in contents(client, thread)
    post(client, thread, "Terima kasih atas liputannya.")
    assert "Terima kasih atas liputannya." in contents(client, thread)


def test_it_serves_the_authors_edit_not_the_old_text(client, thread):
    created = post(client, thread, "Rumah saya di Jalan Melati 4, mampir saja.")
    assert "Rumah saya di Jalan Melati 4, mampir saja." in contents(client, thread)
    response = client.patch(
        f"/api/v1/comments/{created['id']}/",
        {"content": "Salah tulis, abaikan alamat tadi."},
        content_type="application/json",
        HTTP_X_EDIT_TOKEN=created["edit_token"],
    )
    assert response.status_code == 200
    shown = contents(client, thread)
    assert "Salah tulis, abaikan alamat tadi." in shown
    assert not any("Melati" in text for text in shown)


def test_it_drops_a_comment_the_author_deleted(client, thread):
    created = post(client, thread, "Nanti saya hapus komentar ini.")
    assert "Nanti saya hapus komentar ini." in contents(client, thread)
    response = client.delete(
        f"/api/v1/comments/{created['id']}/", HTTP_X_EDIT_TOKEN=created["edit_token"]
    )
    assert response.status_code == 204
    assert "Nanti saya hapus komentar ini." not in contents(client, thread)


def test_it_drops_a_comment_deleted_in_the_admin(client, admin_client, thread):
    comment = make_comment(thread, content="Dihapus lewat admin.")
    read_cache.changed([thread.pk])
    assert "Dihapus lewat admin." in contents(client, thread)
    response = admin_client.post(f"/admin/comments/comment/{comment.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302
    assert "Dihapus lewat admin." not in contents(client, thread)


def test_it_drops_comments_bulk_deleted_in_the_admin(client, admin_client, thread):
    doomed = [make_comment(thread, content=f"Massal {n}.") for n in range(3)]
    read_cache.changed([thread.pk])
    assert "Massal 1." in contents(client, thread)
    response = admin_client.post(
        "/admin/comments/comment/?status__exact=approved",
        {
            "action": "delete_selected",
            "_selected_action": [c.pk for c in doomed],
            "post": "yes",
        },
    )
    assert response.status_code == 302
    assert not Comment.objects.exists()
    assert contents(client, thread) == []


def test_it_drops_a_comment_trashed_in_the_admin(client, admin_client, thread):
    comment = make_comment(thread, content="Dibuang moderator.")
    read_cache.changed([thread.pk])
    assert "Dibuang moderator." in contents(client, thread)
    response = admin_client.post(f"/admin/comments/comment/{comment.pk}/moderate/trash/")
    assert response.status_code == 302
    assert "Dibuang moderator." not in contents(client, thread)


def test_it_shows_a_reply_as_top_level_once_purge_deletes_its_spam_parent(client, thread):
    from datetime import timedelta

    from django.utils import timezone

    parent = make_comment(thread, status=Comment.Status.SPAM, content="Iklan lama.")
    make_comment(thread, parent=parent, content="Balasan untuk iklan.")
    Comment.objects.update(created=timezone.now() - timedelta(days=400))
    read_cache.changed([thread.pk])

    def parents() -> list[int | None]:
        body = client.get("/api/v1/comments/", {"thread": thread.key}).json()
        return [comment["parent"] for comment in body["results"]]

    assert parents() == [parent.pk]
    call_command("purge_comments", stdout=open(os.devnull, "w"))  # noqa: SIM115
    assert not Comment.objects.filter(pk=parent.pk).exists()
    assert parents() == [None]


def test_a_local_copy_is_not_kept_past_its_time(monkeypatch):
    renders: list[int] = []

    def render() -> bytes:
        renders.append(1)
        return b"page"

    clock = [1000.0]
    monkeypatch.setattr(read_cache, "_now", lambda: clock[0])
    # The thread never changes; the shared cache holds its stamp but has lost the page.
    monkeypatch.setattr(
        read_cache.cache,
        "get",
        lambda key, default=None: "stamp" if key.endswith(":version") else None,
    )
    monkeypatch.setattr(read_cache.cache, "set", lambda *args, **kwargs: None)
    read_cache.cached_page(1, "p", render)
    read_cache.cached_page(1, "p", render)
    assert len(renders) == 1
    clock[0] += read_cache.LOCAL_TTL + 1
    read_cache.cached_page(1, "p", render)
    assert len(renders) == 2


def test_a_fresh_process_reads_what_changed(tmp_path):
    env = {
        **os.environ,
        "DEBUG": "true",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'fresh.sqlite3'}",
    }
    env.pop("REDIS_URL", None)
    done = subprocess.run(
        [sys.executable, str(FRESH_PROCESS)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert "Komentar pertama dari proses baru." not in seen["before"]
    assert "Komentar pertama dari proses baru." in seen["after_post"]
    assert "Komentar pertama, sudah diperbaiki." in seen["after_edit"]
    assert "Komentar pertama dari proses baru." not in seen["after_edit"]
    assert "Komentar pertama, sudah diperbaiki." not in seen["after_admin_delete"]
