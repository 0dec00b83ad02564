"""The comments app's answers to the gate's questions about stored comments (moderation.history)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

from django.db import connection

from comments.models import Comment, Decision
from moderation.history import Earlier, ModeratedComment
from moderation.identity import canonical_email

# "+ 0": the thread is a filter, never an index condition (see earlier_same_words).
THREAD_TERM = "+ 0 = %s"


class StoredComments:
    """moderation.history.CommentHistory over the Comment table."""

    def earlier_same_words(
        self,
        thread_id: int,
        key: str,
        since: datetime,
        address: str | None,
        exclude_id: int | None,
    ) -> Earlier | None:
        """Hand-written SQL: this runs on every submission, and building the same ORM query
        each time cost more than the query itself (half of a whole review, measured by
        benchmarks/gate_latency.py). The plan must be the (content_key, thread) index whatever
        PostgreSQL's statistics say. A new thread that fills fast is past what the last ANALYZE
        saw, so with the thread or the time as an indexable condition the planner walked the
        whole thread (7 ms at 6,000 comments, growing with every comment; seen under
        benchmarks/load.py). So only `content_key` is indexable (`thread + 0` is deliberately
        not), and the few rows of one content key are checked against the window here.
        """
        sql, params = earlier_query(thread_id, key)
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        found: Earlier | None = None
        for pk, earlier_address, created in rows:
            if pk == exclude_id or _as_datetime(created) < since:
                continue
            if address and str(earlier_address) == address:
                return Earlier(int(pk), True)
            found = found or Earlier(int(pk), False)
        return found

    def approved_comment_of(
        self, user_id: int | None, proven_ids: frozenset[int], email: str
    ) -> int | None:
        approved = Comment.objects.published()
        if user_id is not None:
            found = approved.filter(user_id=user_id).values_list("pk", flat=True).first()
            if found is not None:
                return found
        if not proven_ids:
            return None
        return (
            approved.filter(pk__in=proven_ids, author_email__iexact=canonical_email(email))
            .values_list("pk", flat=True)
            .first()
        )

    def moderated(self) -> Iterator[ModeratedComment]:
        # Only comments with a human decision count: what the gate decided alone is no label.
        rows = (
            Comment.objects.filter(
                decisions__source=Decision.Source.HUMAN,
                status__in=[Comment.Status.APPROVED, Comment.Status.SPAM],
            )
            .distinct()
            .values_list("content", "author_name", "author_url", "status")
        )
        for content, name, url, status in rows.iterator():
            yield ModeratedComment(content, name, url, status == Comment.Status.SPAM)


def earlier_query(thread_id: int, key: str) -> tuple[str, list[int | str]]:
    """The SQL of earlier_same_words and its parameters (a test checks PostgreSQL's plan)."""
    opts = Comment._meta
    column = {field.name: field.column for field in opts.concrete_fields}
    quote = connection.ops.quote_name
    # Only names from the model's own metadata go into the text; every value is a parameter.
    sql = (
        f"SELECT {quote(column['id'])}, "  # noqa: S608
        f"{quote(column['ip_address'])}, {quote(column['created'])} FROM {quote(opts.db_table)} "
        f"WHERE {quote(column['content_key'])} = %s AND {quote(column['thread'])} {THREAD_TERM} "
        f"AND {quote(column['status'])} <> %s"
    )
    return sql, [key, thread_id, Comment.Status.TRASH.value]


def _as_datetime(value: datetime | str) -> datetime:
    """A `created` value of a raw row: aware from PostgreSQL, naive UTC (or text) from SQLite."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)
