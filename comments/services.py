"""Workflows that touch several objects; every entry point calls these, never the gate directly."""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction

from comments.models import Comment
from moderation import gate
from moderation.fingerprints import content_key
from moderation.models import Decision
from moderation.submission import Submission
from moderation.verdict import Action, Verdict

_STATUS_FOR_ACTION = {
    Action.APPROVE: Comment.Status.APPROVED,
    Action.HOLD: Comment.Status.PENDING,
    Action.SPAM: Comment.Status.SPAM,
}


@dataclass(frozen=True)
class SubmissionResult:
    verdict: Verdict
    comment: Comment | None


def submit_comment(submission: Submission) -> SubmissionResult:
    """Run the gate and store what it lets through, with one decision record per reason."""
    verdict = gate.review(submission)
    if not verdict.stores_comment:
        return SubmissionResult(verdict, None)
    parent = submission.parent
    with transaction.atomic():
        comment = Comment.objects.create(
            thread=submission.thread,
            parent=parent,
            depth=parent.depth + 1 if parent else 1,
            author_name=submission.author_name,
            author_email=submission.author_email,
            author_url=submission.author_url,
            user_id=submission.user_id,
            content=submission.content,
            status=_STATUS_FOR_ACTION[verdict.action],
            ip_address=submission.ip_address,
            user_agent=submission.user_agent,
            score=verdict.score,
            content_key=content_key(submission.content),
        )
        Decision.objects.bulk_create(
            Decision(
                comment=comment,
                source=Decision.Source.GATE,
                check_name=reason.check,
                action=reason.action.value,
                reason=reason.text[:500],
            )
            for reason in verdict.reasons
        )
    return SubmissionResult(verdict, comment)
