"""A held comment is shown to the browser that wrote it, and to nobody else."""

from __future__ import annotations

import pytest
from django.test import Client

from comments.authorship import COOKIE_NAME
from comments.models import Comment
from moderation import gate
from moderation.verdict import Action, Reason, RejectCode, Verdict
from tests.conftest import PrivacyGuardClient, comment_data

AWAITING = "Your comment is awaiting moderation."


def post_held(client, thread) -> Comment:
    response = client.post(
        "/comments/post/", comment_data(thread, content="Komentar yang ditahan dulu.")
    )
    comment = Comment.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/?cpage=1&posted={comment.pk}#comment-{comment.pk}"
    return comment


def test_the_author_sees_their_held_comment_marked_as_awaiting_moderation(client, thread, held):
    comment = post_held(client, thread)
    assert comment.status == Comment.Status.PENDING
    html = client.get("/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Komentar yang ditahan dulu." in html
    assert AWAITING in html
    assert f'id="comment-{comment.pk}" class="comment depth-1 comment-pending"' in html


def test_the_notice_is_translated(client, thread, held):
    post_held(client, thread)
    assert "Komentar Anda sedang menunggu moderasi." in client.get("/").content.decode()


def test_another_visitor_does_not_see_it(client, thread, held):
    post_held(client, thread)
    stranger = PrivacyGuardClient(check_stored=True)
    html = stranger.get("/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Komentar yang ditahan dulu." not in html
    assert AWAITING not in html


def test_knowing_the_email_does_not_reveal_it(client, thread, held):
    post_held(client, thread)
    impostor = PrivacyGuardClient(check_stored=True)
    impostor.post("/comments/post/", comment_data(thread, content="ditahan juga, lain teks"))
    html = impostor.get("/").content.decode()
    assert "Komentar yang ditahan dulu." not in html
    assert "ditahan juga, lain teks" in html


def test_a_forged_author_cookie_reveals_nothing(client, thread, held):
    comment = post_held(client, thread)
    forger = Client()
    forger.cookies[COOKIE_NAME] = str(comment.pk)
    html = forger.get("/").content.decode()
    assert "Komentar yang ditahan dulu." not in html
    forger.cookies[COOKIE_NAME] = f"{comment.pk}:forgedsignature"
    assert "Komentar yang ditahan dulu." not in forger.get("/").content.decode()


def test_the_author_cookie_is_signed_httponly_and_carries_no_email(client, thread, held):
    post_held(client, thread)
    morsel = client.cookies[COOKIE_NAME]
    assert morsel["httponly"]
    assert morsel["samesite"] == "Lax"
    assert "@" not in morsel.value and ":" in morsel.value


def test_an_approved_comment_stops_showing_the_notice(client, thread, held):
    comment = post_held(client, thread)
    comment.status = Comment.Status.APPROVED
    comment.save()
    html = client.get("/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Komentar yang ditahan dulu." in html
    assert AWAITING not in html


def test_a_rejected_submission_stores_nothing_and_says_why(client, thread, monkeypatch):
    monkeypatch.setattr(
        gate,
        "review",
        lambda submission: Verdict(
            Action.REJECT,
            [Reason("test", Action.REJECT, "rejected for test")],
            code=RejectCode.RATE_LIMITED,
            retry_after=30,
        ),
    )
    response = client.post(
        "/comments/post/",
        comment_data(thread, content="teks ditolak"),
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert response.status_code == 429
    assert response["Retry-After"] == "30"
    html = response.content.decode()
    assert "Please wait 30 seconds and try again." in html
    assert "teks ditolak</textarea>" in html
    assert not Comment.objects.exists()


@pytest.fixture
def caught_as_spam(monkeypatch):
    monkeypatch.setattr(
        gate,
        "review",
        lambda submission: Verdict(Action.SPAM, [Reason("test", Action.SPAM, "spam for test")]),
    )


def test_a_comment_the_filter_took_for_spam_reads_awaiting_moderation_to_its_author(
    client, thread, caught_as_spam
):
    comment = post_held(client, thread)  # the redirect lands on the comment's own anchor
    assert comment.status == Comment.Status.SPAM
    html = client.get("/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert f'id="comment-{comment.pk}"' in html
    assert "Komentar yang ditahan dulu." in html
    assert AWAITING in html
    assert "spam" not in html.split(f'id="comment-{comment.pk}"')[1].split("</li>")[0].lower()
    stranger = PrivacyGuardClient(check_stored=True)
    assert "Komentar yang ditahan dulu." not in stranger.get("/").content.decode()


def test_the_api_answers_pending_for_a_spam_verdict(client, thread, caught_as_spam):
    from tests.conftest import shown_form_token

    response = client.post(
        "/api/v1/comments/",
        {
            "thread": thread.key,
            "author_name": "Dewi",
            "author_email": "dewi@example.id",
            "content": "Komentar yang ditahan dulu.",
            "form_token": shown_form_token(thread),
        },
        content_type="application/json",
    )
    assert response.status_code == 201
    assert response.json()["status"] == "pending"
    assert Comment.objects.get().status == Comment.Status.SPAM
