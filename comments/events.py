"""What happened, told to whoever listens (issue 15): moderators' email for a held comment, and
every webhook and chat endpoint subscribed to the event.

Called where the change is made; nothing is sent in the request. After the commit one task is
enqueued per event (comments.tasks.announce): it builds the event, makes one delivery per
subscribed endpoint and tries each once; the worker's minute sweep retries what failed
(comments.webhooks.backoff). The event's id is fixed here, so a task that runs twice sends the
same id twice and a receiver can drop the duplicate.
"""

from __future__ import annotations

import uuid

from comments import task_queue, tasks
from comments.models import Campaign, Comment
from comments.webhook_models import Event


def comment_stored(comment: Comment) -> None:
    """A new comment the gate did not publish: held (moderators are emailed) or spam."""
    if comment.is_pending:
        task_queue.later(tasks.notify_held, comment.pk)
        emit(Event.COMMENT_HELD, comment_id=comment.pk)
    elif comment.status == Comment.Status.SPAM:
        emit(Event.COMMENT_SPAM_CAUGHT, comment_id=comment.pk)


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
