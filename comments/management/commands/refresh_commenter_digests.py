"""Digest every stored email again: run it after changing SECRET_KEY."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from comments.commenters import refresh_digests


class Command(BaseCommand):
    help = (
        "Recompute each comment's commenter digest (a keyed HMAC of its email) after "
        "SECRET_KEY changed, so a commenter's page and history find their comments again. "
        "Bans by commenter were made with the old key and must be made again."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        changed = refresh_digests()
        self.stdout.write(f"{changed} comments got their commenter digest again.")
