"""Trusted authors: someone who proves an earlier approved comment skips link and key holds.

Proof is the signed author cookie set when that comment was posted (or being logged in as its
author). Knowing an approved author's email is not proof: anyone can type it.
"""

from __future__ import annotations

from moderation import history
from moderation.checks.context import ReviewContext
from moderation.verdict import Action, CheckName, Reason

WAIVABLE_CHECKS = frozenset({CheckName.LINKS, CheckName.MODERATION_KEY})


def approved_evidence(ctx: ReviewContext) -> int | None:
    """The id of an approved earlier comment this submitter proved is theirs, if any."""
    sub = ctx.submission
    return history.current().approved_comment_of(
        sub.user_id, sub.proven_comment_ids, sub.author_email
    )


def waive_holds(ctx: ReviewContext, reasons: list[Reason]) -> list[Reason]:
    """Drop the waivable holds of a trusted author, noting why; others are kept."""
    if not any(reason.check in WAIVABLE_CHECKS for reason in reasons):
        return reasons
    evidence = approved_evidence(ctx)
    if evidence is None:
        return reasons
    waived = [reason for reason in reasons if reason.check in WAIVABLE_CHECKS]
    kept = [reason for reason in reasons if reason.check not in WAIVABLE_CHECKS]
    names = ", ".join(reason.check for reason in waived)
    note = f"trusted author (approved comment #{evidence}): waived {names}"
    return [*kept, Reason(CheckName.TRUSTED_AUTHOR, Action.APPROVE, note)]
