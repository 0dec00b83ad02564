"""How the gate's verdicts turned out (comments.outcomes): spam caught, held, and moderators'
corrections, counted once per comment over a window of submitted comments; the dashboard and
/metrics show the same figures."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone
from prometheus_client.parser import text_string_to_metric_families

from comments.models import Comment, Decision, Thread
from comments.outcomes import GateOutcomes, gate_outcomes
from comments.services import ModerationAction, moderate
from tests.conftest import make_comment

GATE, HUMAN = Decision.Source.GATE, Decision.Source.HUMAN
APPROVE, HOLD, SPAM = Decision.Action.APPROVE, Decision.Action.HOLD, Decision.Action.SPAM
STATUS_FOR = {APPROVE: "approved", HOLD: "pending", SPAM: "spam"}

LABELS = {
    "spam_caught": "Spam caught by the gate",
    "false_positive": "Sent to spam, then published by moderators (false positives)",
    "held": "Held by the gate",
    "held_approved": "Held, then published by moderators (cautious holds)",
    "false_negative": "Published by the gate, then marked spam by moderators (false negatives)",
}


TOKEN = "outcomes-scrape-token"


@pytest.fixture
def scraper(settings: Any, client: Any) -> Any:
    settings.METRICS_TOKEN = TOKEN
    settings.METRICS_ALLOWED_NETWORKS = []
    return client


def scrape(client: Any) -> dict[tuple[str, str], float]:
    """comment_gate_outcomes of one scrape, by (outcome, window)."""
    response = client.get("/metrics", HTTP_AUTHORIZATION=f"Bearer {TOKEN}")
    assert response.status_code == 200
    return {
        (sample.labels["outcome"], sample.labels["window"]): sample.value
        for family in text_string_to_metric_families(response.content.decode())
        for sample in family.samples
        if sample.name == "comment_gate_outcomes"
    }


def submitted(thread: Thread, *gate: Decision.Action, days_ago: float = 1) -> Comment:
    """A comment submitted `days_ago`, with one gate row per reason as comments.services
    records them; its status follows the strongest."""
    strongest = max(gate, key=[APPROVE, HOLD, SPAM].index)
    comment = make_comment(thread, status=STATUS_FOR[strongest])
    created = timezone.now() - timedelta(days=days_ago)
    Comment.objects.filter(pk=comment.pk).update(created=created)
    for action in gate:
        Decision.objects.create(
            comment=comment,
            source=GATE,
            check_name="test",
            action=action,
            reason=f"{action}: for the test",
            created=created,
        )
    return comment


def moderated(comment: Comment, bob: Any, *actions: ModerationAction) -> None:
    for action in actions:
        moderate(comment, action, bob)


def hidden_by_readers(comment: Comment) -> None:
    Decision.objects.create(
        comment=comment, source=Decision.Source.READERS, action=HOLD, reason="held: 3 reports"
    )


@pytest.fixture
def bob(moderator: Any, django_user_model: Any) -> Any:
    return django_user_model.objects.get(username="bob")


@pytest.fixture
def every_case(thread: Thread, bob: Any) -> None:
    """One comment per case (each line says which), submitted a day ago unless told."""
    ham, spam = ModerationAction.HAM, ModerationAction.SPAM
    approve, trash = ModerationAction.APPROVE, ModerationAction.TRASH
    submitted(thread, SPAM)  # spam caught, left in the folder
    # Held by one check, spam by another, marked spam then not spam: caught once, rescued once.
    moderated(submitted(thread, HOLD, SPAM), bob, spam, ham)
    moderated(submitted(thread, SPAM), bob, approve)  # rescued by an approval
    moderated(submitted(thread, SPAM), bob, ham)  # rescued as not spam
    moderated(submitted(thread, HOLD), bob, approve)  # a cautious hold
    # A cautious hold (two reasons), hidden by readers' reports after: the moderator's word stands.
    reported = submitted(thread, HOLD, HOLD)
    moderated(reported, bob, ham)
    hidden_by_readers(reported)
    moderated(submitted(thread, HOLD), bob, spam)  # held and rightly so
    submitted(thread, HOLD)  # still waiting
    submitted(thread, APPROVE, HOLD)  # published, then held when its author edited it
    moderated(submitted(thread, APPROVE), bob, spam, spam)  # missed, marked spam twice
    moderated(submitted(thread, APPROVE), bob, trash)  # trashed: not called spam
    moderated(submitted(thread, APPROVE), bob, spam, ham)  # marked spam by mistake, undone
    hidden_by_readers(submitted(thread, APPROVE))  # the readers held it, not the gate
    # Imported: a moderator's decision elsewhere, no verdict of this gate.
    imported = make_comment(thread, status=Comment.Status.SPAM)
    Decision.objects.create(comment=imported, source=HUMAN, action=SPAM, reason="imported")
    # In the 30 days only, and in neither.
    moderated(submitted(thread, SPAM, days_ago=10), bob, ham)
    submitted(thread, HOLD, days_ago=12)
    moderated(submitted(thread, SPAM, days_ago=40), bob, ham)
    moderated(submitted(thread, APPROVE, days_ago=40), bob, spam)


WEEK = GateOutcomes(spam_caught=4, held=5, false_positives=3, held_approved=2, false_negatives=1)
MONTH = GateOutcomes(spam_caught=5, held=6, false_positives=4, held_approved=2, false_negatives=1)


def test_it_counts_each_case_once_in_its_window(every_case):
    now = timezone.now()
    assert gate_outcomes(now - timedelta(days=7)) == WEEK
    assert gate_outcomes(now - timedelta(days=30)) == MONTH
    assert gate_outcomes(now) == GateOutcomes()


def test_it_is_one_query_however_many_comments(thread, bob, django_assert_num_queries):
    for _ in range(5):
        moderated(submitted(thread, HOLD, SPAM), bob, ModerationAction.HAM)
    with django_assert_num_queries(1):
        counted = gate_outcomes(timezone.now() - timedelta(days=7))
    assert counted.false_positives == 5


def dashboard_figures(html: str) -> dict[str, list[int]]:
    """Each outcome's row of the dashboard: its figure in the 7-day and the 30-day table."""
    return {
        outcome: [int(n) for n in re.findall(rf"{re.escape(label)}</th><td>(\d+)</td>", html)]
        for outcome, label in LABELS.items()
    }


