"""What happened, told to whoever listens (issue 15): each channel that wants the event, a
moderator's email, a chat room or a webhook (comments.channels).

Called where the change is made; nothing is sent in the request. After the commit one task is
enqueued per event (comments.tasks.announce): it builds the event and tells each channel by
comments.notices' rule (at once, or in the hourly digest); the worker's minute sweep retries a
webhook that failed (comments.webhooks.backoff). The event's id is fixed here, so a task that
runs twice sends the same id twice and a receiver can drop the duplicate.
"""

from __future__ import annotations

import uuid

from comments import follow_ups, task_queue, tasks
from comments.models import Campaign, Comment
from comments.webhook_models import Event


def comment_stored(comment: Comment) -> None:
    """A new comment: published (told to follow-up subscribers), held or caught as spam."""
    if comment.is_published:
        comment_published(comment)
    elif comment.is_pending:
        emit(Event.COMMENT_HELD, comment_id=comment.pk)
    elif comment.status == Comment.Status.SPAM:
        emit(Event.COMMENT_SPAM_CAUGHT, comment_id=comment.pk)


def comment_published(comment: Comment) -> None:
    """A comment readers can now see, as the gate passed it or a moderator approved it: its
    thread's follow-up subscribers hear of it (comments.follow_ups). No channel event."""
    if follow_ups.anyone_to_tell(comment):
        task_queue.later(tasks.tell_followers, comment.pk)


def comment_reported(comment: Comment) -> None:
    emit(Event.COMMENT_REPORTED, comment_id=comment.pk)


def campaign_found(campaign: Campaign) -> None:
    emit(Event.CAMPAIGN_FOUND, campaign_id=campaign.pk)


def model_activated(version: str, **signal_arguments: object) -> None:
    """Receiver of moderation.signals.model_activated (moderation cannot call comments)."""
    emit(Event.MODEL_ACTIVATED, model_version=version)


def emit(
    event_type: str,
    *,
    comment_id: int | None = None,
    campaign_id: int | None = None,
    model_version: str | None = None,
) -> None:
    task_queue.later(
        tasks.announce, uuid.uuid4().hex, event_type, comment_id, campaign_id, model_version
    )
