"""Editors' picks: published comments a moderator featured, shown first above the thread.

A pick stays a comment in its place in the thread; the block above only repeats it. A featured
comment that later leaves the page (spam, trash) drops out of the block with it, and comes back
if it is restored.
"""

from __future__ import annotations

from django.contrib.auth.models import User
from django.db import transaction
from django.db.models import QuerySet

from comments import read_cache
from comments.models import Comment, Decision, Thread

# The block is a highlight, not a second thread.
MAX_PICKS = 10


class NotPublished(Exception):
    """Only a published comment can be an editor's pick."""


def feature(
    comment: Comment, actor: User | None, *, featured: bool = True, via: str = "admin"
) -> bool:
    """Make the comment an editor's pick (or stop); True when that changed anything."""
    if featured and not comment.is_published:
        raise NotPublished
    if comment.featured == featured:
        return False
    who = actor.get_username() if actor is not None else "a moderator"
    with transaction.atomic():
        Comment.objects.filter(pk=comment.pk).update(featured=featured)
        read_cache.changed([comment.thread_id])
        Decision.objects.create(
            comment=comment,
            source=Decision.Source.HUMAN,
            check_name="editors_pick",
            # The comment stays published: a pick is a moderator's approval, and more.
            action=Decision.Action.APPROVE,
            reason=(
                f"featured as an editors' pick by {who} (via {via})"
                if featured
                else f"removed from the editors' picks by {who} (via {via})"
            ),
            actor=actor,
        )
    comment.featured = featured
    return True


def picks_of(thread: Thread | int) -> QuerySet[Comment]:
    """The thread's published editors' picks, oldest first, at most MAX_PICKS."""
    return (
        Comment.objects.filter(thread=thread, featured=True)
        .published()
        .in_reading_order()[:MAX_PICKS]
    )
