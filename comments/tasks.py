"""Work that runs outside the request, on the task queue (django-tasks; `manage.py run_worker`).

Each task takes ids, never objects: it runs later, maybe in another process, and reads the
current state. Each may run more than once (a worker killed mid-task gives its task to the next
one), so each is written to be safe to repeat.
"""

from __future__ import annotations

from django.utils import timezone
from django_tasks import task

from comments import notifications


@task()
def notify_held(comment_id: int) -> None:
    """Tell moderators about a held comment (email now, or in the digest, scheduled here)."""
    due = notifications.notify(comment_id)
    # Without a queue that can wait (TASKS_BACKEND=immediate) the next held comment or
    # `send_moderation_digest` sends the digest.
    if due is not None and send_digest.get_backend().supports_defer:
        send_digest.using(run_after=due).enqueue()


@task()
def send_digest() -> int:
    """The digest of held comments that waited past the hourly email limit."""
    return notifications.send_digest_if_due()


@task()
def purge_old_data() -> dict[str, int]:
    """Daily: delete old spam and trash, erase old client addresses (comments.retention)."""
    from comments import retention  # retention uses services, which enqueues these tasks

    done = retention.purge(timezone.now())
    return {"deleted": done.deleted, "anonymised": done.anonymised}


@task()
def announce(
    event_id: str,
    event_type: str,
    comment_id: int | None,
    campaign_id: int | None,
    model_version: str | None,
) -> int:
    """One event to every endpoint subscribed to it, each tried once now (comments.events).
    Returns how many deliveries were made; nothing when no endpoint listens."""
    from comments import webhooks
    from comments.models import Campaign, Comment, WebhookEndpoint

    listening = WebhookEndpoint.objects.filter(active=True)
    if not any(endpoint.subscribes_to(event_type) for endpoint in listening):
        return 0
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
    made = webhooks.create_deliveries(event)
    for delivery in made:
        webhooks.attempt(delivery)
    return len(made)


@task()
def retry_webhooks() -> int:
    """Every delivery whose next attempt is due (the worker's sweep, each minute)."""
    from comments import webhooks

    due = list(webhooks.due_deliveries(timezone.now()))
    for delivery in due:
        webhooks.attempt(delivery)
    return len(due)
