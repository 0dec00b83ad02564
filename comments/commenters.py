"""Who a commenter is for moderators, and how their comments have fared.

A commenter is the keyed digest of their email's mailbox (moderation.identity.commenter_digest,
stored on every comment as `author_digest`), together with their user id when they were signed
in. The digest is all a moderator's page or the API ever shows: never the email.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django.contrib.auth.models import User
from django.db.models import Count, Exists, Max, Min, OuterRef, Q, QuerySet
from django.utils import timezone

from comments import banning
from comments.models import Comment, CommenterNote, Decision, Report
from moderation.conf import gate_setting
from moderation.history import Record
from moderation.identity import commenter_digest
from moderation.models import Ban

# How many of a commenter's latest comments the rejection rate reads: enough to be a rate,
# and a bound on the work the gate does for one submission.
RECORD_LIMIT = 200


def refresh_digests(model: Any = Comment) -> int:
    """Digest every stored email again (after SECRET_KEY changed, or in the migration that
    added the column, which passes its historical model). Returns how many rows changed."""
    changed = 0
    batch = []
    rows = model.objects.exclude(author_email="").only("pk", "author_email", "author_digest")
    for comment in rows.iterator(chunk_size=2000):
        digest = commenter_digest(comment.author_email)
        if digest != comment.author_digest:
            comment.author_digest = digest
            batch.append(comment)
        if len(batch) == 2000:
            changed += len(batch)
            model.objects.bulk_update(batch, ["author_digest"])
            batch = []
    changed += len(batch)
    model.objects.bulk_update(batch, ["author_digest"])
    return changed


def comments_of(digest: str, user_ids: Iterable[int] = ()) -> QuerySet[Comment]:
    """Every comment of this commenter: their mailbox's digest, or one of their users."""
    who = Q(author_digest=digest) if digest else Q(pk__in=[])
    users = list(user_ids)
    if users:
        who |= Q(user_id__in=users)
    return Comment.objects.filter(who)


def record(digest: str, since: datetime, user_id: int | None = None) -> Record:
    users = [] if user_id is None else [user_id]
    return _record_of(comments_of(digest, users).filter(created__gte=since))


def _record_of(comments: QuerySet[Comment]) -> Record:
    by_author = Decision.objects.filter(
        comment=OuterRef("pk"), source=Decision.Source.AUTHOR, action=Decision.Action.TRASH
    )
    rows = (
        comments.exclude(status=Comment.Status.PENDING)
        .annotate(deleted_by_author=Exists(by_author))
        .order_by("-created")
        .values_list("status", "deleted_by_author")[:RECORD_LIMIT]
    )
    return tally(rows)


def tally(rows: Iterable[tuple[str, Any]]) -> Record:
    """A Record from (status, deleted by its author) of decided comments, newest first."""
    approved = rejected = 0
    for status, deleted_by_author in rows:
        if status == Comment.Status.APPROVED:
            approved += 1
        elif status == Comment.Status.SPAM or not deleted_by_author:
            rejected += 1
    return Record(approved, rejected)


# A commenter digest is an HMAC-SHA256 hexdigest: anything else names nobody, and is answered
# "not found" before it reaches a query.
DIGEST_RE = re.compile(r"[0-9a-f]{64}")
RECENT_COMMENTS = 20
RECENT_REPORTS = 10
NOTE_MAX_LENGTH = 1000


def is_digest(value: object) -> bool:
    return isinstance(value, str) and DIGEST_RE.fullmatch(value) is not None


