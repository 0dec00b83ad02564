"""When each channel is told: at once, up to an hourly limit, then one digest of the rest.

The rule is the same for every channel people read (a moderator's email, a chat room): at most
`notify_per_hour` messages an hour each; events past that wait, and an hour after the first of
them waited they go out together in one digest. A signed JSON webhook is read by a program,
which wants every event as it happens, so it is told at once and never throttled.

Everything here runs on the task queue (comments.tasks.announce and send_digest), maybe twice
for one event: a channel already told about an event (its Notice exists) is not told again,
and a held comment already told about on a channel is not told about there again.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import Any

from django.db import IntegrityError, transaction
from django.db.models import Min, QuerySet
from django.utils import timezone

from comments import channels
from comments.conf import comments_setting
from comments.models import Comment, Notice
from comments.webhook_models import Event

logger = logging.getLogger(__name__)

DIGEST_AFTER = timedelta(hours=1)


def tell(event: dict[str, Any], comment: Comment | None, now: datetime | None = None) -> int:
    """Tell every channel that wants this event, each by its rule; how many were told now."""
    now = now or timezone.now()
    told = 0
    for channel in channels.listening(event["type"]):
        try:
            told += deliver(channel, event, comment, now)
        except Exception:
            # One broken channel (a mail server down) must not keep the event from the others.
            logger.exception("could not tell channel %s about %s", channel.key, event["type"])
    return told


def deliver(
    channel: channels.Channel,
    event: dict[str, Any],
    comment: Comment | None,
    now: datetime,
) -> int:
    """Tell one channel now (1), or keep the event for its digest (0)."""
    if not channel.throttled:
        channel.send(event, comment)
        return 1
    held = event["type"] == Event.COMMENT_HELD
    if held and (comment is None or not comment.is_pending):
        return 0  # a moderator got there first: nothing left to ask of a person
    notices = Notice.objects.filter(channel=channel.key)
    if held and notices.filter(event_type=Event.COMMENT_HELD, comment=comment).exists():
        return 0  # told already (an edit held again, or this task ran twice)
    try:
        with transaction.atomic():
            notice = Notice.objects.create(
                channel=channel.key,
                event_type=event["type"],
                event_id=event["id"],
                comment=comment,
                event=event,
                created=now,
            )
    except IntegrityError:
        return 0  # this event reached this channel already
    if notices.filter(sent__gt=now - timedelta(hours=1)).count() >= comments_setting(
        "notify_per_hour"
    ):
        return 0
    channel.send(event, comment)
    notice.sent = now
    notice.save(update_fields=["sent"])
    return 1


def digest_due() -> datetime | None:
    """When the next digest is due: an hour after the oldest waiting notice."""
    oldest = _waiting().aggregate(oldest=Min("created"))["oldest"]
    return None if oldest is None else oldest + DIGEST_AFTER


def send_digests_due(now: datetime | None = None) -> int:
    """Each channel whose oldest waiting notice waited an hour gets one digest of all it has
    waiting; returns how many events the digests told."""
    now = now or timezone.now()
    due_keys = (
        _waiting()
        .values("channel")
        .annotate(oldest=Min("created"))
        .filter(oldest__lte=now - DIGEST_AFTER)
        .values_list("channel", flat=True)
    )
    told = 0
    keys = list(due_keys)
    # A notice's channel may be gone: a moderator who lost the permission or their email, an
    # endpoint switched off or deleted.
    present = channels.everyone() if keys else {}
    for key in keys:
        notices = list(_waiting().filter(channel=key).select_related("comment__thread"))
        channel = present.get(key)
        if channel is not None:
            try:
                told += channel.send_digest([(n.event, n.comment) for n in notices])
            except Exception:
                logger.exception("could not send the digest to channel %s", key)
                continue  # still waiting: the next run tries again
        # Marked whether or not anything was left to tell: a channel gone (a moderator who lost
        # the permission) or held comments all dealt with need no digest later either.
        Notice.objects.filter(pk__in=[n.pk for n in notices]).update(in_digest=now)
    return told


def _waiting() -> QuerySet[Notice]:
    return Notice.objects.filter(sent__isnull=True, in_digest__isnull=True)
