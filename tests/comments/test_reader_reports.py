"""Readers report published comments; enough of them send one back to the moderators (issue 14)."""

from __future__ import annotations

import pytest
from django.test import Client

from comments.models import Comment, Decision, Report
from comments.services import ModerationAction, moderate
from tests.conftest import make_comment


@pytest.fixture(autouse=True)
def generous_report_rates(tune_comments) -> None:
    tune_comments(report_rates=["100/m"])


@pytest.fixture
def published(thread) -> Comment:
    return make_comment(thread, content="Komentar yang akan dilaporkan pembaca.")


def report(comment: Comment, address: str, reason: str = "abuse", **extra):
    return Client().post(
        f"/api/v1/comments/{comment.pk}/report/",
        {"reason": reason, **extra},
        content_type="application/json",
        REMOTE_ADDR=address,
    )


def status_of(comment: Comment) -> str:
    return Comment.objects.get(pk=comment.pk).status


def test_a_report_is_received_and_stored_without_who_sent_it(published):
    response = report(published, "198.51.100.1", note="Menghina penulis.")
    assert response.status_code == 202
    assert response.json() == {"status": "received"}
    stored = Report.objects.get()
    assert stored.reason == "abuse" and stored.note == "Menghina penulis."
    assert "198.51.100.1" not in stored.reporter and len(stored.reporter) == 64


def test_the_same_reader_counts_once(published, tune_comments):
    tune_comments(reports_to_hide=2)
    for _ in range(3):
        assert report(published, "198.51.100.1").status_code == 202
    assert Report.objects.count() == 1
    assert status_of(published) == Comment.Status.APPROVED


def test_three_readers_send_it_back_to_pending_with_a_reason(published, client):
    report(published, "198.51.100.1", "abuse")
    report(published, "198.51.100.2", "spam")
    assert status_of(published) == Comment.Status.APPROVED
    third = report(published, "198.51.100.3", "abuse")
    assert third.json() == {"status": "received"}  # the same answer as any report
    assert status_of(published) == Comment.Status.PENDING
    decision = Decision.objects.get(comment=published, source=Decision.Source.READERS)
    assert decision.reason == "held: 3 readers reported it: abuse x2, spam x1"
    shown = client.get("/api/v1/comments/", {"thread": published.thread.key}).json()
    assert shown["results"] == []


def test_after_a_moderator_keeps_it_only_a_new_reason_hides_it_again(published):
    for n, reason in enumerate(["abuse", "abuse", "abuse"]):
        report(published, f"198.51.100.{n}", reason)
    moderate(Comment.objects.get(pk=published.pk), ModerationAction.APPROVE, None)
    report(published, "198.51.100.10", "abuse")
    assert status_of(published) == Comment.Status.APPROVED
    report(published, "198.51.100.11", "personal_info")
    assert status_of(published) == Comment.Status.PENDING


def test_only_published_comments_can_be_reported(thread):
    held = make_comment(thread, status=Comment.Status.PENDING)
    assert report(held, "198.51.100.1").status_code == 404
    missing = Client().post(
        "/api/v1/comments/999999/report/", {"reason": "spam"}, content_type="application/json"
    )
    assert missing.status_code == 404


def test_a_bad_reason_or_a_long_note_is_a_field_error(published):
    assert "reason" in report(published, "198.51.100.1", "boring").json()
    assert "note" in report(published, "198.51.100.1", note="x" * 501).json()
    assert not Report.objects.exists()


def test_reports_are_rate_limited_per_network(published, thread, tune_comments):
    tune_comments(report_rates=["2/m"])
    others = [make_comment(thread, content=f"Komentar lain nomor {n}.") for n in range(3)]
    answers = [report(c, "198.51.100.7").status_code for c in [published, *others]]
    assert answers == [202, 202, 429, 429]


def test_the_reported_queue_and_dismissing(published, moderator, thread):
    quiet = make_comment(thread, content="Komentar yang tidak dilaporkan.")
    report(published, "198.51.100.1", "spam")
    queue = moderator.get("/api/v1/moderation/comments/", {"queue": "reported"}).json()
    assert [c["id"] for c in queue["results"]] == [published.pk]
    page = moderator.get("/admin/comments/comment/", {"reported": "open"})
    assert [c.pk for c in page.context["cl"].result_list] == [published.pk]
    assert quiet.pk not in [c.pk for c in page.context["cl"].result_list]
    moderator.post(
        "/admin/comments/comment/?reported=open",
        {"action": "dismiss_reports", "_selected_action": [published.pk]},
    )
    assert (
        moderator.get("/api/v1/moderation/comments/", {"queue": "reported"}).json()["results"] == []
    )
    assert Decision.objects.filter(
        comment=published, reason__startswith="reports dismissed"
    ).exists()


def test_an_outsider_sees_no_reported_queue(published, outsider):
    report(published, "198.51.100.1")
    assert outsider.get("/api/v1/moderation/comments/", {"queue": "reported"}).status_code == 403


def test_the_moderator_sees_the_open_reports_in_the_queue_and_on_the_comment(published, moderator):
    report(published, "198.51.100.1", "spam")
    report(published, "198.51.100.2", "abuse", note="Menghina pembaca lain.")
    report(published, "203.0.113.7", "abuse")
    queue = moderator.get("/admin/comments/comment/", {"reported": "open"}).content.decode()
    assert "3 open: Abusive or hateful ×2, Spam" in queue
    page = moderator.get(f"/admin/comments/comment/{published.pk}/change/").content.decode()
    assert "Readers&#x27; reports" in page or "Readers' reports" in page
    assert "Menghina pembaca lain." in page
    # Who reported stays a digest in the database and never reaches the page.
    for digest in Report.objects.values_list("reporter", flat=True):
        assert digest not in page
    moderate(published, ModerationAction.APPROVE, None)
    queue = moderator.get("/admin/comments/comment/", {"status__exact": "approved"})
    assert "open:" not in queue.content.decode()
