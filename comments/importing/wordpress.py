"""Reading a WordPress export (WXR): one thread per post or page, its comments with replies."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from lxml import etree

from comments.importing.store import ImportedComment, ImportedThread, ImportSummary
from comments.models import Comment

_STATUS = {
    "1": Comment.Status.APPROVED,
    "approve": Comment.Status.APPROVED,
    "0": Comment.Status.PENDING,
    "hold": Comment.Status.PENDING,
    "spam": Comment.Status.SPAM,
    "trash": Comment.Status.TRASH,
}
_THREAD_TYPES = {"post", "page"}


def _text(element: etree._Element, name: str) -> str:
    found = element.find(f"{{*}}{name}")
    if found is None:
        found = element.find(name)
    return (found.text or "").strip() if found is not None else ""


def _parser(path: Path) -> Iterator[tuple[str, etree._Element]]:
    # recover: one broken entry must not stop the rest; no entities, no network (XXE).
    return etree.iterparse(
        str(path),
        events=("end",),
        tag="item",
        recover=True,
        huge_tree=True,
        resolve_entities=False,
        no_network=True,
    )


def read(path: Path, summary: ImportSummary) -> Iterator[ImportedThread | None]:
    """One value per <item>: its thread, or None for items that are not posts or pages."""
    context = _parser(path)
    for _, item in context:
        yield _thread(item, summary)
        item.clear()
    for error in context.error_log:  # type: ignore[attr-defined]
        summary.problem(f"line {error.line}: XML error: {error.message}", "XML errors")


def count_items(path: Path) -> int:
    total = 0
    for _, item in _parser(path):
        total += 1
        item.clear()
    return total


def _thread(item: etree._Element, summary: ImportSummary) -> ImportedThread | None:
    if _text(item, "post_type") not in _THREAD_TYPES:
        return None
    key = _text(item, "post_name") or f"wp-{_text(item, 'post_id')}"
    thread = ImportedThread(
        key=key,
        title=_text(item, "title"),
        url=_text(item, "link"),
        is_open=_text(item, "comment_status") != "closed",
    )
    for element in item.findall("{*}comment"):
        comment = _comment(element, summary)
        if comment is not None:
            thread.comments.append(comment)
    return thread


def _comment(element: etree._Element, summary: ImportSummary) -> ImportedComment | None:
    line = element.sourceline
    kind = _text(element, "comment_type")
    if kind in ("pingback", "trackback"):
        summary.skipped[f"{kind}s"] += 1
        return None
    source_id = _text(element, "comment_id")
    if not source_id:
        summary.problem(f"line {line}: a comment without wp:comment_id", "malformed comments")
        return None
    raw_status = _text(element, "comment_approved")
    status = _STATUS.get(raw_status)
    if status is None:
        summary.problem(
            f"line {line}: comment {source_id} has unknown status {raw_status!r}",
            "comments with an unknown status",
        )
        return None
    content = _text(element, "comment_content")
    if not content:
        summary.problem(f"line {line}: comment {source_id} has no content", "empty comments")
        return None
    parent = _text(element, "comment_parent")
    return ImportedComment(
        source_id=source_id,
        parent_source_id=parent if parent not in ("", "0") else None,
        author_name=_text(element, "comment_author"),
        author_email=_text(element, "comment_author_email"),
        author_url=_text(element, "comment_author_url"),
        content=content,
        created=_date(_text(element, "comment_date_gmt"), _text(element, "comment_date")),
        status=status,
        ip_address=_text(element, "comment_author_IP") or None,
    )


def _date(gmt: str, local: str) -> datetime:
    for value in (gmt, local):
        try:
            return datetime.strptime(value, "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)
        except ValueError:
            continue
    return datetime.now(UTC)
