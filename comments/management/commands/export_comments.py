"""Exports threads and comments (with authors' emails: keep the file private) as JSON or CSV.

In CSV, a text cell that a spreadsheet would run as a formula (it starts with =, +, -, @, a tab
or a carriage return) is written with a leading ' so it shows as text: comments are written by
strangers and the file is opened by moderators. import_comments drops that quote again. JSON is
left exactly as stored: it is data for programs, not a spreadsheet.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from comments import exporting
from comments.models import Thread


class Command(BaseCommand):
    help = (
        "Export every thread and comment (or one thread's) for import elsewhere. In CSV, cells "
        "that would start a spreadsheet formula get a leading ' so they cannot run."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--format", choices=["json", "csv"], default="json")
        parser.add_argument("--thread", metavar="KEY", help="only this thread")
        parser.add_argument("--output", type=Path, help="file to write (default: standard output)")

    def handle(self, *args: Any, **options: Any) -> None:
        key = options["thread"]
        if key and not Thread.objects.filter(key=key).exists():
            raise CommandError(f"no thread with key {key!r}")
        write = exporting.write_json if options["format"] == "json" else exporting.write_csv
        if options["output"]:
            with options["output"].open("w", encoding="utf-8", newline="") as out:
                count = write(out, key)
            self.stderr.write(f"Exported {count} comments to {options['output']}.")
        else:
            # Written whole: OutputWrapper would add a newline to every chunk json.dump writes.
            buffer = io.StringIO()
            write(buffer, key)
            self.stdout.write(buffer.getvalue(), ending="")
