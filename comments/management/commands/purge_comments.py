"""Deletes old spam and trash, and erases old client addresses (run it daily, e.g. from cron)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.utils import timezone

from comments.conf import comments_setting
from comments.models import Comment
from comments.services import delete_comments


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
        now = timezone.now()
        purge_days = comments_setting("purge_after_days")
        anonymise_days = comments_setting("anonymise_after_days")
        doomed = Comment.objects.filter(
            status__in=[Comment.Status.SPAM, Comment.Status.TRASH],
            created__lt=now - timedelta(days=purge_days),
        )
        identifiable = Comment.objects.filter(
            created__lt=now - timedelta(days=anonymise_days)
        ).exclude(ip_address__isnull=True, user_agent="")
        if dry_run:
            deleted, anonymised = doomed.count(), identifiable.count()
        else:
            deleted = delete_comments(doomed)
            anonymised = identifiable.update(ip_address=None, user_agent="")
        prefix = "Would delete" if dry_run else "Deleted"
        self.stdout.write(
            f"{prefix} {deleted} spam/trash comments older than {purge_days} days; "
            f"{'would erase' if dry_run else 'erased'} the address of {anonymised} comments "
            f"older than {anonymise_days} days."
        )