def test_the_dashboard_and_metrics_show_the_same_figures(every_case, moderator, scraper):
    shown = dashboard_figures(moderator.get("/admin/comments/comment/dashboard/").content.decode())
    scraped = scrape(scraper)
    assert shown == {
        outcome: [WEEK.by_outcome()[outcome], MONTH.by_outcome()[outcome]] for outcome in LABELS
    }
    assert scraped == {
        (outcome, window): figure
        for outcome, figures in shown.items()
        for window, figure in zip(("7d", "30d"), figures, strict=True)
    }


def test_the_dashboard_still_counts_by_status(every_case, moderator):
    html = moderator.get("/admin/comments/comment/dashboard/").content.decode()
    week = Comment.objects.filter(created__gte=timezone.now() - timedelta(days=7)).count()
    assert re.findall(r"All comments</th><td>(\d+)</td>", html) == [str(week), str(week + 2)]


def test_it_shows_zeros_before_anything_happened(moderator, scraper):
    html = moderator.get("/admin/comments/comment/dashboard/").content.decode()
    assert dashboard_figures(html) == {outcome: [0, 0] for outcome in LABELS}
    assert scrape(scraper) == {(o, w): 0 for o in LABELS for w in ("7d", "30d")}


def test_the_dashboard_speaks_indonesian(every_case, moderator):
    html = moderator.get(
        "/admin/comments/comment/dashboard/", headers={"accept-language": "id"}
    ).content.decode()
    assert "Masuk folder spam, lalu diterbitkan moderator (positif palsu)</th><td>3</td>" in html
    assert "Diterbitkan gerbang, lalu ditandai spam oleh moderator (negatif palsu)" in html
