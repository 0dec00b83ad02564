"""One person's data, by email: everything stored about them, and erasing it.

Both leave an audit row (PrivacyRequest) that names the person by a keyed digest of the email,
not by the email itself.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from comments import follow_ups, read_cache
from comments.models import Comment, CommenterNote
from moderation.identity import canonical_email, commenter_digest, keyed_email_digest
from moderation.models import PrivacyRequest

ANONYMOUS = "Anonymous"


def comments_of(email: str) -> QuerySet[Comment]:
    """Every comment with this address in any spelling: new emails are stored canonical and
    migration 0010 made old ones so; case-insensitive for rows written around the form."""
    canonical = canonical_email(email)
    if not canonical:
        return Comment.objects.none()
    return Comment.objects.filter(author_email__iexact=canonical)


def export(email: str, actor: str) -> dict[str, Any]:
    comments = list(
        comments_of(email)
        .select_related("thread")
        .prefetch_related("decisions")
        .order_by("created", "pk")
    )
    _audit(PrivacyRequest.Kind.EXPORT, email, len(comments), actor)
    return {
        "email": canonical_email(email),
        "exported_at": timezone.now().isoformat(),
        "what_is_stored": (
            "For each comment: the text, the name, email and website you gave, the IP address "
            "and browser user agent it came from (erased after 30 days), when it was posted, "
            "its status and the reasons the moderation gave. For each follow-up email "
            "subscription: the discussion, the address emails go to, what you asked to hear "
            "about, and when it was confirmed or ended."
        ),
        "comments": [
            {
                "id": c.pk,
                "thread": c.thread.key,
                "thread_title": c.thread.title,
                "in_reply_to": c.parent_id,
                "author_name": c.author_name,
                "author_email": c.author_email,
                "author_url": c.author_url,
                "ip_address": c.ip_address,
                "user_agent": c.user_agent,
                "content": c.content,
                "status": c.status,
                "spam_score": c.score,
                "created": c.created.isoformat(),
                "moderation": [
                    {"when": d.created.isoformat(), "action": d.action, "reason": d.reason}
                    for d in c.decisions.all()
                ],
            }
            for c in comments
        ],
        # What moderators wrote about this mailbox: personal data too.
        "moderators_notes": [
            {"when": note.created.isoformat(), "note": note.text} for note in notes_about(email)
        ],
        # "Notify me of follow-up comments": the address is kept for sending them.
        "follow_up_subscriptions": [
            {
                "thread": f.thread.key,
                "comment": f.comment_id,
                "email": f.email,
                "scope": f.scope,
                "language": f.language,
                "created": f.created.isoformat(),
                "confirmed": _when(f.confirmed),
                "unsubscribed": _when(f.unsubscribed),
                "emails_sent": f.emails.count(),
            }
            for f in follow_ups.of_email(email).select_related("thread").order_by("created", "pk")
        ],
    }


def _when(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None


def notes_about(email: str) -> QuerySet[CommenterNote]:
    canonical = canonical_email(email)
    if not canonical:
        return CommenterNote.objects.none()
    return CommenterNote.objects.filter(commenter=commenter_digest(canonical))


def erase(email: str, actor: str, delete_content: bool = False) -> int:
    """Anonymise every comment with this email (or delete them); how many there were."""
    with transaction.atomic():
        comments = comments_of(email)
        count = comments.count()
        read_cache.changed(comments.values_list("thread_id", flat=True))
        if delete_content:
            comments.delete()
            kind = PrivacyRequest.Kind.DELETE
        else:
            comments.update(
                author_name=ANONYMOUS,
                author_email="",
                author_digest="",
                author_url="",
                ip_address=None,
                user_agent="",
                edit_secret_hash="",
            )
            kind = PrivacyRequest.Kind.ERASE
        notes_about(email).delete()
        follow_ups.of_email(email).delete()
        _audit(kind, email, count, actor)
    return count


def _audit(kind: str, email: str, count: int, actor: str) -> None:
    PrivacyRequest.objects.create(
        kind=kind, email_digest=keyed_email_digest(email, "privacy"), comments=count, actor=actor
    )
