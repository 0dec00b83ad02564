"""Moderators' email: what an event says in one, and the signed one-click links of a held one.

Email is one channel of comments.channels; how many go out an hour and the digest of the rest
are comments.notices, shared with chat. All of it runs on the task queue (comments.tasks),
never in the request that stored the comment: a slow mail server must not slow a reader's
POST. Emails never carry the author's email or address: moderators read those in the admin,
where permissions decide.

A link is bound to the comment's status when the email went out and works once: a week-old
link must not re-publish a comment another moderator trashed since, nor act a second time.
"""

from __future__ import annotations

import logging
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.core.mail import send_mail
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.text import Truncator

from comments import webhooks
from comments.conf import comments_setting
from comments.fields import one_line_name
from comments.models import Comment, Decision, UsedEmailLink
from comments.webhook_models import Event

logger = logging.getLogger(__name__)

_SALT = "comments.email-moderation"
# The one-click actions an email offers (values of comments.services.ModerationAction).
ACTIONS = (Decision.Action.APPROVE.value, Decision.Action.SPAM.value)


def moderators() -> list[tuple[int, str]]:
    """(user id, email) of every active user who may moderate and has an email."""
    user_model = get_user_model()
    may_moderate = (
        Q(is_superuser=True)
        | Q(user_permissions__codename="can_moderate")
        | Q(groups__permissions__codename="can_moderate")
    )
    users = user_model.objects.filter(may_moderate, is_active=True).exclude(email="").distinct()
    return list(users.values_list("pk", "email"))


@dataclass(frozen=True)
class EmailLink:
    """What a signed link says: who may do what to which comment, in which state it was sent."""

    comment_id: int
    action: str
    user_id: int
    # The comment's status when the email went out: once anyone changes it, the link is stale.
    status: str
    # Random, shared by the Approve and Spam links of one email about one comment: using either
    # spends both (UsedEmailLink).
    nonce: str


def link_token(
    comment_id: int,
    action: str,
    user_id: int,
    *,
    status: str = Comment.Status.PENDING,
    nonce: str | None = None,
) -> str:
    """A signed link token; emails are only sent about held comments, hence the default."""
    data = {"c": comment_id, "a": action, "u": user_id, "s": status, "n": nonce or new_nonce()}
    return signing.dumps(data, salt=_SALT)


def new_nonce() -> str:
    return secrets.token_urlsafe(12)


def read_link_token(token: str) -> EmailLink | None:
    """The link a valid, unexpired token names; else None (links from before nonces too)."""
    try:
        data = signing.loads(token, salt=_SALT, max_age=_link_max_age())
    except signing.BadSignature:
        return None
    if not isinstance(data, dict) or data.get("a") not in ACTIONS:
        return None
    if not isinstance(data.get("c"), int) or not isinstance(data.get("u"), int):
        return None
    status, nonce = data.get("s"), data.get("n")
    if status not in Comment.Status.values or not isinstance(nonce, str) or not nonce:
        return None
    return EmailLink(data["c"], data["a"], data["u"], status, nonce)


def link_was_used(link: EmailLink) -> bool:
    return UsedEmailLink.objects.filter(nonce=link.nonce).exists()


def spend_link(link: EmailLink, now: datetime | None = None) -> bool:
    """Record the link as used; False when it was already (another request got there first)."""
    now = now or timezone.now()
    # A link older than the maximum age is refused by its signature, so its row can go.
    UsedEmailLink.objects.filter(used__lt=now - _link_max_age()).delete()
    _, created = UsedEmailLink.objects.get_or_create(nonce=link.nonce, defaults={"used": now})
    return created


def _link_max_age() -> timedelta:
    return timedelta(days=comments_setting("email_link_days"))


def email_event(event: dict[str, Any], comment: Comment | None, user_id: int, to: str) -> None:
    """One event to one moderator: a held comment with its one-click links, anything else as
    its one-line summary and the admin link."""
    if event["type"] == Event.COMMENT_HELD and comment is not None:
        subject = f"Held for moderation: {_excerpt(comment, 60)}"
        _send(one_line_name(subject), _describe(comment, user_id), to)
    else:
        headline, link = _told(event)
        _send(one_line_name(Truncator(headline).chars(120)), f"{headline}\n\n{link}", to)


def email_digest(items: list[tuple[dict[str, Any], Comment | None]], user_id: int, to: str) -> int:
    """The events that waited past the hourly limit, in one email; how many it told. A held
    comment a moderator dealt with since is left out (there is nothing left to do)."""
    parts = []
    for event, comment in items:
        if event["type"] == Event.COMMENT_HELD:
            if comment is not None and comment.is_pending:
                parts.append(_describe(comment, user_id))
        else:
            parts.append("\n".join(_told(event)))
    if not parts:
        return 0
    if all(event["type"] == Event.COMMENT_HELD for event, _comment in items):
        subject = f"{len(parts)} comments held for moderation"
    else:
        subject = f"{len(parts)} moderation events"
    _send(subject, "\n\n".join(parts), to)
    return len(parts)


def _told(event: dict[str, Any]) -> tuple[str, str]:
    headline, link = webhooks.summary(event).split("\n", 1)
    return headline, link


def _describe(comment: Comment, user_id: int) -> str:
    reasons = "\n".join(f"  - {d.reason}" for d in comment.decisions.all())
    nonce = new_nonce()
    links = "\n".join(
        f"{action.capitalize()}: {_site_url()}{_link(comment, action, user_id, nonce)}"
        for action in ACTIONS
    )
    admin = f"{_site_url()}{reverse('admin:comments_comment_change', args=[comment.pk])}"
    # One line again on the way out: rows stored before names were cleaned, and imports.
    name, title = one_line_name(comment.author_name), one_line_name(comment.thread.title)
    return (
        f'{name} on "{title}":\n\n{_excerpt(comment, 600)}\n\n'
        f"Why it was held:\n{reasons}\n\n{links}\n(links valid for "
        f"{comments_setting('email_link_days')} days)\nIn the admin: {admin}"
    )


def _link(comment: Comment, action: str, user_id: int, nonce: str) -> str:
    token = link_token(comment.pk, action, user_id, status=comment.status, nonce=nonce)
    return reverse("comments:email-moderate", kwargs={"token": token})


def _site_url() -> str:
    # A host project without SITE_URL gets links from the root; emails need it set.
    return str(getattr(settings, "SITE_URL", "")).rstrip("/")


def _excerpt(comment: Comment, length: int) -> str:
    return Truncator(" ".join(comment.content.split())).chars(length)


def _send(subject: str, body: str, to: str) -> None:
    try:
        send_mail(subject, body, None, [to])
    except Exception:
        # A mail server that is down must not turn a reader's comment into a 500.
        logger.exception("could not email a moderator about a held comment")
