"""Moderating in the Django admin: the queue, bulk actions, history, privacy and the dashboard."""

from __future__ import annotations

import pytest

from comments.models import Comment, Decision
from tests.conftest import make_comment

SECRET_EMAIL = "pembaca.rahasia@example.id"


@pytest.fixture
def queue(thread):
    return {
        "pending": make_comment(
            thread,
            status=Comment.Status.PENDING,
            content="menunggu dulu",
            author_email=SECRET_EMAIL,
            ip_address="198.51.100.20",
        ),
        "approved": make_comment(thread, content="sudah tayang"),
        "spam": make_comment(thread, status=Comment.Status.SPAM, content="slot gacor", score=0.97),
    }


def test_the_list_opens_on_the_pending_queue(moderator, queue):
    response = moderator.get("/admin/comments/comment/")
    assert response.status_code == 302
    assert response["Location"].endswith("?status__exact=pending")
    html = moderator.get(response["Location"]).content.decode()
    assert "menunggu dulu" in html
    assert "sudah tayang" not in html


def test_the_score_band_filter(moderator, queue):
    html = moderator.get("/admin/comments/comment/?score=high").content.decode()
    assert "slot gacor" in html and "menunggu dulu" not in html


@pytest.mark.parametrize(
    ("start", "action", "status", "recorded"),
    [
        ("pending", "approve", "approved", "approve"),
        ("pending", "mark_spam", "spam", "spam"),
        ("spam", "mark_ham", "approved", "ham"),
        ("pending", "trash", "trash", "trash"),
    ],
)
def test_bulk_actions_change_status_and_record_who(
    moderator, queue, start, action, status, recorded
):
    comment = queue[start]
    response = moderator.post(
        f"/admin/comments/comment/?status__exact={start}",
        {"action": action, "_selected_action": [comment.pk]},
    )
    assert response.status_code == 302
    comment.refresh_from_db()
    assert comment.status == status
    decision = Decision.objects.get(comment=comment, source=Decision.Source.HUMAN)
    assert decision.action == recorded
    assert decision.actor is not None and decision.actor.username == "bob"
    assert f"by bob (was {start})" in decision.reason


def test_the_change_page_shows_the_whole_history(moderator, queue):
    comment = queue["pending"]
    Decision.objects.create(
        comment=comment,
        source=Decision.Source.GATE,
        check_name="links",
        action="hold",
        reason="held: 3 links, 2 or more are held",
    )
    moderator.post(f"/admin/comments/comment/{comment.pk}/moderate/approve/")
    html = moderator.get(f"/admin/comments/comment/{comment.pk}/change/").content.decode()
    assert "held: 3 links, 2 or more are held" in html
    assert "approved by bob (was pending)" in html


def test_one_click_buttons_need_post_and_permission(moderator, viewer, queue):
    url = f"/admin/comments/comment/{queue['pending'].pk}/moderate/spam/"
    assert moderator.get(url).status_code == 405
    assert viewer.post(url).status_code == 403
    assert (
        moderator.post(f"/admin/comments/comment/{queue['pending'].pk}/moderate/nuke/").status_code
        == 403
    )
    assert moderator.post(url).status_code == 302
    queue["pending"].refresh_from_db()
    assert queue["pending"].status == "spam"


def test_a_viewer_sees_the_queue_but_cannot_moderate(viewer, queue):
    html = viewer.get("/admin/comments/comment/?status__exact=pending").content.decode()
    assert "menunggu dulu" in html
    assert 'value="approve"' not in html
    viewer.post(
        "/admin/comments/comment/?status__exact=pending",
        {"action": "approve", "_selected_action": [queue["pending"].pk]},
    )
    queue["pending"].refresh_from_db()
    assert queue["pending"].status == "pending"


def test_an_outsider_gets_nothing(outsider, queue):
    assert outsider.get("/admin/comments/comment/?status__exact=pending").status_code == 403
    assert outsider.get("/admin/comments/comment/dashboard/").status_code == 403
    assert (
        outsider.post(
            f"/admin/comments/comment/{queue['pending'].pk}/moderate/approve/"
        ).status_code
        == 403
    )


def test_email_and_address_only_with_the_private_permission(moderator, privileged, queue):
    url = f"/admin/comments/comment/{queue['pending'].pk}/change/"
    plain = moderator.get(url).content.decode()
    assert SECRET_EMAIL not in plain and "198.51.100.20" not in plain
    # Nor can a moderator find a comment by its author's email.
    searched = moderator.get(f"/admin/comments/comment/?status__exact=pending&q={SECRET_EMAIL}")
    assert "menunggu dulu" not in searched.content.decode()
    full = privileged.get(url).content.decode()
    assert SECRET_EMAIL in full and "198.51.100.20" in full


def test_the_dashboard_counts_and_charts(moderator, queue):
    Decision.objects.create(
        comment=queue["spam"],
        source=Decision.Source.GATE,
        action="spam",
        check_name="classifier",
        reason="classifier 0.97: slot",
    )
    moderator.post(f"/admin/comments/comment/{queue['spam'].pk}/moderate/ham/")
    html = moderator.get("/admin/comments/comment/dashboard/").content.decode()
    assert "Last 7 days" in html and "Last 30 days" in html
    assert "<svg" in html and "<rect" in html
    assert "No spam model is active" in html
    assert "Sent to spam, then published by moderators (false positives)</th><td>1</td>" in html
    assert "Spam caught by the gate</th><td>1</td>" in html


def test_the_dashboard_shows_the_regime_and_both_thresholds(moderator, db):
    from moderation.models import SpamModel

    SpamModel.objects.create(
        active=True,
        blob=b"",
        sha256="0" * 64,
        features_version=1,
        regularisation=8,
        hold_threshold=0.2,
        spam_threshold=0.95,
        decision_threshold=0.5,
        regime=SpamModel.Regime.STARTER,
    )
    html = moderator.get("/admin/comments/comment/dashboard/").content.decode()
    assert "Starter corpus (too few of this site&#x27;s labels yet)" in html
    assert "Hold at spam score</th><td>20.0%</td>" in html
    assert "Spam folder at spam score</th><td>95.0%" in html
    assert "only with a second signal" in html
    assert "Once moderators have decided 200 comments" in html
