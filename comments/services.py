"""Workflows that touch several objects; every entry point calls these, never the gate directly."""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum
from typing import TYPE_CHECKING

from django.db import transaction
from django.utils import timezone

from comments import campaigns, events, follow_ups, metrics, read_cache, reporting
from comments.avatars import new_avatar_key
from comments.conf import comments_setting
from comments.models import MAX_DEPTH, Comment, Decision, ShadowScore
from comments.submissions import CommentSubmission
from moderation import gate
from moderation.fingerprints import content_key
from moderation.identity import canonical_email
from moderation.submission import Submission
from moderation.verdict import Action, Verdict

if TYPE_CHECKING:
    from django.contrib.auth.models import User
    from django.db.models import QuerySet

_STATUS_FOR_ACTION = {
    Action.APPROVE: Comment.Status.APPROVED,
    Action.HOLD: Comment.Status.PENDING,
    Action.SPAM: Comment.Status.SPAM,
    Action.TRASH: Comment.Status.TRASH,
}


@dataclass(frozen=True)
class SubmissionResult:
    verdict: Verdict
    comment: Comment | None
    # Given once to the API client that posted it: lets it edit or delete within the window.
    edit_secret: str = ""


def submit_comment(submission: Submission) -> SubmissionResult:
    """Run the gate and store what it lets through, with one decision record per reason."""
    started = time.perf_counter()
    verdict = gate.review(submission)
    metrics.observe_verdict(verdict, time.perf_counter() - started)
    if not verdict.stores_comment:
        return SubmissionResult(verdict, None)
    parent = submission.parent
    edit_secret = secrets.token_urlsafe(24)
    with transaction.atomic():
        comment = Comment.objects.create(
            thread_id=submission.thread.pk,
            parent=parent,
            depth=parent.depth + 1 if parent else 1,
            author_name=submission.author_name,
            author_email=submission.author_email,
            author_url=submission.author_url,
            user_id=submission.user_id,
            content=submission.content,
            status=_STATUS_FOR_ACTION[verdict.action],
            ip_address=submission.ip_address,
            user_agent=submission.user_agent,
            score=verdict.score,
            content_key=content_key(submission.content),
            edit_secret_hash=_digest(edit_secret),
            avatar_key=_avatar_for(submission),
        )
        _record(comment, verdict)
        if verdict.shadow is not None:
            ShadowScore.objects.create(
                comment=comment, version=verdict.shadow[0], score=verdict.shadow[1]
            )
        campaigns.record(comment, verdict.near_duplicates)
        read_cache.changed([comment.thread_id])
        if isinstance(submission, CommentSubmission) and submission.follow_up:
            # Before the event: the pending subscription is what its publication confirms.
            follow_ups.subscribe(comment, submission.follow_up, submission.language)
        events.comment_stored(comment)
    return SubmissionResult(verdict, comment, edit_secret)


def _avatar_for(submission: Submission) -> str:
    """The avatar of the author's earlier comment in this thread, if they prove it is theirs.

    Proof is the same signed-in user, or the signed author cookie naming a comment with the
    same email. A typed email alone proves nothing, so it never brings back someone's avatar;
    and no avatar crosses threads (comments.avatars says why).
    """
    earlier = Comment.objects.filter(thread_id=submission.thread.pk)
    if submission.user_id is not None:
        mine = earlier.filter(user_id=submission.user_id)
    elif submission.proven_comment_ids:
        mine = earlier.filter(
            pk__in=submission.proven_comment_ids,
            author_email__iexact=canonical_email(submission.author_email),
        )
    else:
        return new_avatar_key()
    return mine.order_by("pk").values_list("avatar_key", flat=True).first() or new_avatar_key()


def _record(comment: Comment, verdict: Verdict, prefix: str = "") -> None:
    Decision.objects.bulk_create(
        Decision(
            comment=comment,
            source=Decision.Source.GATE,
            check_name=reason.check,
            action=reason.action.value,
            reason=(prefix + reason.text)[:500],
        )
        for reason in verdict.reasons
    )


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def edit_window() -> timedelta:
    return timedelta(minutes=comments_setting("edit_minutes"))


def may_edit(comment: Comment, secret: str) -> bool:
    """The secret given at creation, within the edit window, on a comment still standing."""
    if not secret or not comment.edit_secret_hash:
        return False
    if not hmac.compare_digest(_digest(secret), comment.edit_secret_hash):
        return False
    if comment.status in (Comment.Status.TRASH, Comment.Status.SPAM):
        return False
    return timezone.now() - comment.created <= edit_window()


# Lowest first: an edit may move a comment up this list, never down.
_KEPT_BACK: list[str] = [
    Comment.Status.APPROVED,
    Comment.Status.PENDING,
    Comment.Status.SPAM,
    Comment.Status.TRASH,
]


