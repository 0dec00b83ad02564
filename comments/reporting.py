"""Readers' reports of published comments: counted once per reporter, and enough of them send
the comment back to the moderators (issue 14).

A reporter is a keyed digest of their user id, or of their client network when anonymous: the
same person reporting twice counts once, and nothing stored or shown says who reported.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from enum import StrEnum

from django.db import IntegrityError, transaction
from django.db.models import QuerySet
from django.utils import timezone

from comments import events, read_cache
from comments.conf import comments_setting
from comments.models import Comment, Decision, Report
from moderation.addresses import network_key
from moderation.identity import keyed_digest
from moderation.limits import Exceeded, LimiterUnavailable, check_rates


class Outcome(StrEnum):
    COUNTED = "counted"  # a new reporter
    ALREADY = "already"  # this reporter reported it before: counted once
    HIDDEN = "hidden"  # this report sent the comment back to pending


@dataclass(frozen=True)
class Reported:
    outcome: Outcome
    reporters: int


class NotReportable(Exception):
    """Only published comments can be reported."""


def receive(
    comment: Comment, user_id: int | None, address: str | None, reason: str, note: str = ""
) -> Exceeded | None:
    """A report from the page or the API: over the rate (returned, nothing stored), or counted
    for this reporter. Raises NotReportable for a comment that is not published."""
    network = network_key(address)
    if network is not None:
        try:
            rates = comments_setting("report_rates")
            exceeded = check_rates("comments:report", network, rates, f"address {network}")
        except LimiterUnavailable:
            exceeded = None  # a report changes nothing by itself: let it through
        if exceeded is not None:
            return exceeded
    reporter = reporter_key(user_id, network)
    if reporter is not None:
        report(comment, reporter, reason, note)
    return None


def reporter_key(user_id: int | None, network: str | None) -> str | None:
    """Who is reporting, as a keyed digest; None when there is nothing to tell reporters apart."""
    if user_id is not None:
        return keyed_digest(f"user:{user_id}", "reporter")
    if network is None:
        return None
    return keyed_digest(f"network:{network}", "reporter")


def report(comment: Comment, reporter: str, reason: str, note: str = "") -> Reported:
    if not comment.is_published:
        raise NotReportable
    with transaction.atomic():
        try:
            with transaction.atomic():
                Report.objects.create(
                    comment=comment, reporter=reporter, reason=reason, note=note[:500]
                )
        except IntegrityError:
            return Reported(Outcome.ALREADY, comment.reports.count())
        events.comment_reported(comment)
        locked = Comment.objects.select_for_update().get(pk=comment.pk)
        reports = list(locked.reports.all())
        if locked.is_published and _hides(reports):
            _hide(locked, reports)
            comment.status = locked.status
            return Reported(Outcome.HIDDEN, len(reports))
    return Reported(Outcome.COUNTED, len(reports))


def _hides(reports: list[Report]) -> bool:
    """Enough reporters, and not only for reasons a moderator has already looked at."""
    if len(reports) < comments_setting("reports_to_hide"):
        return False
    cleared = {r.reason for r in reports if r.cleared is not None}
    return any(r.cleared is None and r.reason not in cleared for r in reports)


def _hide(comment: Comment, reports: list[Report]) -> None:
    counts = Counter(r.reason for r in reports)
    told = ", ".join(f"{reason} x{count}" for reason, count in counts.most_common())
    Comment.objects.filter(pk=comment.pk).update(status=Comment.Status.PENDING)
    comment.status = Comment.Status.PENDING
    read_cache.changed([comment.thread_id])
    Decision.objects.create(
        comment=comment,
        source=Decision.Source.READERS,
        check_name="reports",
        action=Decision.Action.HOLD,
        reason=f"held: {len(reports)} readers reported it: {told}",
    )


def clear_reports(comments: list[Comment], actor_name: str, dismissed: bool) -> int:
    """A moderator kept these comments: their reports stay counted but hide them no more.

    `dismissed` records it as its own action (the admin's "Dismiss reports"); an approval
    clears them as part of the approval's own history row.
    """
    now = timezone.now()
    ids = [c.pk for c in comments]
    changed = Report.objects.filter(comment_id__in=ids, cleared__isnull=True).update(cleared=now)
    if dismissed:
        Decision.objects.bulk_create(
            Decision(
                comment=c,
                source=Decision.Source.HUMAN,
                check_name="reports",
                action=Decision.Action.APPROVE,
                reason=f"reports dismissed by {actor_name}",
            )
            for c in comments
        )
    return changed


def reported_comments() -> QuerySet[Comment]:
    """Comments with reports a moderator has not cleared yet: the Reported queue."""
    return Comment.objects.filter(reports__isnull=False, reports__cleared__isnull=True).distinct()
