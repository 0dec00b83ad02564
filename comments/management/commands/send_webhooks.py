"""Attempts every webhook delivery that is due, once (run from cron every minute or so)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand
from django.utils import timezone

from comments import webhooks
from comments.webhook_models import WebhookDelivery


class Command(BaseCommand):
    help = "Attempt every due webhook delivery once; failures wait for their next try."

    def handle(self, *args: Any, **options: Any) -> None:
        now = timezone.now()
        # Read first: no database cursor stays open while an endpoint takes its time.
        due = list(webhooks.due_deliveries(now))
        counts = dict.fromkeys(WebhookDelivery.Status.values, 0)
        for delivery in due:
            counts[webhooks.attempt(delivery, now).status] += 1
        self.stdout.write(
            f"{len(due)} due: {counts['succeeded']} succeeded, {counts['pending']} to retry, "
            f"{counts['failed']} failed."
        )
