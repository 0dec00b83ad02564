"""Everything needed to move a site's comments elsewhere, as JSON or CSV.

`import_comments` reads both back; an export imported into an empty database gives the same
threads and comments (tested).

A CSV file gets opened in a spreadsheet, which runs a cell starting with `=`, `+`, `-`, `@`, a tab
or a carriage return as a formula: a commenter could write one (`=HYPERLINK(...)`, or worse) and
have it run on a moderator's machine. Such text cells get a leading `'` (OWASP's advice), which
makes the spreadsheet show them as text. JSON is data for programs and stays exactly as stored.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import Any

from django.db.models import QuerySet

from comments.models import Comment, Thread

FORMAT = "comment-gate-export"
VERSION = 1
COMMENT_FIELDS = [
    "id",
    "thread",
    "parent",
    "author_name",
    "author_email",
    "author_url",
    "ip_address",
    "user_agent",
    "content",
    "status",
    "score",
    "created",
]
# What a spreadsheet reads as the start of a formula.
FORMULA_LEADS = ("=", "+", "-", "@", "\t", "\r")
CSV_FIELDS = ["thread_title", "thread_url", "thread_is_open", "thread_created", *COMMENT_FIELDS]


def neutralise(value: Any) -> Any:
    """A text cell no spreadsheet runs as a formula.

    A cell that already starts with a quote gets one more, so reading back (`restore`) simply
    drops one leading quote and gives every value exactly as it was.
    """
    if isinstance(value, str) and value.startswith((*FORMULA_LEADS, "'")):
        return "'" + value
    return value


def restore(value: str) -> str:
    """A cell of our CSV export as it was stored, undoing `neutralise`."""
    return value[1:] if value.startswith("'") else value


def threads_of(key: str | None) -> QuerySet[Thread]:
    threads = Thread.objects.order_by("created", "pk")
    return threads.filter(key=key) if key else threads


def comment_rows(threads: QuerySet[Thread]) -> Iterator[dict[str, Any]]:
    comments = (
        Comment.objects.filter(thread__in=threads)
        .select_related("thread")
        .order_by("thread__created", "thread__pk", "created", "pk")
    )
    for c in comments.iterator(chunk_size=2000):
        yield {
            "id": c.pk,
            "thread": c.thread.key,
            "parent": c.parent_id,
            "author_name": c.author_name,
            "author_email": c.author_email,
            "author_url": c.author_url,
            "ip_address": c.ip_address,
            "user_agent": c.user_agent,
            "content": c.content,
            "status": c.status,
            "score": c.score,
            "created": c.created.isoformat(),
            "_thread": c.thread,
        }


def thread_row(thread: Thread) -> dict[str, Any]:
    return {
        "key": thread.key,
        "title": thread.title,
        "url": thread.url,
        "is_open": thread.is_open,
        "created": thread.created.isoformat(),
    }


def write_json(out: io.TextIOBase | Any, key: str | None = None) -> int:
    threads = threads_of(key)
    rows = [{k: v for k, v in row.items() if k != "_thread"} for row in comment_rows(threads)]
    json.dump(
        {
            "format": FORMAT,
            "version": VERSION,
            "threads": [thread_row(t) for t in threads],
            "comments": rows,
        },
        out,
        ensure_ascii=False,
        indent=1,
    )
    out.write("\n")
    return len(rows)


def write_csv(out: io.TextIOBase | Any, key: str | None = None) -> int:
    writer = csv.DictWriter(out, fieldnames=CSV_FIELDS)
    writer.writeheader()
    count = 0
    for row in comment_rows(threads_of(key)):
        thread: Thread = row.pop("_thread")
        cells = {
            **row,
            "thread_title": thread.title,
            "thread_url": thread.url,
            "thread_is_open": thread.is_open,
            "thread_created": thread.created.isoformat(),
        }
        writer.writerow({name: neutralise(value) for name, value in cells.items()})
        count += 1
    return count
