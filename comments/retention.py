"""Keeping data no longer than needed: old spam and trash are deleted, old client addresses and
user agents erased, old logs of what was sent (notices, webhook deliveries, finished tasks,
follow-up emails) deleted, and follow-up subscriptions no longer of use. Run daily by the task
queue (comments.tasks) or `manage.py purge_comments`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db.models import QuerySet

from comments import follow_ups
from comments.conf import comments_setting
from comments.models import Comment, FollowUpEmail, Notice, WebhookDelivery
from comments.services import delete_comments


@dataclass(frozen=True)
class Purged:
    deleted: int
    anonymised: int
    purge_days: int
    anonymise_days: int


def _doomed(now: datetime) -> QuerySet[Comment]:
    return Comment.objects.filter(
        status__in=[Comment.Status.SPAM, Comment.Status.TRASH],
        created__lt=now - timedelta(days=comments_setting("purge_after_days")),
    )


def _identifiable(now: datetime) -> QuerySet[Comment]:
    return Comment.objects.filter(
        created__lt=now - timedelta(days=comments_setting("anonymise_after_days"))
    ).exclude(ip_address__isnull=True, user_agent="")


def purge(now: datetime, dry_run: bool = False) -> Purged:
    doomed, identifiable = _doomed(now), _identifiable(now)
    if dry_run:
        deleted, anonymised = doomed.count(), identifiable.count()
    else:
        deleted = delete_comments(doomed)
        anonymised = identifiable.update(ip_address=None, user_agent="")
    return Purged(
        deleted,
        anonymised,
        comments_setting("purge_after_days"),
        comments_setting("anonymise_after_days"),
    )


def prune_logs(now: datetime) -> int:
    """Delete what was sent more than `log_days` ago: notices no longer waiting, finished webhook
    deliveries and finished tasks of the database queue. Returns how many rows went."""
    from comments import task_queue

    before = now - timedelta(days=comments_setting("log_days"))
    notices, _ = (
        Notice.objects.filter(created__lt=before)
        .exclude(sent__isnull=True, in_digest__isnull=True)
        .delete()
    )
    deliveries, _ = (
        WebhookDelivery.objects.filter(finished__lt=before)
        .exclude(status=WebhookDelivery.Status.PENDING)
        .delete()
    )
    return notices + deliveries + task_queue.prune_finished(before)


def prune_follow_ups(now: datetime) -> int:
    """Delete follow-up subscriptions no longer of use (unconfirmed past their link's age, or
    unsubscribed that long ago: comments.follow_ups.expired) and the log of follow-up emails
    older than `log_days`. Returns how many rows went."""
    before = now - timedelta(days=comments_setting("log_days"))
    emails, _ = FollowUpEmail.objects.filter(sent__lt=before).delete()
    subscriptions, _ = follow_ups.expired(now).delete()
    return emails + subscriptions
