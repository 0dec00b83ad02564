"""Reading a Disqus export: <thread> elements, then <post> elements pointing at them."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from lxml import etree

from comments.importing.store import ImportedComment, ImportedThread, ImportSummary
from comments.models import Comment

_DSQ_ID = "{http://disqus.com/disqus-internals}id"
_BREAK = re.compile(r"<\s*(br|/p|/li|/blockquote)\s*/?\s*>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]{1,500}>")


def _local(tag: object) -> str:
    return str(tag).rsplit("}", 1)[-1]


def _text(element: etree._Element, name: str) -> str:
    found = element.find(f"{{*}}{name}")
    return (found.text or "").strip() if found is not None else ""


def _ref(element: etree._Element, name: str) -> str | None:
    found = element.find(f"{{*}}{name}")
    return found.get(_DSQ_ID) if found is not None else None


def plain(message: str) -> str:
    """Disqus stores comments as HTML; keep the words and line breaks, as typed."""
    text = _BREAK.sub("\n", message)
    return html.unescape(_TAG.sub("", text)).strip()


def read(path: Path, summary: ImportSummary) -> Iterator[ImportedThread]:
    threads: dict[str, ImportedThread] = {}
    context = etree.iterparse(
        str(path),
        events=("end",),
        recover=True,
        huge_tree=True,
        resolve_entities=False,
        no_network=True,
    )
    for _, element in context:
        kind = _local(element.tag)
        parent = element.getparent()
        if kind == "thread" and parent is not None and _local(parent.tag) == "disqus":
            dsq_id = element.get(_DSQ_ID) or ""
            threads[dsq_id] = ImportedThread(
                key=_text(element, "id") or f"disqus-{dsq_id}",
                title=_text(element, "title"),
                url=_text(element, "link"),
                is_open=_text(element, "isClosed") != "true",
            )
            element.clear()
        elif kind == "post":
            _post(element, threads, summary)
            element.clear()
    for error in context.error_log:
        summary.problem(f"line {error.line}: XML error: {error.message}", "XML errors")
    yield from threads.values()


def _post(
    element: etree._Element, threads: dict[str, ImportedThread], summary: ImportSummary
) -> None:
    line = element.sourceline
    source_id = element.get(_DSQ_ID)
    thread = threads.get(_ref(element, "thread") or "")
    if not source_id or thread is None:
        summary.problem(f"line {line}: a post without its id or thread", "malformed posts")
        return
    content = plain(_text(element, "message"))
    if not content:
        summary.problem(f"line {line}: post {source_id} has no message", "empty posts")
        return
    if _text(element, "isSpam") == "true":
        status = Comment.Status.SPAM
    elif _text(element, "isDeleted") == "true":
        status = Comment.Status.TRASH
    elif _text(element, "isApproved") == "false":
        status = Comment.Status.PENDING
    else:
        status = Comment.Status.APPROVED
    author = element.find("{*}author")
    thread.comments.append(
        ImportedComment(
            source_id=source_id,
            parent_source_id=_ref(element, "parent"),
            author_name=_text(author, "name") if author is not None else "",
            author_email=_text(author, "email") if author is not None else "",
            author_url="",
            content=content,
            created=_date(_text(element, "createdAt")),
            status=status,
            ip_address=_text(element, "ipAddress") or None,
        )
    )


def _date(value: str) -> datetime:
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return datetime.now(UTC)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
