"""Writing imported threads and comments: idempotent, one transaction per thread.

Every reader (WordPress, Disqus, our own export) turns its file into `ImportedThread`s; this
module stores them. A comment already imported from the same source (same id there) is left
alone, so running an import twice changes nothing. Approved and spam comments get a moderator
decision: a site's own history is the best training data the classifier can have.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

from django.db import transaction

from comments import read_cache
from comments.models import Comment, Decision, Thread, author_digest_of
from comments.web_addresses import is_http_url
from moderation.fingerprints import content_key
from moderation.identity import canonical_email


class ImportFileError(ValueError):
    """A file that is not of the kind the command reads; the message says which and why."""


@dataclass
class ImportedComment:
    source_id: str
    parent_source_id: str | None
    author_name: str
    author_email: str
    author_url: str
    content: str
    created: datetime
    status: str
    ip_address: str | None = None
    user_agent: str = ""


@dataclass
class ImportedThread:
    key: str
    title: str
    url: str
    is_open: bool
    comments: list[ImportedComment] = field(default_factory=list)


@dataclass
class ImportSummary:
    threads_created: int = 0
    threads_existing: int = 0
    comments: Counter[str] = field(default_factory=Counter)
    already_imported: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    problems: list[str] = field(default_factory=list)

    def problem(self, message: str, reason: str) -> None:
        self.problems.append(message)
        self.skipped[reason] += 1

    def lines(self) -> list[str]:
        statuses = ", ".join(f"{n} {status}" for status, n in sorted(self.comments.items()))
        out = [
            f"Threads: {self.threads_created} created, {self.threads_existing} already there.",
            f"Comments imported: {sum(self.comments.values())}"
            + (f" ({statuses})" if statuses else "")
            + f"; {self.already_imported} already imported before.",
        ]
        if self.skipped:
            out.append(
                "Skipped: " + ", ".join(f"{n} {why}" for why, n in sorted(self.skipped.items()))
            )
        out += [f"  {problem}" for problem in self.problems[:50]]
        if len(self.problems) > 50:
            out.append(f"  ... and {len(self.problems) - 50} more problems")
        return out


def store_thread(source: str, imported: ImportedThread, summary: ImportSummary) -> None:
    with transaction.atomic():
        thread, created = Thread.objects.get_or_create(
            key=imported.key[:200],
            defaults={
                "title": imported.title[:300] or imported.key,
                "url": imported.url[:500],
                "is_open": imported.is_open,
            },
        )
        if created:
            summary.threads_created += 1
        else:
            summary.threads_existing += 1
        _store_comments(source, thread, imported.comments, summary)
        # bulk_create sends no signals: move the thread's cached reads on by hand.
        read_cache.changed([thread.pk])


def _store_comments(
    source: str, thread: Thread, comments: list[ImportedComment], summary: ImportSummary
) -> None:
    ids = [c.source_id for c in comments]
    known: dict[str, tuple[int, int]] = {
        import_id: (pk, depth)
        for import_id, pk, depth in Comment.objects.filter(
            import_source=source, import_id__in=ids
        ).values_list("import_id", "pk", "depth")
    }
    by_id = {c.source_id: c for c in comments}
    todo = [c for c in comments if c.source_id not in known]
    summary.already_imported += len(comments) - len(todo)
    # Parents first, one generation at a time, so every reply can point at its parent's row.
    while todo:
        ready, waiting = [], []
        for c in todo:
            parent = c.parent_source_id
            if not parent or parent in known or parent not in by_id:
                ready.append(c)
            else:
                waiting.append(c)
        if not ready:  # a cycle of parents: break it by importing the rest at the top level
            for c in waiting:
                summary.problems.append(f"comment {c.source_id}: its parents form a loop")
                c.parent_source_id = None
            continue
        rows = []
        for c in ready:
            parent_row = known.get(c.parent_source_id or "")
            if c.parent_source_id and parent_row is None:
                summary.problems.append(
                    f"comment {c.source_id}: parent {c.parent_source_id} not in the file; "
                    "imported at the top level"
                )
            email = canonical_email(c.author_email)[:254]
            rows.append(
                Comment(
                    thread=thread,
                    parent_id=parent_row[0] if parent_row else None,
                    depth=parent_row[1] + 1 if parent_row else 1,
                    author_name=c.author_name[:80] or "Anonymous",
                    author_email=email,
                    # bulk_create skips save(), which fills the digest of other comments.
                    author_digest=author_digest_of(email),
                    author_url=_web_address(c.author_url),
                    content=c.content,
                    status=c.status,
                    created=c.created,
                    ip_address=c.ip_address,
                    user_agent=c.user_agent[:500],
                    content_key=content_key(c.content),
                    import_source=source,
                    import_id=c.source_id[:100],
                )
            )
        created = Comment.objects.bulk_create(rows)
        decisions = []
        for comment in created:
            known[comment.import_id] = (comment.pk, comment.depth)
            summary.comments[comment.status] += 1
            if comment.status in (Comment.Status.APPROVED, Comment.Status.SPAM):
                label = (
                    Decision.Action.APPROVE
                    if comment.status == Comment.Status.APPROVED
                    else Decision.Action.SPAM
                )
                decisions.append(
                    Decision(
                        comment=comment,
                        source=Decision.Source.HUMAN,
                        check_name="import",
                        action=label,
                        reason=f"imported from {source} as {comment.status}",
                        created=comment.created,
                    )
                )
        Decision.objects.bulk_create(decisions)
        todo = waiting


def _web_address(url: str) -> str:
    """Only http(s) websites are kept, as the form would have required."""
    url = url.strip()[:200]
    return url if is_http_url(url) else ""
