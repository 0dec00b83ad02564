"""Deletes old spam and trash, and erases old client addresses. The task worker runs the same
purge daily (comments.tasks); this command is for running it by hand or from cron."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.utils import timezone

from comments import retention


class Command(BaseCommand):
    help = (
        "Delete spam and trash older than purge_after_days, and erase stored IP addresses and "
        "user agents older than anonymise_after_days (both in settings.COMMENTS)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--dry-run", action="store_true", help="Count what would change; change nothing."
        )

    def handle(self, *args: Any, dry_run: bool = False, **options: Any) -> None:
        done = retention.purge(timezone.now(), dry_run=dry_run)
        prefix = "Would delete" if dry_run else "Deleted"
        self.stdout.write(
            f"{prefix} {done.deleted} spam/trash comments older than {done.purge_days} days; "
            f"{'would erase' if dry_run else 'erased'} the address of {done.anonymised} comments "
            f"older than {done.anonymise_days} days."
        )
