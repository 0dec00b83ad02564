"""The dashboard's weekly calibration of the spam model against moderators (issue 19), checked
on hand-made decisions."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from comments import calibration
from comments.models import Comment, Decision
from tests.conftest import make_comment

pytestmark = pytest.mark.django_db

GATE, HUMAN = Decision.Source.GATE, Decision.Source.HUMAN


def decided(thread, when, gate: list[tuple[str, str]], moderator: str | None) -> Comment:
    """A comment submitted at `when`, the gate's rows as (check, action), and a moderator's
    last action, if any."""
    comment = make_comment(thread, content=f"Komentar {when.isoformat()} {gate}", created=when)
    for check, action in gate:
        Decision.objects.create(
            comment=comment, source=GATE, check_name=check, action=action, reason="gate"
        )
    if moderator:
        Decision.objects.create(comment=comment, source=HUMAN, action=moderator, reason="mod")
    return comment


def test_a_week_counts_precision_recall_and_the_gates_errors(thread):
    now = timezone.now()
    this_week = now
    classifier_hold = [("classifier", "hold")]
    # Spam the classifier held, and a moderator agreed: 3.
    for _ in range(3):
        decided(thread, this_week, classifier_hold, "spam")
    # Held by the classifier, published by a moderator: a false positive, 1.
    decided(thread, this_week, classifier_hold, "approve")
    # Sent to spam by a rule, published as not spam: a false positive the classifier did not make.
    decided(thread, this_week, [("disallowed_key", "spam")], "ham")
    # Published by the gate, then marked spam: a false negative, 2.
    for _ in range(2):
        decided(thread, this_week, [("gate", "approve")], "spam")
    # Published and left so by moderators who approved it: labelled ham, no error.
    decided(thread, this_week, [("gate", "approve")], "approve")
    # Not labelled: held and still waiting; trashed (no spam label).
    decided(thread, this_week, classifier_hold, None)
    decided(thread, this_week, [("gate", "approve")], "trash")
    # Three weeks ago: one labelled comment.
    decided(thread, now - timedelta(weeks=3), [("gate", "approve")], "spam")

    found = calibration.weeks(now)
    assert len(found) == calibration.WEEKS
    assert found[0].start.weekday() == 0 and found[-1].start <= timezone.localdate(now)
    week = found[-1]
    assert (week.labelled, week.spam) == (8, 5)
    assert (week.flagged, week.flagged_spam) == (4, 3)
    assert (week.precision, week.recall) == (0.75, 0.6)
    assert (week.false_positives, week.false_negatives) == (2, 2)
    earlier = found[-4]
    assert (earlier.labelled, earlier.spam, earlier.false_negatives) == (1, 1, 1)
    assert earlier.recall == 0.0 and earlier.precision is None
    assert all(w.labelled == 0 for w in found[:-4] + found[-3:-1])


def test_the_dashboard_shows_the_table_and_the_chart(thread, moderator):
    decided(thread, timezone.now(), [("classifier", "hold")], "spam")
    page = moderator.get("/admin/comments/comment/dashboard/", HTTP_ACCEPT_LANGUAGE="en")
    html = page.content.decode()
    assert "The spam model against moderators, by week" in html
    assert 'aria-label="Spam model against moderators per week' in html
    assert "<td>1.000</td>" in html  # precision and recall of that one week


def test_with_no_labels_the_dashboard_says_so(thread, moderator):
    page = moderator.get("/admin/comments/comment/dashboard/", HTTP_ACCEPT_LANGUAGE="en")
    assert "Moderators have not published or marked as spam any comment" in page.content.decode()


def test_the_daily_chart_counts_todays_comments_by_the_sites_calendar(thread, settings):
    from datetime import UTC, datetime

    from comments import dashboard

    settings.TIME_ZONE = "Asia/Jakarta"
    # 20:00 UTC is 03:00 the next day in Jakarta: the comment is from the 5th there.
    now = datetime(2026, 12, 4, 20, 0, tzinfo=UTC)
    make_comment(thread, created=now)
    svg = str(dashboard.daily_chart(now))
    assert "<title>2026-12-05: 1 approved</title>" in svg
    assert "2026-12-05</text>" in svg
