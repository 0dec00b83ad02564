"""The email is for moderators only: no public response or log line carries it or a hash of it."""

from __future__ import annotations

import hashlib
import logging

import pytest

from comments.avatars import identicon_svg, new_avatar_key
from comments.models import Comment
from tests.conftest import PrivacyGuardClient, comment_data, email_fingerprints, make_comment

EMAIL = "Rahasia.Pembaca@Example.co.id"


def test_every_public_page_is_scanned_and_clean(client, thread):
    parent = make_comment(thread, author_email="parent.secret@example.com")
    client.post("/comments/post/", comment_data(thread, author_email=EMAIL))
    client.post("/comments/post/", comment_data(thread, author_email=EMAIL, parent=str(parent.pk)))
    client.post("/comments/post/", comment_data(thread, author_email=EMAIL, author_name=""))
    client.get("/")
    client.get("/", HTTP_ACCEPT_LANGUAGE="en")
    client.get(f"/?replytocom={parent.pk}")
    client.get("/articles/demo-article/")
    client.get("/articles/missing/")
    for comment in Comment.objects.all():
        client.get(f"/avatars/{comment.avatar_key}.svg")
    assert EMAIL in client.sent_emails
    assert "parent.secret@example.com" in client.sent_emails
    assert client.responses_checked >= 10


def test_the_guard_itself_catches_a_leak(db):
    """The scan above can fail: a response carrying an email's SHA-256 is caught."""
    from django.http import HttpResponse

    guard = PrivacyGuardClient()
    guard.sent_emails.add(EMAIL)
    leaky = HttpResponse(f"<img src='/a/{hashlib.sha256(EMAIL.lower().encode()).hexdigest()}'>")
    with pytest.raises(AssertionError, match="leaked"):
        guard.check(leaky)
    leaky_header = HttpResponse("ok")
    leaky_header["X-Author"] = EMAIL
    with pytest.raises(AssertionError, match="leaked"):
        guard.check(leaky_header)


def test_only_the_authors_own_form_gets_their_email_back_and_never_cached(client, thread):
    response = client.post("/comments/post/", comment_data(thread, author_email=EMAIL, content=""))
    assert response.status_code == 400
    html = response.content.decode()
    assert f'value="{EMAIL}"' in html
    assert html.count(EMAIL) == 1
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]


def test_the_guard_still_catches_the_email_outside_the_form_box(db):
    from django.http import HttpResponse
    from django.utils.cache import add_never_cache_headers

    guard = PrivacyGuardClient()
    guard.sent_emails.add(EMAIL)
    response = HttpResponse(f'<input name="author_email" value="{EMAIL}"><p>{EMAIL}</p>')
    add_never_cache_headers(response)
    with pytest.raises(AssertionError, match="leaked"):
        guard.check(response)


def test_the_avatar_key_holds_nothing_of_the_email(thread):
    comment = make_comment(thread, author_email=EMAIL)
    for fingerprint in email_fingerprints(EMAIL):
        assert comment.avatar_key not in fingerprint


def test_identicons_are_deterministic_svg(client, db):
    key = new_avatar_key()
    response = client.get(f"/avatars/{key}.svg")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/svg+xml"
    assert "max-age" in response["Cache-Control"]
    assert response.content.decode() == identicon_svg(key)
    assert identicon_svg(key) != identicon_svg(new_avatar_key())


@pytest.mark.parametrize("bad", ["xyz", "0" * 31, "A" * 32, "../etc"])
def test_a_bad_avatar_key_is_a_404(client, db, bad):
    assert client.get(f"/avatars/{bad}.svg").status_code == 404


def test_a_crash_is_logged_without_the_posted_email(client, thread, monkeypatch, caplog):
    from moderation import gate

    def explode(submission):
        raise RuntimeError("gate failed")

    monkeypatch.setattr(gate, "review", explode)
    client.raise_request_exception = False
    with caplog.at_level(logging.ERROR):
        response = client.post("/comments/post/", comment_data(thread, author_email=EMAIL))
    assert response.status_code == 500
    assert "Something went wrong" in response.content.decode() or "Terjadi kesalahan" in (
        response.content.decode()
    )
    assert caplog.records, "the crash should be logged"
    logged = "\n".join(record.getMessage() for record in caplog.records).lower()
    assert EMAIL.lower() not in logged
