"""Sends the digest of held comments that waited past the hourly email limit (run from cron)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from comments.notifications import send_digest_if_due


class Command(BaseCommand):
    help = "Email moderators one digest of held comments that waited over an hour for it."

    def handle(self, *args: Any, **options: Any) -> None:
        count = send_digest_if_due()
        self.stdout.write(f"Digest of {count} held comments sent." if count else "Nothing due.")
