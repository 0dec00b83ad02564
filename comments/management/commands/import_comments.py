"""Imports a file written by export_comments (JSON or CSV); running it twice changes nothing."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from comments.importing import exported
from comments.importing.command import ImportCommand
from comments.importing.store import ImportedThread, ImportSummary


class Command(ImportCommand):
    help = "Import threads and comments from an export_comments file (.json or .csv)."
    source = "export"

    def threads(self, path: Path, summary: ImportSummary) -> Iterable[ImportedThread | None]:
        return exported.read(path, summary)
