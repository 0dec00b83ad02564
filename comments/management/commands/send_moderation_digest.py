"""Sends the digests of events that waited past a channel's hourly limit (the worker does it
by itself; this is for a site without one)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from comments.notices import send_digests_due


class Command(BaseCommand):
    help = (
        "Send each moderator and chat room one digest of the events that waited over an hour "
        "past the hourly limit."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        count = send_digests_due()
        self.stdout.write(f"Digests of {count} events sent." if count else "Nothing due.")
