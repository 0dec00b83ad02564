"""Imports a WordPress export (WXR file): threads, comments, replies and their statuses."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from comments.importing import wordpress
from comments.importing.command import ImportCommand
from comments.importing.store import ImportedThread, ImportSummary


class Command(ImportCommand):
    help = (
        "Import a WordPress export (Tools > Export, WXR). Running it again changes nothing. "
        "Pingbacks and trackbacks are skipped and counted."
    )
    source = "wordpress"

    def threads(self, path: Path, summary: ImportSummary) -> Iterable[ImportedThread | None]:
        return wordpress.read(path, summary)

    def total(self, path: Path) -> int | None:
        return wordpress.count_items(path)
