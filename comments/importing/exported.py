"""Reading this project's own export (JSON or CSV) back, for moving between installations."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from comments.exporting import FORMAT, restore
from comments.importing.store import (
    ImportedComment,
    ImportedThread,
    ImportFileError,
    ImportSummary,
)
from comments.models import Comment


class ExportFileError(ImportFileError):
    """Not a file written by export_comments."""


def read(path: Path, summary: ImportSummary) -> Iterator[ImportedThread]:
    if path.suffix.lower() == ".csv":
        threads, comments = _from_csv(path)
    else:
        threads, comments = _from_json(path)
    by_thread: dict[str, list[ImportedComment]] = {}
    for number, row in enumerate(comments, start=1):
        comment = _comment(row, number, summary)
        if comment is not None:
            by_thread.setdefault(str(row.get("thread", "")), []).append(comment)
    for row in threads:
        key = str(row.get("key", ""))
        yield ImportedThread(
            key=key,
            title=str(row.get("title", "")),
            url=str(row.get("url", "")),
            is_open=row.get("is_open") in (True, "True", "true", "1"),
            comments=by_thread.pop(key, []),
        )
    for key in by_thread:
        summary.problem(f"comments of thread {key!r}, which the file does not list", "orphans")


def _from_json(path: Path) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ExportFileError(f"{path}: not a readable JSON export ({error})") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ExportFileError(f"{path}: not a file written by export_comments")
    return list(data.get("threads", [])), list(data.get("comments", []))


def _from_csv(path: Path) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    with path.open(encoding="utf-8", newline="") as handle:
        # Cells that could start a formula were written with a leading quote (exporting.py).
        rows = [
            {name: restore(value) for name, value in row.items()} for row in csv.DictReader(handle)
        ]
    threads: dict[str, dict[str, Any]] = {}
    for row in rows:
        threads.setdefault(
            row["thread"],
            {
                "key": row["thread"],
                "title": row["thread_title"],
                "url": row["thread_url"],
                "is_open": row["thread_is_open"],
            },
        )
    return list(threads.values()), rows


def _comment(row: dict[str, Any], number: int, summary: ImportSummary) -> ImportedComment | None:
    status = str(row.get("status", ""))
    if status not in Comment.Status.values:
        summary.problem(f"comment #{number}: unknown status {status!r}", "unknown status")
        return None
    try:
        created = datetime.fromisoformat(str(row["created"]))
    except (KeyError, ValueError):
        created = datetime.now(UTC)
    parent = row.get("parent")
    return ImportedComment(
        source_id=str(row.get("id", number)),
        parent_source_id=str(parent) if parent not in (None, "", "None") else None,
        author_name=str(row.get("author_name", "")),
        author_email=str(row.get("author_email", "")),
        author_url=str(row.get("author_url", "")),
        content=str(row.get("content", "")),
        created=created,
        status=status,
        ip_address=row.get("ip_address") or None,
        user_agent=str(row.get("user_agent") or ""),
    )
