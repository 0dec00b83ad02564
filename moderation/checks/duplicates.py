from __future__ import annotations

from datetime import UTC, datetime

from django.db import connection
from django.utils.translation import gettext_lazy as _

from moderation.checks.context import ReviewContext
from moderation.conf import gate_setting
from moderation.fingerprints import content_key, words
from moderation.verdict import Action, Reason

# "+ 0": the thread is a filter, never an index condition (see find_earlier).
THREAD_TERM = "+ 0 = %s"
DUPLICATE_MESSAGE = _("Duplicate comment detected; it looks as though you've already said that!")


# Fewer words than this are stock phrases ("Setuju sekali!") that many readers write alike.
CAMPAIGN_MIN_WORDS = 5


def duplicate(ctx: ReviewContext) -> list[Reason]:
    """The same words in the same thread, recently: refused from the same address, held from
    another when they are more than a stock phrase.

    The email plays no part. When it did, re-posting a public comment's text answered 409 only
    for its author's real email, which confirmed a guessed address; the client's address is the
    one thing a guesser cannot choose.
    """
    sub = ctx.submission
    since = datetime.fromtimestamp(ctx.now - gate_setting("duplicate_window"), tz=UTC)
    earlier = find_earlier(
        sub.thread.pk,
        content_key(sub.content),
        since,
        sub.ip_address,
        exclude_id=sub.editing_id,
    )
    if earlier is None:
        return []
    pk, same_address = earlier
    if same_address:
        text = f"rejected: duplicate of comment #{pk}"
        return [Reason("duplicate", Action.REJECT, text, 409, None, DUPLICATE_MESSAGE)]
    if len(words(sub.content)) < CAMPAIGN_MIN_WORDS:
        return []
    return [
        Reason("duplicate", Action.HOLD, f"held: same words as comment #{pk} from another address")
    ]


def find_earlier(
    thread_id: int,
    key: str,
    since: datetime,
    address: str | None,
    exclude_id: int | None = None,
) -> tuple[int, bool] | None:
    """The id of a matching earlier comment (not trashed) and whether it came from `address`;
    one from `address` first. None when there is none.

    Hand-written SQL: this runs on every submission, and building the same ORM query each time
    cost more than the query itself (half of a whole review, measured by
    benchmarks/gate_latency.py). The plan must be the (content_key, thread) index whatever
    PostgreSQL's statistics say. A new thread that fills fast is past what the last ANALYZE
    saw, so with the thread or the time as an indexable condition the planner walked the whole
    thread (7 ms at 6,000 comments, growing with every comment; seen under benchmarks/load.py).
    So only `content_key` is indexable (`thread + 0` is deliberately not), and the few rows of
    one content key are checked against the window here.
    """
    sql, params = earlier_query(thread_id, key)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    found: tuple[int, bool] | None = None
    for pk, earlier_address, created in rows:
        if pk == exclude_id or _as_datetime(created) < since:
            continue
        if address and str(earlier_address) == address:
            return int(pk), True
        found = found or (int(pk), False)
    return found


def earlier_query(thread_id: int, key: str) -> tuple[str, list[int | str]]:
    """The SQL of find_earlier and its parameters (a test checks PostgreSQL's plan of it)."""
    from comments.models import Comment

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
