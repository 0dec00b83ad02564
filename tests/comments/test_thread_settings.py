"""Per-article settings: pre-moderation, closing after N days, comments per page and the trust
ladder, set in the admin or the moderation API; empty means "as the whole site" (issue 14)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from comments.models import Comment
from tests.conftest import make_comment
from tests.moderation.conftest import post_comment


@pytest.fixture(autouse=True)
def no_rate_limits(tune_gate) -> None:
    tune_gate(ip_rates=[], email_rates=[], flood_interval=0)


def settings_url(thread) -> str:
    return f"/api/v1/moderation/threads/{thread.key}/"


def test_a_premoderated_article_holds_every_comment(client, thread):
    thread.premoderate = True
    thread.save()
    post_comment(client, thread)
    comment = Comment.objects.get()
    assert comment.status == Comment.Status.PENDING
    assert "held: every comment is held (this article's setting)" in list(
        comment.decisions.values_list("reason", flat=True)
    )


def test_other_articles_are_not_premoderated(client, thread):
    post_comment(client, thread)
    assert Comment.objects.get().status == Comment.Status.APPROVED


def test_an_article_closes_after_its_own_number_of_days(client, thread):
    thread.created = timezone.now() - timedelta(days=8)
    thread.close_after_days = 7
    thread.save()
    assert not thread.accepts_comments
    response = post_comment(client, thread, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 403
    assert not Comment.objects.exists()
    page = client.get("/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Comments are closed." in page


def test_an_articles_own_closing_age_overrides_the_sites(client, thread, tune_gate):
    tune_gate(close_after_days=3)
    thread.created = timezone.now() - timedelta(days=5)
    thread.close_after_days = 30
    thread.save()
    assert thread.accepts_comments
    post_comment(client, thread)
    assert Comment.objects.count() == 1


def test_the_api_pages_an_article_by_its_own_page_size(thread, tune_comments):
    for n in range(5):
        make_comment(thread, content=f"Komentar nomor {n} tentang aplikasi nelayan.")
    tune_comments(comments_per_page=4)
    body = Client().get("/api/v1/comments/", {"thread": thread.key}).json()
    assert len(body["results"]) == 4
    thread.comments_per_page = 2
    thread.save()
    body = Client().get("/api/v1/comments/", {"thread": thread.key}).json()
    assert len(body["results"]) == 2
    assert body["next"] == f"/api/v1/comments/?page=2&thread={thread.key}"


def test_a_moderator_changes_an_articles_settings_in_the_api(moderator, thread):
    response = moderator.patch(
        settings_url(thread),
        {"premoderate": True, "comments_per_page": 20, "hold_first_comments": 2},
        content_type="application/json",
    )
    assert response.status_code == 200
    body = response.json()
    assert body["premoderate"] is True
    assert body["comments_per_page"] == 20
    assert body["trusted_after"] is None
    thread.refresh_from_db()
    assert (thread.premoderate, thread.comments_per_page, thread.hold_first_comments) == (
        True,
        20,
        2,
    )


def test_a_new_page_size_reaches_the_cached_read(moderator, thread):
    for n in range(3):
        make_comment(thread, content=f"Tanggapan ke-{n} soal sinyal di laut.")
    reader = Client()
    assert len(reader.get("/api/v1/comments/", {"thread": thread.key}).json()["results"]) == 3
    moderator.patch(settings_url(thread), {"comments_per_page": 1}, content_type="application/json")
    assert len(reader.get("/api/v1/comments/", {"thread": thread.key}).json()["results"]) == 1


@pytest.mark.parametrize(
    ("field", "value"),
    [("comments_per_page", 500), ("hold_rejection_percent", 150), ("close_after_days", -1)],
)
def test_out_of_range_settings_are_refused(moderator, thread, field, value):
    response = moderator.patch(
        settings_url(thread), {field: value}, content_type="application/json"
    )
    assert response.status_code == 400
    assert field in response.json()


def test_the_key_stays_what_it_was(moderator, thread):
    response = moderator.patch(
        settings_url(thread),
        {"key": "lain", "title": "Judul baru"},
        content_type="application/json",
    )
    assert response.status_code == 200
    thread.refresh_from_db()
    assert (thread.key, thread.title) == ("demo-article", "Judul baru")


def test_an_outsider_cannot_read_or_change_settings(outsider, thread):
    assert outsider.get(settings_url(thread)).status_code == 403
    response = outsider.patch(
        settings_url(thread), {"premoderate": True}, content_type="application/json"
    )
    assert response.status_code == 403
    thread.refresh_from_db()
    assert not thread.premoderate


def test_an_unknown_thread_is_404(moderator, db):
    assert moderator.get("/api/v1/moderation/threads/no-such-thing/").status_code == 404


def test_the_admin_edits_an_articles_settings(moderator, django_user_model, thread):
    bob = django_user_model.objects.get(username="bob")
    assert bob.has_perm("comments.change_thread")
    form = moderator.get(f"/admin/comments/thread/{thread.pk}/change/").content.decode()
    assert "This article&#x27;s settings (empty: as the whole site)" in form
    response = moderator.post(
        f"/admin/comments/thread/{thread.pk}/change/",
        {
            "key": thread.key,
            "title": thread.title,
            "url": thread.url,
            "is_open": "on",
            "created_0": thread.created.strftime("%Y-%m-%d"),
            "created_1": thread.created.strftime("%H:%M:%S"),
            "premoderate": "on",
            "hold_first_comments": "1",
            "trusted_after": "",
            "close_after_days": "",
            "comments_per_page": "",
            "hold_rejection_percent": "",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    thread.refresh_from_db()
    assert thread.premoderate
    assert thread.hold_first_comments == 1
    assert thread.trusted_after is None