@dataclass(frozen=True)
class Profile:
    """A commenter as moderators see them (the admin's commenter page, the moderation API).

    It holds no email: `mailbox_spellings` is asked apart, by views whose user may see them.
    Their comments are those with this digest and those of the users seen with it.
    """

    digest: str
    user_ids: list[int]
    first_seen: datetime | None
    last_seen: datetime | None
    counts: dict[str, int]  # every Comment.Status value, 0 included
    window_days: int
    record: Record  # the rejection rate's window, as the gate reads it
    recent: list[Comment]  # newest first
    reports_by_reason: dict[str, int]  # most reported reason first
    recent_reports: list[Report]  # newest first; never who reported
    notes: list[CommenterNote]  # newest first
    bans: list[Ban]  # the active ones, of the digest or of their users

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def profile(digest: str) -> Profile | None:
    """The commenter with this digest; None for a malformed digest, or one that names nobody
    (no comment, no note, no active ban)."""
    if not is_digest(digest):
        return None
    now = timezone.now()
    user_ids = sorted(
        Comment.objects.filter(author_digest=digest, user__isnull=False)
        .order_by("user_id")
        .values_list("user_id", flat=True)
        .distinct()
    )
    theirs = comments_of(digest, user_ids)
    span = theirs.aggregate(first=Min("created"), last=Max("created"))
    notes = list(CommenterNote.objects.filter(commenter=digest).select_related("written_by"))
    bans = list(active_bans(digest, user_ids).order_by("-created", "-pk"))
    if span["first"] is None and not notes and not bans:
        return None
    counts = dict.fromkeys(Comment.Status.values, 0)
    for status, count in theirs.order_by().values_list("status").annotate(n=Count("pk")):
        counts[status] = count
    days = gate_setting("rejection_rate_days")
    reports = Report.objects.filter(comment__in=theirs.values("pk"))
    by_reason = (
        reports.order_by().values_list("reason").annotate(n=Count("pk")).order_by("-n", "reason")
    )
    return Profile(
        digest=digest,
        user_ids=user_ids,
        first_seen=span["first"],
        last_seen=span["last"],
        counts=counts,
        window_days=days,
        record=_record_of(theirs.filter(created__gte=now - timedelta(days=days))),
        recent=list(
            theirs.select_related("thread")
            .prefetch_related("decisions")
            .order_by("-created", "-pk")[:RECENT_COMMENTS]
        ),
        reports_by_reason=dict(by_reason),
        recent_reports=list(
            reports.select_related("comment").order_by("-created", "-pk")[:RECENT_REPORTS]
        ),
        notes=notes,
        bans=bans,
    )


def active_bans(digest: str, user_ids: list[int]) -> QuerySet[Ban]:
    """Bans in force on this commenter: of their digest, or of one of their users."""
    who = Q(kind=Ban.Kind.COMMENTER, value=digest)
    if user_ids:
        who |= Q(kind=Ban.Kind.USER, value__in=[str(pk) for pk in user_ids])
    in_force = Q(until__isnull=True) | Q(until__gt=timezone.now())
    return Ban.objects.filter(who).filter(in_force)


def mailbox_spellings(digest: str) -> list[str]:
    """The emails stored with this digest: for moderators allowed to see authors' emails only."""
    if not is_digest(digest):
        return []
    return list(
        Comment.objects.filter(author_digest=digest)
        .exclude(author_email="")
        .order_by("author_email")
        .values_list("author_email", flat=True)
        .distinct()
    )


def add_note(digest: str, text: str, actor_user: User | None) -> CommenterNote:
    """A moderator's note about a commenter; views check first that the commenter exists."""
    text = text.strip()
    if not is_digest(digest):
        raise ValueError("not a commenter digest")
    if not text or len(text) > NOTE_MAX_LENGTH or "\x00" in text:
        raise ValueError(f"a note is 1 to {NOTE_MAX_LENGTH} characters")
    return CommenterNote.objects.create(commenter=digest, text=text, written_by=actor_user)


def ban(
    digest: str,
    *,
    until: datetime | None = None,
    reason: str = "",
    note: str = "",
    actor: str = "",
    remove_comments: bool = False,
) -> Ban | None:
    """Ban (or suspend) the commenter from their page, which knows only the digest: any of
    their stored emails gives the same digest. None when no comment of theirs has an email."""
    latest = (
        Comment.objects.filter(author_digest=digest)
        .exclude(author_email="")
        .order_by("-created", "-pk")
        .first()
    )
    if latest is None:
        return None
    if remove_comments:
        return banning.ban_author_and_remove(
            latest, until=until, reason=reason, note=note, actor=actor
        )
    return banning.ban(
        Ban.Kind.COMMENTER, latest.author_email, until=until, reason=reason, note=note, actor=actor
    )
