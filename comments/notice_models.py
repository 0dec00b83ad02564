"""What moderators were told, on which channel, and what each moderator wants to be told.

Imported at the end of comments.models, so Django finds the models there; the throttle and the
digest that read them are in comments.notices, the channels in comments.channels.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from comments.conf import comments_setting
from comments.models import Comment
from comments.webhook_models import Event


class Notice(models.Model):
    """One event for one channel read by people (a moderator's email, a chat room): sent on its
    own, waiting for the digest (`sent` and `in_digest` both empty), or told in a digest.

    The throttle counts a channel's `sent` rows of the last hour; the digest gathers its
    waiting ones. A channel read by a program (a signed JSON webhook) has no notices: it gets
    every event, and its deliveries are logged in comments.webhook_models.
    """

    # comments.channels.Channel.key: "email:<user id>" or "endpoint:<endpoint id>".
    channel = models.CharField(_("channel"), max_length=40)
    event_type = models.CharField(_("event"), max_length=40, choices=Event.choices)
    event_id = models.CharField(_("event id"), max_length=32)
    comment = models.ForeignKey(
        Comment, on_delete=models.CASCADE, null=True, blank=True, related_name="notices"
    )
    # The event as built for webhooks (comments.webhooks.payload): ids, status, reasons and
    # links, never an email or address. The digest tells it again from here.
    event = models.JSONField(_("event data"), default=dict)
    created = models.DateTimeField(_("created"), default=timezone.now)
    sent = models.DateTimeField(_("sent on its own"), null=True, blank=True)
    in_digest = models.DateTimeField(_("told in a digest"), null=True, blank=True)

    class Meta:
        verbose_name = _("notice")
        verbose_name_plural = _("notices")
        constraints = [
            # A task that runs twice finds its notice and tells nobody twice.
            models.UniqueConstraint(fields=["channel", "event_id"], name="notice_once_per_channel")
        ]
        indexes = [
            # The throttle: this channel's notices sent in the last hour.
            models.Index(fields=["channel", "sent"], name="notice_channel_sent_idx"),
            # The digest: notices still waiting, oldest first.
            models.Index(
                fields=["created"],
                condition=models.Q(sent__isnull=True, in_digest__isnull=True),
                name="notice_waiting_idx",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.event_type} for {self.channel}"

    @property
    def waiting(self) -> bool:
        return self.sent is None and self.in_digest is None


def default_email_events() -> list[str]:
    return list(comments_setting("email_events"))


class NotificationPreference(models.Model):
    """Which events one moderator wants by email. Without a row, `COMMENTS["email_events"]`
    (held comments) applies; an empty list means no email at all."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="comment_notifications",
        verbose_name=_("moderator"),
    )
    email_events = models.JSONField(_("email me about"), default=default_email_events, blank=True)

    class Meta:
        verbose_name = _("notification preference")
        verbose_name_plural = _("notification preferences")

    def __str__(self) -> str:
        return str(self.user)
