"""The comments app's answers to the gate's questions about stored comments (moderation.history)."""

from __future__ import annotations

import functools
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from typing import Any

from django.db import connection
from django.db.models import Exists, Max, OuterRef, Q

from comments import commenters
from comments.models import BandKey, Campaign, CampaignMember, Comment, Decision, ShadowScore
from moderation.history import (
    AbuseLabel,
    CampaignFacts,
    DecidedComment,
    Earlier,
    ModeratedComment,
    NearDuplicate,
    Record,
    ShadowScored,
)
from moderation.identity import canonical_email
from moderation.sql_names import column, table

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

    def approved_comments_of(
        self, user_id: int | None, proven_ids: frozenset[int], email: str, limit: int
    ) -> list[int]:
        proven = Q(pk__in=proven_ids, author_email__iexact=canonical_email(email))
        if user_id is not None:
            proven |= Q(user_id=user_id)
        elif not proven_ids:
            return []
        return list(
            Comment.objects.published()
            .filter(proven)
            .order_by("-created", "-pk")
            .values_list("pk", flat=True)[:limit]
        )

    def commenter_record(self, digest: str, user_id: int | None, since: datetime) -> Record:
        """Hand-written SQL, as earlier_same_words, for the same reason: the gate asks on every
        submission with an email, and building this ORM query (an EXISTS annotation) took a
        tenth of a POST's CPU under benchmarks/load.py. commenters.record is the same question
        through the ORM, for the moderators' pages; a test holds the two to the same answers."""
        if not digest and user_id is None:
            return Record(0, 0)
        sql, params = commenter_record_query(digest, user_id, since)
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return commenters.tally(cursor.fetchall())

    def near_duplicates(
        self, keys: Sequence[int], since: datetime, exclude_id: int | None
    ) -> list[NearDuplicate]:
        """Hand-written SQL, as earlier_same_words, for the same reason: it runs on every
        submission. One index probe per key into (key, created), bounded by the window."""
        sql, params = near_duplicates_query(keys, since, exclude_id)
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        found = []
        for pk, content, digest, address, *campaign in rows:
            facts = None
            if campaign[0] is not None:
                cpk, status, size, people, places, first_seen = campaign
                facts = CampaignFacts(
                    int(cpk), status, size, people, places, _as_datetime(first_seen)
                )
            shown = None if address is None else str(address)
            found.append(NearDuplicate(int(pk), content, digest, shown, facts))
        return found

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

    def shadow_scored(self, version: int, limit: int) -> list[ShadowScored]:
        # From the version's own rows (its index), not a scan of every comment.
        human = Decision.objects.filter(
            comment=OuterRef("comment_id"), source=Decision.Source.HUMAN
        )
        rows = (
            ShadowScore.objects.filter(version=version)
            .annotate(decided=Exists(human))
            .order_by("-comment_id")
            .values_list(
                "comment_id", "comment__content", "comment__author_name", "comment__author_url",
                "comment__score", "score", "comment__status", "decided",
            )[:limit]
        )  # fmt: skip
        labels: dict[str, bool] = {Comment.Status.SPAM: True, Comment.Status.APPROVED: False}
        return [
            ShadowScored(
                pk, content, name, url, live, shadowed, labels.get(status) if decided else None
            )
            for pk, content, name, url, live, shadowed, status, decided in rows
        ]

    def labels_since(self, since: datetime | None) -> int:
        labelled = Decision.objects.filter(
            source=Decision.Source.HUMAN,
            action__in=[Decision.Action.APPROVE, Decision.Action.HAM, Decision.Action.SPAM],
            comment__status__in=[Comment.Status.APPROVED, Comment.Status.SPAM],
        )
        if since is not None:
            labelled = labelled.filter(created__gt=since)
        return labelled.values("comment").distinct().count()

    def recently_decided(self, limit: int) -> list[DecidedComment]:
        human = Q(decisions__source=Decision.Source.HUMAN)
        rows = (
            Comment.objects.filter(human, status__in=[Comment.Status.APPROVED, Comment.Status.SPAM])
            .annotate(decided=Max("decisions__created", filter=human))
            .order_by("-decided", "-pk")
            .values_list("pk", "content", "author_name", "author_url", "status")[:limit]
        )
        return [
            DecidedComment(pk, content, name, url, status == Comment.Status.SPAM)
            for pk, content, name, url, status in rows
        ]

    def moderated_abuse(self) -> Iterator[AbuseLabel]:
        # Abusive: a moderator's "abusive" decision on a comment still in the trash. Not
        # abusive: approved by a person (a moderator or an editor's approval of a held comment).
        abusive = Comment.objects.filter(
            decisions__source=Decision.Source.HUMAN,
            decisions__action=Decision.Action.ABUSIVE,
            status=Comment.Status.TRASH,
        )
        approved = Comment.objects.filter(
            decisions__source=Decision.Source.HUMAN, status=Comment.Status.APPROVED
        )
        for rows, label in ((abusive, True), (approved, False)):
            for content in rows.distinct().values_list("content", flat=True).iterator():
                yield AbuseLabel(content, label)


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


