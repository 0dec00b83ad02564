"""Anonymises (or deletes) every comment written with this email."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from comments import personal_data


class Command(BaseCommand):
    help = (
        "Erase the data of EMAIL: the name becomes 'Anonymous'; email, website, IP address and "
        "user agent are cleared; with --delete-content the comments are removed instead."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("email")
        parser.add_argument("--delete-content", action="store_true")

    def handle(self, *args: Any, **options: Any) -> None:
        count = personal_data.erase(
            options["email"],
            actor="manage.py erase_personal_data",
            delete_content=options["delete_content"],
        )
        verb = "Deleted" if options["delete_content"] else "Anonymised"
        self.stdout.write(f"{verb} {count} comments.")
