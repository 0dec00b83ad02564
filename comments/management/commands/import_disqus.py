"""Imports a Disqus export (XML): threads, posts, replies and their statuses."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from comments.importing import disqus
from comments.importing.command import ImportCommand
from comments.importing.store import ImportedThread, ImportSummary


class Command(ImportCommand):
    help = "Import a Disqus export file. Running it again changes nothing."
    source = "disqus"

    def threads(self, path: Path, summary: ImportSummary) -> Iterable[ImportedThread | None]:
        return disqus.read(path, summary)
