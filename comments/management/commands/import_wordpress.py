"""Imports a WordPress export (WXR file): threads, comments, replies and their statuses."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from tqdm import tqdm

from comments.importing import wordpress
from comments.importing.store import ImportSummary, store_thread


class Command(BaseCommand):
    help = (
        "Import a WordPress export (Tools > Export, WXR). Running it again changes nothing. "
        "Pingbacks and trackbacks are skipped and counted."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path)

    def handle(self, *args: Any, **options: Any) -> None:
        path: Path = options["file"]
        if not path.is_file():
            raise CommandError(f"{path}: no such file")
        summary = ImportSummary()
        total = wordpress.count_items(path)
        progress = tqdm(total=total, unit="post", disable=options["verbosity"] < 1)
        for thread in wordpress.read(path, summary):
            if thread is not None:
                store_thread("wordpress", thread, summary)
            progress.update()
        progress.close()
        for line in summary.lines():
            self.stdout.write(line)
