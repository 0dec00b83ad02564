"""Trusted authors: someone who proves an earlier approved comment skips link and key holds.

Proof is the signed author cookie set when that comment was posted (or being logged in as its
author). Knowing an approved author's email is not proof: anyone can type it.
"""

from __future__ import annotations

from moderation.checks.context import ReviewContext
from moderation.verdict import Action, Reason

WAIVABLE_CHECKS = frozenset({"links", "moderation_key"})


def approved_evidence(ctx: ReviewContext) -> int | None:
    """The id of an approved earlier comment this submitter proved is theirs, if any."""
    from comments.models import Comment

    sub = ctx.submission
    approved = Comment.objects.published()
    if sub.user_id is not None:
        found = approved.filter(user_id=sub.user_id).values_list("pk", flat=True).first()
        if found is not None:
            return found
    if sub.proven_comment_ids:
        return (
            approved.filter(
                pk__in=sub.proven_comment_ids, author_email__iexact=sub.author_email.strip()
            )
            .values_list("pk", flat=True)
            .first()
        )
    return None


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
    return [*kept, Reason("trusted_author", Action.APPROVE, note)]
