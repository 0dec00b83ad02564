"""Imports a file written by export_comments (JSON or CSV); running it twice changes nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from comments.importing import exported
from comments.importing.store import ImportSummary, store_thread


class Command(BaseCommand):
    help = "Import threads and comments from an export_comments file (.json or .csv)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path)

    def handle(self, *args: Any, **options: Any) -> None:
        path: Path = options["file"]
        if not path.is_file():
            raise CommandError(f"{path}: no such file")
        summary = ImportSummary()
        try:
            for thread in exported.read(path, summary):
                store_thread("export", thread, summary)
        except exported.ExportFileError as error:
            raise CommandError(str(error)) from None
        for line in summary.lines():
            self.stdout.write(line)
