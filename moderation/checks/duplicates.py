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
    benchmarks/gate_latency.py). The (thread, content_key) index makes it one index probe.
    """
    from comments.models import Comment

    opts = Comment._meta
    column = {field.name: field.column for field in opts.concrete_fields}
    quote = connection.ops.quote_name
    # Only names from the model's own metadata go into the text; every value is a parameter.
    sql = (
        f"SELECT {quote(column['id'])}, {quote(column['author_email'])}, "  # noqa: S608
        f"{quote(column['ip_address'])} FROM {quote(opts.db_table)} "
        f"WHERE {quote(column['thread'])} = %s AND {quote(column['content_key'])} = %s "
        f"AND {quote(column['created'])} >= %s AND {quote(column['status'])} <> %s"
    )
    value_of_since = connection.ops.adapt_datetimefield_value(since)
    with connection.cursor() as cursor:
        cursor.execute(sql, [thread_id, key, value_of_since, Comment.Status.TRASH.value])
        rows = cursor.fetchall()
    wanted_email = email.strip().lower()
    for pk, earlier_email, earlier_address in rows:
        if pk == exclude_id:
            continue
        if earlier_email.strip().lower() == wanted_email or (
            address and str(earlier_address) == address
        ):
            return int(pk)
    return None
