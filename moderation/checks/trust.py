"""The trust ladder: new commenters held, proven ones trusted, often-rejected ones held.

Trust is proven by the signed author cookie set when an approved comment was posted, or by being
signed in as its author. Knowing an approved author's email is not proof: anyone can type it.
The rejection rate reads the typed email's commenter digest anyway, because it only ever holds.

Every setting here can be set per article (Thread's own fields), read through `ctx.setting`.
"""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from moderation import history
from moderation.checks.context import ReviewContext
from moderation.identity import commenter_digest
from moderation.verdict import Action, CheckName, Reason

WAIVABLE_CHECKS = frozenset({CheckName.LINKS, CheckName.MODERATION_KEY})


def new_commenter(ctx: ReviewContext) -> list[Reason]:
    """Hold until `hold_first_comments` of the commenter's comments were approved."""
    needed = ctx.setting("hold_first_comments") or 0
    if not needed or ctx.submission.is_staff:
        return []
    approved = len(ctx.proven_approved)
    if approved >= needed:
        return []
    text = (
        f"held: a commenter's first {needed} comments are held "
        f"({approved} approved and proven theirs so far)"
    )
    return [Reason(CheckName.NEW_COMMENTER, Action.HOLD, text)]


def rejection_rate(ctx: ReviewContext) -> list[Reason]:
    """Hold everything from a commenter whose recent comments were mostly rejected."""
    limit = ctx.setting("hold_rejection_rate")
    sub = ctx.submission
    if limit is None or sub.is_staff or not sub.author_email:
        return []
    days = ctx.setting("rejection_rate_days")
    since = timezone.now() - timedelta(days=days)
    record = history.current().commenter_record(
        commenter_digest(sub.author_email), sub.user_id, since
    )
    rate = record.rejection_rate
    if rate is None or record.decided < ctx.setting("rejection_rate_min_comments"):
        return []
    if rate <= limit:
        return []
    text = (
        f"held: {record.rejected} of this commenter's {record.decided} decided comments of the "
        f"last {days} days were rejected ({rate:.0%}, over {limit:.0%})"
    )
    return [Reason(CheckName.REJECTION_RATE, Action.HOLD, text)]


def waive_holds(ctx: ReviewContext, reasons: list[Reason]) -> list[Reason]:
    """Drop the waivable holds of a trusted author, noting why; others are kept."""
    if not any(reason.check in WAIVABLE_CHECKS for reason in reasons):
        return reasons
    needed = ctx.setting("trusted_after")
    if needed is None or len(ctx.proven_approved) < max(needed, 1):
        return reasons
    evidence = ctx.proven_approved[0]
    waived = [reason for reason in reasons if reason.check in WAIVABLE_CHECKS]
    kept = [reason for reason in reasons if reason.check not in WAIVABLE_CHECKS]
    names = ", ".join(reason.check for reason in waived)
    proof = (
        f"approved comment #{evidence}"
        if needed <= 1
        else f"{len(ctx.proven_approved)} approved comments, latest #{evidence}"
    )
    note = f"trusted author ({proof}): waived {names}"
    return [*kept, Reason(CheckName.TRUSTED_AUTHOR, Action.APPROVE, note)]