def edit_comment(comment: Comment, submission: Submission) -> Verdict:
    """New content for a comment: through the gate again, which may hold it or call it spam.

    The edit is reviewed without the bot traps (it carries the secret given at creation), so
    its verdict alone cannot tell a bot's comment from a reader's: the comment keeps at least
    the status the original verdict and any moderator gave it. Held stays held.
    """
    started = time.perf_counter()
    verdict = gate.review(submission)
    metrics.observe_verdict(verdict, time.perf_counter() - started, edit=True)
    if not verdict.stores_comment:
        return verdict
    reviewed = _STATUS_FOR_ACTION[verdict.action]
    status = max(reviewed, comment.status, key=_KEPT_BACK.index)
    with transaction.atomic():
        comment.content = submission.content
        comment.content_key = content_key(submission.content)
        comment.status = status
        comment.score = verdict.score
        comment.save(update_fields=["content", "content_key", "status", "score"])
        _record(comment, verdict, prefix="edit: ")
        if status != reviewed:
            Decision.objects.create(
                comment=comment,
                source=Decision.Source.GATE,
                check_name="edit",
                action=Action.HOLD.value,
                reason="edit: still held: it was held before the edit, a moderator decides",
            )
        read_cache.changed([comment.thread_id])
    return verdict


def delete_comments(comments: QuerySet[Comment]) -> int:
    """Delete comments for good (admin deletion, purge); their threads' cached reads move on."""
    with transaction.atomic():
        read_cache.changed(set(comments.values_list("thread_id", flat=True)))
        return comments.delete()[1].get("comments.Comment", 0)


def delete_by_author(comment: Comment) -> None:
    with transaction.atomic():
        Comment.objects.filter(pk=comment.pk).update(status=Comment.Status.TRASH)
        read_cache.changed([comment.thread_id])
        Decision.objects.create(
            comment=comment,
            source=Decision.Source.AUTHOR,
            check_name="author",
            action=Decision.Action.TRASH,
            reason=f"deleted by its author (was {comment.status})",
        )
    comment.status = Comment.Status.TRASH


class ModerationAction(StrEnum):
    """What a moderator can do to a comment, from the admin, the API or an email link."""

    APPROVE = "approve"
    SPAM = "spam"
    HAM = "ham"  # "not spam": published, and a ham label for training
    TRASH = "trash"
    ABUSIVE = "abusive"  # trashed, and an "abusive" label for the abuse model

    @property
    def status(self) -> str:
        return {
            ModerationAction.APPROVE: Comment.Status.APPROVED,
            ModerationAction.SPAM: Comment.Status.SPAM,
            ModerationAction.HAM: Comment.Status.APPROVED,
            ModerationAction.TRASH: Comment.Status.TRASH,
            ModerationAction.ABUSIVE: Comment.Status.TRASH,
        }[self]


_DONE = {
    ModerationAction.APPROVE: "approved",
    ModerationAction.SPAM: "marked as spam",
    ModerationAction.HAM: "marked as not spam",
    ModerationAction.TRASH: "moved to the trash",
    ModerationAction.ABUSIVE: "moved to the trash as abusive",
}


def moderate(
    comment: Comment,
    action: ModerationAction,
    actor: User | None,
    via: str = "admin",
) -> Comment:
    """Set the comment's status as a moderator decided, and record who, how and when."""
    who = actor.get_username() if actor is not None else "a signed email link"
    with transaction.atomic():
        Comment.objects.filter(pk=comment.pk).update(status=action.status)
        read_cache.changed([comment.thread_id])
        Decision.objects.create(
            comment=comment,
            source=Decision.Source.HUMAN,
            check_name=via,
            action=action.value,
            reason=f"{_DONE[action]} by {who} (was {comment.status})",
            actor=actor,
        )
        if action.status == Comment.Status.APPROVED:
            # Kept by a moderator: the reports so far count, but hide it no more.
            reporting.clear_reports([comment], who, dismissed=False)
            if comment.status != Comment.Status.APPROVED:
                events.comment_published(comment)
    comment.status = action.status
    return comment


def reply_as_moderator(parent: Comment, actor: User, content: str) -> Comment:
    """A moderator's reply, published at once under their name without passing the gate.

    A held parent is approved first (recorded as the moderator's decision): a published reply
    under a hidden comment would answer nothing a reader can see. Past the deepest level the
    reply goes beside the parent, as replies from the page do.
    """
    if parent.status not in (Comment.Status.PENDING, Comment.Status.APPROVED):
        raise ValueError(f"comment {parent.pk} is {parent.status}: no reply to it")
    with transaction.atomic():
        if parent.is_pending:
            moderate(parent, ModerationAction.APPROVE, actor, via="reply")
        anchor = parent
        while anchor.depth >= MAX_DEPTH and anchor.parent is not None:
            anchor = anchor.parent
        reply = Comment.objects.create(
            thread_id=parent.thread_id,
            parent=anchor,
            depth=anchor.depth + 1,
            author_name=(actor.get_full_name() or actor.get_username())[:80],
            author_email=canonical_email(actor.email) if actor.email else "",
            user=actor,
            content=content,
            status=Comment.Status.APPROVED,
            content_key=content_key(content),
        )
        Decision.objects.create(
            comment=reply,
            source=Decision.Source.HUMAN,
            check_name="reply",
            action=Decision.Action.APPROVE,
            reason=f"reply by moderator {actor.get_username()} to comment {parent.pk}",
            actor=actor,
        )
        read_cache.changed([parent.thread_id])
        events.comment_published(reply)
    return reply