def commenter_record_query(
    digest: str, user_id: int | None, since: datetime
) -> tuple[str, list[Any]]:
    """The SQL of commenter_record and its parameters."""
    who: list[Any] = [digest] if digest else []
    if user_id is not None:
        who.append(user_id)
    window = connection.ops.adapt_datetimefield_value(since)
    statuses = [Decision.Source.AUTHOR.value, Decision.Action.TRASH.value]
    sql = _commenter_record_sql(connection.vendor, bool(digest), user_id is not None)
    return sql, [*statuses, *who, window, Comment.Status.PENDING.value]


@functools.lru_cache(maxsize=8)
def _commenter_record_sql(vendor: str, by_digest: bool, by_user: bool) -> str:
    def c(name: str) -> str:
        return "c." + column(Comment, name)

    def d(name: str) -> str:
        return "d." + column(Decision, name)

    who = [f"{c('author_digest')} = %s"] if by_digest else []
    if by_user:
        who.append(f"{c('user')} = %s")
    # Only names from the models' own metadata go into the text; every value is a parameter.
    return (
        f"SELECT {c('status')}, EXISTS(SELECT 1 FROM {table(Decision)} d "  # noqa: S608
        f"WHERE {d('comment')} = {c('id')} AND {d('source')} = %s AND {d('action')} = %s) "
        f"FROM {table(Comment)} c WHERE ({' OR '.join(who)}) "
        f"AND {c('created')} >= %s AND {c('status')} <> %s "
        f"ORDER BY {c('created')} DESC LIMIT {commenters.RECORD_LIMIT}"
    )


# A live campaign's members share most keys: the scan stops after this many key rows, and at
# most this many comments, those sharing the most keys, are compared word by word.
NEAR_DUPLICATE_ROWS = 1000
NEAR_DUPLICATE_CANDIDATES = 20


def near_duplicates_query(
    keys: Sequence[int], since: datetime, exclude_id: int | None
) -> tuple[str, list[Any]]:
    """The SQL of near_duplicates and its parameters (a test checks PostgreSQL's plan)."""
    window = connection.ops.adapt_datetimefield_value(since)
    return _near_duplicates_sql(connection.vendor, len(keys)), [*keys, window, exclude_id or 0]


@functools.lru_cache(maxsize=8)
def _near_duplicates_sql(vendor: str, count: int) -> str:
    # Built once per database and number of keys: the text is the same for every submission.
    col = column
    marks = ", ".join(["%s"] * count)
    # Only names from the models' own metadata go into the text; every value is a parameter.
    return (
        f"SELECT c.{col(Comment, 'id')}, c.{col(Comment, 'content')}, "  # noqa: S608
        f"c.{col(Comment, 'author_digest')}, c.{col(Comment, 'ip_address')}, "
        f"k.{col(Campaign, 'id')}, k.{col(Campaign, 'status')}, k.{col(Campaign, 'size')}, "
        f"k.{col(Campaign, 'commenters')}, k.{col(Campaign, 'networks')}, "
        f"k.{col(Campaign, 'first_seen')} "
        f"FROM (SELECT hit.comment_id, COUNT(*) AS shared FROM ("
        f"SELECT {col(BandKey, 'comment')} AS comment_id FROM {table(BandKey)} "
        f"WHERE {col(BandKey, 'key')} IN ({marks}) AND {col(BandKey, 'created')} >= %s "
        f"AND {col(BandKey, 'comment')} <> %s LIMIT {NEAR_DUPLICATE_ROWS}) hit "
        f"GROUP BY hit.comment_id ORDER BY shared DESC, hit.comment_id DESC "
        f"LIMIT {NEAR_DUPLICATE_CANDIDATES}) near "
        f"JOIN {table(Comment)} c ON c.{col(Comment, 'id')} = near.comment_id "
        # A subquery, not a join: one primary-key probe per candidate, never a scan of every
        # campaign member (PostgreSQL hashed the whole table while it was small).
        f"LEFT JOIN {table(Campaign)} k ON k.{col(Campaign, 'id')} = "
        f"(SELECT m.{col(CampaignMember, 'campaign')} FROM {table(CampaignMember)} m "
        f"WHERE m.{col(CampaignMember, 'comment')} = near.comment_id) "
        f"ORDER BY near.shared DESC, near.comment_id DESC"
    )


def _as_datetime(value: datetime | str) -> datetime:
    """A `created` value of a raw row: aware from PostgreSQL, naive UTC (or text) from SQLite."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)
