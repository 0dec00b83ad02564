"""Imports a Disqus export (XML): threads, posts, replies and their statuses."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from tqdm import tqdm

from comments.importing import disqus
from comments.importing.store import ImportSummary, store_thread


class Command(BaseCommand):
    help = "Import a Disqus export file. Running it again changes nothing."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path)

    def handle(self, *args: Any, **options: Any) -> None:
        path: Path = options["file"]
        if not path.is_file():
            raise CommandError(f"{path}: no such file")
        summary = ImportSummary()
        threads = list(disqus.read(path, summary))
        for thread in tqdm(threads, unit="thread", disable=options["verbosity"] < 1):
            store_thread("disqus", thread, summary)
        for line in summary.lines():
            self.stdout.write(line)
