"""Banning and suspending commenters, and "ban and remove their comments" with its undo.

The ban itself is gate state (moderation.models.Ban); what it does to stored comments is a
comments workflow, here, so the admin and the API do the same.
"""

from __future__ import annotations

from datetime import datetime

from django.db import transaction

from comments import read_cache
from comments.models import Comment, Decision
from moderation.identity import commenter_digest
from moderation.models import Ban


def ban(
    kind: str,
    value: str,
    *,
    until: datetime | None = None,
    reason: str = "",
    note: str = "",
    actor: str = "",
) -> Ban:
    """A ban by commenter (pass the email: only its keyed digest is kept), user id or network."""
    if kind == Ban.Kind.COMMENTER:
        value = commenter_digest(value)
    return Ban.objects.create(
        kind=kind, value=value, until=until, reason=reason, note=note, created_by=actor
    )


def ban_author_and_remove(
    comment: Comment,
    *,
    until: datetime | None = None,
    reason: str = "",
    note: str = "",
    actor: str = "",
    as_spam: bool = False,
) -> Ban:
    """Ban the author of `comment` and move all their pending and published comments to the
    trash (or to spam, which labels them for training); `lift` puts them back."""
    target = Comment.Status.SPAM if as_spam else Comment.Status.TRASH
    with transaction.atomic():
        made = ban(
            Ban.Kind.COMMENTER,
            comment.author_email,
            until=until,
            reason=reason,
            note=note,
            actor=actor,
        )
        # Every spelling of the mailbox has the same digest (plus tags, Gmail's dots).
        theirs = list(
            Comment.objects.filter(
                author_digest=made.value,
                status__in=[Comment.Status.APPROVED, Comment.Status.PENDING],
            ).only("pk", "status", "thread_id")
        )
        made.removed = {str(c.pk): c.status for c in theirs}
        made.save(update_fields=["removed"])
        Comment.objects.filter(pk__in=[c.pk for c in theirs]).update(status=target)
        Decision.objects.bulk_create(
            Decision(
                comment=c,
                source=Decision.Source.HUMAN,
                check_name="ban",
                action=Decision.Action.SPAM if as_spam else Decision.Action.TRASH,
                reason=f"removed with ban #{made.pk} by {actor or 'a moderator'} (was {c.status})",
            )
            for c in theirs
        )
        read_cache.changed({c.thread_id for c in theirs})
    return made


def lift(made: Ban, actor: str = "") -> int:
    """End a ban; the comments it removed go back to where they were. Returns how many."""
    with transaction.atomic():
        restored = 0
        for pk, status in made.removed.items():
            comment = Comment.objects.filter(pk=int(pk)).first()
            if comment is None:
                continue
            Comment.objects.filter(pk=comment.pk).update(status=status)
            Decision.objects.create(
                comment=comment,
                source=Decision.Source.HUMAN,
                check_name="ban",
                action=Decision.Action.APPROVE
                if status == Comment.Status.APPROVED
                else Decision.Action.HOLD,
                reason=f"restored: ban #{made.pk} lifted by {actor or 'a moderator'}",
            )
            read_cache.changed([comment.thread_id])
            restored += 1
        made.delete()
    return restored
