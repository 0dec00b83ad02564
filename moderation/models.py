"""Moderation history as rows: one record per gate reason and per human action."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Decision(models.Model):
    """Why a comment has its status: written by the gate at submission, or by a moderator."""

    class Source(models.TextChoices):
        GATE = "gate", _("Gate")
        HUMAN = "human", _("Moderator")

    comment = models.ForeignKey(
        "comments.Comment", on_delete=models.CASCADE, related_name="decisions"
    )
    source = models.CharField(_("source"), max_length=10, choices=Source.choices)
    action = models.CharField(_("action"), max_length=10)
    reason = models.CharField(_("reason"), max_length=500)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True
    )
    created = models.DateTimeField(_("created"), default=timezone.now)

    class Meta:
        verbose_name = _("decision")
        verbose_name_plural = _("decisions")
        ordering = ["created", "pk"]

    def __str__(self) -> str:
        return f"{self.action}: {self.reason}"
