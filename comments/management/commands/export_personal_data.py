"""Prints (or writes) as JSON everything stored about the person with this email."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from comments import personal_data


class Command(BaseCommand):
    help = "Export all data stored for EMAIL as JSON (a reader's access request)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("email")
        parser.add_argument("--output", type=Path, help="file to write (default: standard output)")

    def handle(self, *args: Any, **options: Any) -> None:
        data = personal_data.export(options["email"], actor="manage.py export_personal_data")
        text = json.dumps(data, ensure_ascii=False, indent=1)
        if options["output"]:
            options["output"].write_text(text + "\n", encoding="utf-8")
            self.stderr.write(f"{len(data['comments'])} comments written to {options['output']}.")
        else:
            self.stdout.write(text)
