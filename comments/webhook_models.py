"""Webhook endpoints site owners configure, and the log of every delivery to them.

Imported at the end of comments.models, so Django finds the models there; the sending is in
comments.webhooks, the HTTP in comments.outbound.
"""

from __future__ import annotations

import secrets
from typing import Any
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from comments import outbound


class Event(models.TextChoices):
    """What a channel can tell. Nobody subscribes to the last two: `test` is sent only by the
    admin's "Send test event", `digest` gathers a chat room's events past the hourly limit."""

    COMMENT_HELD = "comment.held", _("A comment is held for moderation")
    COMMENT_SPAM_CAUGHT = "comment.spam_caught", _("A comment is caught as spam")
    COMMENT_REPORTED = "comment.reported", _("Readers report a comment")
    CAMPAIGN_FOUND = "campaign.found", _("A spam campaign is found")
    MODEL_ACTIVATED = "model.activated", _("A new spam model is activated")
    TEST = "test", _("Test event")
    DIGEST = "digest", _("Digest of events")


SUBSCRIBABLE = [
    (value, label) for value, label in Event.choices if value not in (Event.TEST, Event.DIGEST)
]


def new_secret() -> str:
    return secrets.token_urlsafe(32)


def masked(secret: str) -> str:
    """Enough of a secret to tell two apart, never enough to use one."""
    return f"••••••••{secret[-4:]}" if len(secret) >= 16 else "••••••••"


class WebhookEndpoint(models.Model):
    """Where events go: a signed JSON webhook, a Slack-compatible chat hook or a Telegram bot.

    The URL of a chat hook is itself a secret (Slack's hook id, Telegram's bot token), so lists
    show its host only and only staff who may change the endpoint see all of it.
    """

    class Kind(models.TextChoices):
        SIGNED_JSON = "signed_json", _("Signed JSON webhook")
        SLACK = "slack", _("Slack-compatible chat (Slack, Mattermost, Rocket.Chat, Discord)")
        TELEGRAM = "telegram", _("Telegram bot")

    name = models.CharField(_("name"), max_length=100)
    kind = models.CharField(
        _("kind"), max_length=20, choices=Kind.choices, default=Kind.SIGNED_JSON
    )
    # Not a URLField: its validator refuses hosts without a dot ("http://mattermost:8065/"),
    # which a private network allows; outbound.parse is the one rule.
    url = models.CharField(
        _("URL"),
        max_length=500,
        help_text=_(
            "An https:// address. Telegram: https://api.telegram.org/bot<token>/sendMessage. "
            "Slack-compatible: the incoming webhook's address (Discord: add /slack at the end)."
        ),
    )
    # Signs signed_json bodies; generated on the first save, never typed in.
    secret = models.CharField(_("secret"), max_length=100, blank=True, editable=False)
    chat_id = models.CharField(
        _("chat id"),
        max_length=100,
        blank=True,
        help_text=_("Telegram only: the chat, group or channel the bot writes to."),
    )
    events = models.JSONField(_("events"), default=list, blank=True)
    active = models.BooleanField(_("active"), default=True)
    created = models.DateTimeField(_("created"), default=timezone.now)

    class Meta:
        verbose_name = _("webhook endpoint")
        verbose_name_plural = _("webhook endpoints")
        ordering = ["name", "pk"]

    def __str__(self) -> str:
        return self.name

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.kind == self.Kind.SIGNED_JSON and not self.secret:
            self.secret = new_secret()
            if kwargs.get("update_fields") is not None:
                kwargs["update_fields"] = {*kwargs["update_fields"], "secret"}
        super().save(*args, **kwargs)

    def clean(self) -> None:
        errors: dict[str, Any] = {}
        try:
            outbound.check_url(self.url)
        except outbound.UnresolvedHost:
            # Saved anyway: DNS may be down for a moment, and every send checks again.
            pass
        except outbound.RefusedURL as refused:
            errors["url"] = str(refused)
        known = {value for value, _label in SUBSCRIBABLE}
        if not isinstance(self.events, list) or not all(e in known for e in self.events):
            errors["events"] = _("Unknown event type; known: %(known)s.") % {
                "known": ", ".join(sorted(known))
            }
        if self.kind == self.Kind.TELEGRAM and not self.chat_id.strip():
            errors["chat_id"] = _("A Telegram bot needs the chat id to write to.")
        if errors:
            raise ValidationError(errors)

    @property
    def host(self) -> str:
        """The URL's host, all a list may show of it."""
        try:
            return urlsplit(self.url).hostname or ""
        except ValueError:
            return ""

    def subscribes_to(self, event_type: str) -> bool:
        return event_type == Event.TEST or event_type in (self.events or [])


class WebhookDelivery(models.Model):
    """One event for one endpoint: the exact body sent, and how its attempts went.

    Pending until an attempt gets a 2xx (succeeded) or retrying has gone on for a day (failed);
    `next_attempt_at` is when it is due again (comments.webhooks.due_deliveries).
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        SUCCEEDED = "succeeded", _("Succeeded")
        FAILED = "failed", _("Failed")

    endpoint = models.ForeignKey(
        WebhookEndpoint,
        on_delete=models.CASCADE,
        related_name="deliveries",
        verbose_name=_("endpoint"),
    )
    event_type = models.CharField(_("event"), max_length=40, choices=Event.choices)
    # The bytes sent, decoded: every retry sends the same body (and event id) with a new signature.
    body = models.TextField(_("body"))
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    last_status_code = models.PositiveSmallIntegerField(_("last response code"), null=True)
    last_latency_ms = models.PositiveIntegerField(_("last latency (ms)"), null=True)
    # Short, and never the URL's path (a chat hook's secret) nor any header.
    last_error = models.CharField(_("last error"), max_length=200, blank=True)
    next_attempt_at = models.DateTimeField(_("next attempt"), null=True, default=timezone.now)
    created = models.DateTimeField(_("created"), default=timezone.now)
    finished = models.DateTimeField(_("finished"), null=True, blank=True)

    class Meta:
        verbose_name = _("webhook delivery")
        verbose_name_plural = _("webhook deliveries")
        ordering = ["-created", "-pk"]
        indexes = [
            # The retry loop's question: pending deliveries due by now.
            models.Index(fields=["status", "next_attempt_at"], name="webhook_delivery_due_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.event_type} to {self.endpoint_id} ({self.status})"
