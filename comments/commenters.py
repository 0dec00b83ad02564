"""Who a commenter is for moderators, and how their comments have fared.

A commenter is the keyed digest of their email's mailbox (moderation.identity.commenter_digest,
stored on every comment as `author_digest`), together with their user id when they were signed
in. The digest is all a moderator's page or the API ever shows: never the email.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.db.models import Exists, OuterRef, Q, QuerySet

from comments.models import Comment, Decision

# How many of a commenter's latest comments the rejection rate reads: enough to be a rate,
# and a bound on the work the gate does for one submission.
RECORD_LIMIT = 200


@dataclass(frozen=True)
class Record:
    """A commenter's moderated comments in a window: approved, and rejected (spam, or trashed
    by a moderator or the gate; an author deleting their own comment is no rejection)."""

    approved: int
    rejected: int

    @property
    def decided(self) -> int:
        return self.approved + self.rejected

    @property
    def rejection_rate(self) -> float | None:
        return self.rejected / self.decided if self.decided else None


def comments_of(digest: str, user_id: int | None = None) -> QuerySet[Comment]:
    """Every comment of this commenter: their mailbox's digest, or their signed-in user."""
    who = Q(author_digest=digest) if digest else Q(pk__in=[])
    if user_id is not None:
        who |= Q(user_id=user_id)
    return Comment.objects.filter(who)


def record(digest: str, since: datetime, user_id: int | None = None) -> Record:
    by_author = Decision.objects.filter(
        comment=OuterRef("pk"), source=Decision.Source.AUTHOR, action=Decision.Action.TRASH
    )
    rows = (
        comments_of(digest, user_id)
        .filter(created__gte=since)
        .exclude(status=Comment.Status.PENDING)
        .annotate(deleted_by_author=Exists(by_author))
        .order_by("-created")
        .values_list("status", "deleted_by_author")[:RECORD_LIMIT]
    )
    approved = rejected = 0
    for status, deleted_by_author in rows:
        if status == Comment.Status.APPROVED:
            approved += 1
        elif status == Comment.Status.SPAM or not deleted_by_author:
            rejected += 1
    return Record(approved, rejected)
