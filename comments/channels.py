"""The channels moderation events are told on, behind one interface.

A channel is a moderator's email (comments.notifications) or a site's endpoint: a signed JSON
webhook, a Slack-compatible chat room or a Telegram chat (comments.webhooks). Each says which
events it wants, how to tell one event and how to tell a digest of several; comments.notices
decides when, with one hourly limit and digest for every channel people read.

Who wants what: each moderator chooses the events emailed to them (NotificationPreference;
COMMENTS["email_events"] until they do), and each endpoint lists its events (site-wide, set by
the site owner in the admin).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Any

from comments import notifications, webhooks
from comments.conf import comments_setting
from comments.models import Comment, NotificationPreference, WebhookEndpoint

EMAIL, ENDPOINT = "email", "endpoint"

Told = tuple[dict[str, Any], Comment | None]


class Channel(ABC):
    # Stored in Notice.channel: the throttle and the digest count and gather by it.
    key: str
    # People read it, so it has an hourly limit and a digest; a program gets every event.
    throttled: bool = True

    @abstractmethod
    def wants(self, event_type: str) -> bool: ...

    @abstractmethod
    def send(self, event: dict[str, Any], comment: Comment | None) -> None:
        """Tell one event now."""

    @abstractmethod
    def send_digest(self, items: list[Told]) -> int:
        """Tell several events in one message; how many it told (0: nothing sent)."""


class ModeratorEmail(Channel):
    def __init__(self, user_id: int, address: str, events: list[str]) -> None:
        self.key = f"{EMAIL}:{user_id}"
        self.user_id, self.address, self.events = user_id, address, set(events)

    def wants(self, event_type: str) -> bool:
        return event_type in self.events

    def send(self, event: dict[str, Any], comment: Comment | None) -> None:
        notifications.email_event(event, comment, self.user_id, self.address)

    def send_digest(self, items: list[Told]) -> int:
        return notifications.email_digest(items, self.user_id, self.address)


class Endpoint(Channel):
    def __init__(self, endpoint: WebhookEndpoint) -> None:
        self.key = f"{ENDPOINT}:{endpoint.pk}"
        self.endpoint = endpoint
        self.throttled = endpoint.kind != WebhookEndpoint.Kind.SIGNED_JSON

    def wants(self, event_type: str) -> bool:
        return self.endpoint.subscribes_to(event_type)

    def send(self, event: dict[str, Any], comment: Comment | None) -> None:
        webhooks.deliver(self.endpoint, event)

    def send_digest(self, items: list[Told]) -> int:
        events = [event for event, _comment in items]
        return len(events) if webhooks.deliver_digest(self.endpoint, events) else 0


def moderator_emails() -> list[ModeratorEmail]:
    """Every moderator with an email, with the events they chose (or the default)."""
    recipients = notifications.moderators()
    chosen = dict(
        NotificationPreference.objects.filter(
            user_id__in=[user_id for user_id, _address in recipients]
        ).values_list("user_id", "email_events")
    )
    default = list(comments_setting("email_events"))
    return [
        ModeratorEmail(user_id, address, chosen.get(user_id, default))
        for user_id, address in recipients
    ]


def endpoints() -> list[Endpoint]:
    return [Endpoint(endpoint) for endpoint in WebhookEndpoint.objects.filter(active=True)]


def everyone() -> dict[str, Channel]:
    """Every channel there is now, by key."""
    found: list[Channel] = [*moderator_emails(), *endpoints()]
    return {channel.key: channel for channel in found}


def listening(event_type: str) -> list[Channel]:
    """Every channel that wants this event now."""
    return [channel for channel in everyone().values() if channel.wants(event_type)]
