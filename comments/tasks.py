"""Work that runs outside the request, on the task queue (django-tasks; `manage.py run_worker`).

Each task takes ids, never objects: it runs later, maybe in another process, and reads the
current state. Each may run more than once (a worker killed mid-task gives its task to the next
one), so each is written to be safe to repeat.
"""

from __future__ import annotations

from django.utils import timezone
from django_tasks import task

from comments import notices
from comments.webhook_models import Event


@task()
def notify_held(comment_id: int) -> None:
    """Queued by versions before the channels (issue 15): a held comment, told as an event."""
    announce.call(f"held{comment_id}", Event.COMMENT_HELD, comment_id, None, None)


@task()
def send_digest() -> int:
    """The digests of events that waited past a channel's hourly limit (comments.notices),
    then the next one, if events still wait."""
    told = notices.send_digests_due()
    schedule_digest()
    return told


def schedule_digest() -> None:
    """One waiting digest task, due when the oldest waiting event has waited an hour. Without
    a queue that can wait (TASKS_BACKEND=immediate) each event sends what is due by then (and
    `send_moderation_digest` does by hand)."""
    from comments import task_queue

    if not send_digest.get_backend().supports_defer:
        notices.send_digests_due()
        return
    due = notices.digest_due()
    if due is None:
        return
    if task_queue.uses_database_queue() and task_queue.waiting(send_digest):
        return
    send_digest.using(run_after=due).enqueue()


@task()
def tell_followers(comment_id: int) -> int:
    """A newly published comment to its thread's follow-up subscribers, and the confirmation
    of the subscription asked with it (comments.follow_ups). Returns emails sent."""
    from comments import follow_ups

    return follow_ups.comment_published(comment_id)


@task()
def purge_old_data() -> dict[str, int]:
    """Daily: delete old spam and trash, erase old client addresses, prune old logs
    (comments.retention)."""
    from comments import retention  # retention uses services, which enqueues these tasks

    now = timezone.now()
    done = retention.purge(now)
    return {
        "deleted": done.deleted,
        "anonymised": done.anonymised,
        "logs_pruned": retention.prune_logs(now),
        "follow_ups_pruned": retention.prune_follow_ups(now),
    }


@task()
def announce(
    event_id: str,
    event_type: str,
    comment_id: int | None,
    campaign_id: int | None,
    model_version: str | None,
) -> int:
    """One event to every channel that wants it (comments.events): moderators' email, chat
    rooms and webhooks, each by comments.notices' rule. Returns how many were told now."""
    from comments import webhooks
    from comments.models import Campaign, Comment

    comment = (
        Comment.objects.select_related("thread").filter(pk=comment_id).first()
        if comment_id is not None
        else None
    )
    campaign = Campaign.objects.filter(pk=campaign_id).first() if campaign_id is not None else None
    if (comment_id and comment is None) or (campaign_id and campaign is None):
        return 0  # deleted since: nothing left to tell
    event = webhooks.payload(
        event_type, comment=comment, campaign=campaign, model_version=model_version
    )
    event["id"] = event_id
    told = notices.tell(event, comment)
    schedule_digest()
    return told


@task()
def retry_webhooks() -> int:
    """Every delivery whose next attempt is due (the worker's sweep, each minute)."""
    from comments import webhooks

    due = list(webhooks.due_deliveries(timezone.now()))
    for delivery in due:
        webhooks.attempt(delivery)
    return len(due)
