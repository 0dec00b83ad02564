from __future__ import annotations

from datetime import UTC, datetime

from django.db import connection
from django.utils.translation import gettext_lazy as _

from moderation.checks.context import ReviewContext
from moderation.conf import gate_setting
from moderation.fingerprints import content_key
from moderation.verdict import Action, Reason

DUPLICATE_MESSAGE = _("Duplicate comment detected; it looks as though you've already said that!")


def duplicate(ctx: ReviewContext) -> list[Reason]:
    """The same words, in the same thread, from the same email or address, recently."""
    sub = ctx.submission
    since = datetime.fromtimestamp(ctx.now - gate_setting("duplicate_window"), tz=UTC)
    earlier = find_earlier(
        sub.thread.pk,
        content_key(sub.content),
        since,
        sub.author_email,
        sub.ip_address,
        exclude_id=sub.editing_id,
    )
    if earlier is None:
        return []
    text = f"rejected: duplicate of comment #{earlier}"
    return [Reason("duplicate", Action.REJECT, text, 409, None, DUPLICATE_MESSAGE)]


def find_earlier(
    thread_id: int,
    key: str,
    since: datetime,
    email: str,
    address: str | None,
    exclude_id: int | None = None,
) -> int | None:
    """The id of a matching earlier comment (not trashed), or None.

    Hand-written SQL: this runs on every submission, and building the same ORM query each time
    cost more than the query itself (half of a whole review, measured by
    benchmarks/gate_latency.py). It filters on equality only, so the (thread, content_key) index
    is the one plan: with `created >= since` in SQL too, PostgreSQL's statistics of a fast-growing
    thread (a comment's `created` is always past their histogram) made it scan the thread by
    (thread, status, created) instead, 7 ms instead of 0.05 ms under benchmarks/load.py. The
    few rows of one content key are checked against the window here.
    """
    from comments.models import Comment

    opts = Comment._meta
    column = {field.name: field.column for field in opts.concrete_fields}
    quote = connection.ops.quote_name
    # Only names from the model's own metadata go into the text; every value is a parameter.
    sql = (
        f"SELECT {quote(column['id'])}, {quote(column['author_email'])}, "  # noqa: S608
        f"{quote(column['ip_address'])}, {quote(column['created'])} FROM {quote(opts.db_table)} "
        f"WHERE {quote(column['thread'])} = %s AND {quote(column['content_key'])} = %s "
        f"AND {quote(column['status'])} <> %s"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [thread_id, key, Comment.Status.TRASH.value])
        rows = cursor.fetchall()
    wanted_email = email.strip().lower()
    for pk, earlier_email, earlier_address, created in rows:
        if pk == exclude_id or _as_datetime(created) < since:
            continue
        if earlier_email.strip().lower() == wanted_email or (
            address and str(earlier_address) == address
        ):
            return int(pk)
    return None


def _as_datetime(value: datetime | str) -> datetime:
    """A `created` value of a raw row: aware from PostgreSQL, naive UTC (or text) from SQLite."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)
