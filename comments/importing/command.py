"""What every import command shares: the file argument, the progress bar and the summary."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from tqdm import tqdm

from comments.importing.store import (
    ImportedThread,
    ImportFileError,
    ImportSummary,
    store_thread,
)


class ImportCommand(BaseCommand):
    """Subclasses name their `source` and turn the file into threads in `threads`."""

    source = ""

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path)

    def threads(self, path: Path, summary: ImportSummary) -> Iterable[ImportedThread | None]:
        raise NotImplementedError

    def total(self, path: Path) -> int | None:
        """How many values `threads` yields, for the progress bar, when cheap to know."""
        return None

    def handle(self, *args: Any, **options: Any) -> None:
        path: Path = options["file"]
        if not path.is_file():
            raise CommandError(f"{path}: no such file")
        summary = ImportSummary()
        progress = tqdm(total=self.total(path), unit="thread", disable=options["verbosity"] < 1)
        try:
            for thread in self.threads(path, summary):
                if thread is not None:
                    store_thread(self.source, thread, summary)
                progress.update()
        except ImportFileError as error:
            raise CommandError(str(error)) from None
        finally:
            progress.close()
        for line in summary.lines():
            self.stdout.write(line)
