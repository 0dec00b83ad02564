"""Readers' "notify me of follow-up comments by email" (issue 16): double opt-in, who is told
about a new comment, and one-click unsubscribing.

Anyone can type any address into the form, so nothing goes to it before its owner says yes:
- A comment posted with `follow_up` set stores a pending FollowUp. The confirmation email goes
  out only once that comment is published (`comment_published`): a comment held for a
  moderator waits, and spam is never published, so a bot cannot make this server mail an
  address it typed. That confirmation is the one email an address gets before it is
  confirmed, and an address gets at most `follow_up_confirmations_per_day` of them a day
  (counted by commenter digest, so plus tags and Gmail's dots are one mailbox), which is all
  a person can do to someone else's mailbox by posting comments under their address.
- The link is signed, valid for `follow_up_link_days` and works once; opening it shows a
  button and only the POST of that button confirms (mail scanners open every link).
- A published comment is emailed to each confirmed subscriber of its thread (scope "thread")
  and of its parent (scope "replies"), one email per person, never to its own author, each
  with only that reader's address in To. A person gets at most `follow_up_per_hour` follow-up
  emails an hour; beyond that a comment is skipped for them, not saved for a digest: the
  thread is there to read, and a digest would be a second kind of email to get right.
- Every email carries an unsubscribe link and RFC 8058 one-click headers. Unsubscribing ends
  every subscription of that person in that thread.

Everything here runs on the task queue (comments.tasks.tell_followers), never in the request,
but for one indexed question (`anyone_to_tell`): most comments have nobody to tell, and a task
for each of them would double the writes of every POST.
"""

from __future__ import annotations

import functools
import logging
from datetime import datetime, timedelta

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMessage
from django.db import IntegrityError, connection, transaction
from django.db.models import Q, QuerySet
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from comments.conf import comments_setting
from comments.fields import one_line_name
from comments.models import Comment, FollowUp, FollowUpEmail
from moderation.identity import canonical_email, commenter_digest
from moderation.sql_names import column, table

logger = logging.getLogger(__name__)

_CONFIRM_SALT = "comments.follow-up.confirm"
_UNSUBSCRIBE_SALT = "comments.follow-up.unsubscribe"
EXCERPT_LENGTH = 400


def subscribe(comment: Comment, scope: str, language: str) -> FollowUp | None:
    """A pending subscription asked with this comment (sent nothing: see the module)."""
    email = canonical_email(comment.author_email)
    if not email or scope not in FollowUp.Scope.values:
        return None
    return FollowUp.objects.create(
        thread_id=comment.thread_id,
        comment=comment,
        email=email,
        email_digest=commenter_digest(email),
        scope=scope,
        language=language[:10],
    )


def comment_published(comment_id: int, now: datetime | None = None) -> int:
    """What a newly published comment sends: follow-ups to the confirmed subscribers, then the
    confirmation of the subscription asked with it. Safe to run twice. Returns emails sent."""
    comment = Comment.objects.select_related("thread").filter(pk=comment_id).first()
    if comment is None or not comment.is_published:
        return 0  # deleted or unpublished since it was queued
    now = now or timezone.now()
    sent = sum(_tell(subscription, comment, now) for subscription in _followers(comment))
    pending = FollowUp.objects.filter(
        comment=comment, confirmed__isnull=True, unsubscribed__isnull=True
    ).first()
    if pending is not None and _send_confirmation(pending, comment, now):
        sent += 1
    return sent


def anyone_to_tell(comment: Comment) -> bool:
    """Whether this comment's publication may send an email: an active subscription to its
    thread or its parent, or the pending one asked with it. A subscription confirmed after
    this answer hears from the next comment on. Hand-written SQL: it runs on every POST, and
    the ORM's Q objects cost more CPU than the indexed query itself."""
    sql = _anyone_sql(connection.vendor)
    params: list[str | int] = [
        FollowUp.Scope.THREAD.value,
        comment.thread_id,
        FollowUp.Scope.REPLIES.value,
        comment.parent_id or 0,
        comment.pk,
    ]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchone() is not None


@functools.lru_cache(maxsize=4)
def _anyone_sql(vendor: str) -> str:
    confirmed, scope = column(FollowUp, "confirmed"), column(FollowUp, "scope")
    thread, comment = column(FollowUp, "thread"), column(FollowUp, "comment")
    # Only names from the model's own metadata go into the text; every value is a parameter.
    return (
        f"SELECT 1 FROM {table(FollowUp)} "  # noqa: S608
        f"WHERE {column(FollowUp, 'unsubscribed')} IS NULL AND (({confirmed} IS NOT NULL AND ("
        f"({scope} = %s AND {thread} = %s) OR ({scope} = %s AND {comment} = %s))) "
        f"OR ({comment} = %s AND {confirmed} IS NULL)) LIMIT 1"
    )


def _followers(comment: Comment) -> list[FollowUp]:
    """One active subscription per person who wants to hear about this comment, a replies one
    first (its email says "a reply to your comment"); its author is left out."""
    wanted = Q(thread_id=comment.thread_id, scope=FollowUp.Scope.THREAD)
    if comment.parent_id is not None:
        wanted |= Q(comment_id=comment.parent_id, scope=FollowUp.Scope.REPLIES)
    candidates = active().filter(wanted).exclude(comment_id=comment.pk)
    if comment.author_email:
        # By digest: the author under another spelling of their address is still the author.
        candidates = candidates.exclude(email_digest=commenter_digest(comment.author_email))
    chosen: dict[str, FollowUp] = {}
    for subscription in candidates.order_by("scope", "pk"):
        chosen.setdefault(subscription.email_digest, subscription)
    return list(chosen.values())


def active() -> QuerySet[FollowUp]:
    return FollowUp.objects.filter(confirmed__isnull=False, unsubscribed__isnull=True)


def _tell(subscription: FollowUp, comment: Comment, now: datetime) -> bool:
    person = FollowUpEmail.objects.filter(subscription__email_digest=subscription.email_digest)
    if person.filter(comment=comment).exists():
        return False  # told already (the task ran before)
    if person.filter(sent__gt=now - timedelta(hours=1)).count() >= comments_setting(
        "follow_up_per_hour"
    ):
        return False
    try:
        with transaction.atomic():
            FollowUpEmail.objects.create(subscription=subscription, comment=comment, sent=now)
    except IntegrityError:
        return False  # another run of the task got there first
    with translation.override(subscription.language or settings.LANGUAGE_CODE):
        subject, body = _follow_up_text(subscription, comment)
    return _send(subscription, subject, body)


def _send_confirmation(subscription: FollowUp, comment: Comment, now: datetime) -> bool:
    if subscription.confirmation_sent is not None:
        return False
    whole_thread = FollowUp.objects.filter(
        email_digest=subscription.email_digest,
        thread_id=subscription.thread_id,
        scope=FollowUp.Scope.THREAD,
        unsubscribed__isnull=True,
    ).exclude(pk=subscription.pk)
    link_age = timedelta(days=comments_setting("follow_up_link_days"))
    asked = Q(confirmed__isnull=False)
    if subscription.scope == FollowUp.Scope.THREAD:
        # A second "whole thread" while the first one's link still works: that link will do.
        asked |= Q(confirmation_sent__gt=now - link_age)
    if whole_thread.filter(asked).exists():
        # Told about everything in this thread already: a second subscription adds nothing.
        subscription.delete()
        return False
    asked_today = FollowUp.objects.filter(
        email_digest=subscription.email_digest, confirmation_sent__gt=now - timedelta(days=1)
    ).count()
    if asked_today >= comments_setting("follow_up_confirmations_per_day"):
        logger.warning("follow-up confirmation %d not sent: daily limit", subscription.pk)
        return False
    claimed = FollowUp.objects.filter(pk=subscription.pk, confirmation_sent__isnull=True).update(
        confirmation_sent=now
    )
    if not claimed:
        return False  # another run of the task sent it
    with translation.override(subscription.language or settings.LANGUAGE_CODE):
        subject, body = _confirmation_text(subscription, comment)
    return _send(subscription, subject, body)


def _scope_reason(subscription: FollowUp) -> str:
    if subscription.scope == FollowUp.Scope.REPLIES:
        return _("You get this email because you asked to hear about replies to your comment.")
    return _("You get this email because you asked to hear about new comments in this discussion.")


def _follow_up_text(subscription: FollowUp, comment: Comment) -> tuple[str, str]:
    title = one_line_name(comment.thread.title)
    if subscription.scope == FollowUp.Scope.REPLIES:
        subject = _("New reply to your comment on “%(title)s”") % {"title": title}
    else:
        subject = _("New comment on “%(title)s”") % {"title": title}
    body = "\n\n".join(
        [
            _("%(name)s wrote:") % {"name": one_line_name(comment.author_name)},
            _excerpt(comment),
            _("Read it: %(link)s") % {"link": comment_link(comment)},
            _scope_reason(subscription),
            _("Unsubscribe: %(link)s") % {"link": unsubscribe_url(subscription)},
        ]
    )
    return one_line_name(Truncator(subject).chars(150)), body


def _confirmation_text(subscription: FollowUp, comment: Comment) -> tuple[str, str]:
    title = one_line_name(comment.thread.title)
    if subscription.scope == FollowUp.Scope.REPLIES:
        asked = _("Someone, hopefully you, asked to be emailed about replies to this comment:")
    else:
        asked = _(
            "Someone, hopefully you, asked to be emailed about new comments in the "
            "discussion under this comment:"
        )
    days = comments_setting("follow_up_link_days")
    body = "\n\n".join(
        [
            asked,
            _excerpt(comment) + "\n" + comment_link(comment),
            _(
                "To start, open this link and press the button there (it works for %(days)d "
                "days):\n%(link)s"
            )
            % {"days": days, "link": confirm_url(subscription)},
            _(
                "If it was not you, ignore this email: without your confirmation nothing "
                "more is sent to this address. To refuse for good: %(link)s"
            )
            % {"link": unsubscribe_url(subscription)},
        ]
    )
    subject = _("Confirm: email me about new comments on “%(title)s”") % {"title": title}
    return one_line_name(Truncator(subject).chars(150)), body


def _excerpt(comment: Comment) -> str:
    return Truncator(" ".join(comment.content.split())).chars(EXCERPT_LENGTH)


def _send(subscription: FollowUp, subject: str, body: str) -> bool:
    """One email to one reader: only their address in To, the one-click headers of RFC 8058
    (the mail client POSTs `List-Unsubscribe=One-Click` to the link, views.follow_ups)."""
    message = EmailMessage(
        subject,
        body,
        None,
        [subscription.email],
        headers={
            "List-Unsubscribe": f"<{unsubscribe_url(subscription)}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            # An automatic message: out-of-office replies should not answer it (RFC 3834).
            "Auto-Submitted": "auto-generated",
        },
    )
    try:
        message.send()
    except Exception:
        # Not retried: the row says it was sent, and a second email would be worse than none.
        logger.exception("could not send follow-up email of subscription %d", subscription.pk)
        return False
    return True


def _site_url() -> str:
    return str(getattr(settings, "SITE_URL", "")).rstrip("/")


def comment_link(comment: Comment) -> str:
    link = comment.get_absolute_url()
    return link if link.startswith(("http://", "https://")) else f"{_site_url()}{link}"


def confirm_url(subscription: FollowUp) -> str:
    token = signing.dumps(subscription.pk, salt=_CONFIRM_SALT)
    return f"{_site_url()}{reverse('comments:follow-up-confirm', kwargs={'token': token})}"


def unsubscribe_url(subscription: FollowUp) -> str:
    token = signing.dumps(subscription.pk, salt=_UNSUBSCRIBE_SALT)
    return f"{_site_url()}{reverse('comments:follow-up-unsubscribe', kwargs={'token': token})}"


def from_confirm_token(token: str) -> FollowUp | None:
    """The subscription a valid confirmation token names, within `follow_up_link_days`."""
    max_age = timedelta(days=comments_setting("follow_up_link_days"))
    pk = _read(token, _CONFIRM_SALT, max_age)
    if pk is None:
        return None
    return FollowUp.objects.select_related("thread", "comment").filter(pk=pk).first()


def unsubscribe_id(token: str) -> int | None:
    """The subscription an unsubscribe token names. No age limit: an old email's link must
    still stop the emails (the row itself may be gone, which is fine: nothing is sent)."""
    return _read(token, _UNSUBSCRIBE_SALT, None)


def _read(token: str, salt: str, max_age: timedelta | None) -> int | None:
    try:
        value = signing.loads(token, salt=salt, max_age=max_age)
    except signing.BadSignature:
        return None
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def confirm(subscription: FollowUp, now: datetime | None = None) -> bool:
    """Confirm a pending subscription; False if it was confirmed or unsubscribed already (the
    link works once, and a stale one cannot undo an unsubscribe)."""
    now = now or timezone.now()
    done = FollowUp.objects.filter(
        pk=subscription.pk, confirmed__isnull=True, unsubscribed__isnull=True
    ).update(confirmed=now)
    if done:
        subscription.confirmed = now
    return bool(done)


def unsubscribe(subscription_id: int, now: datetime | None = None) -> int:
    """End every subscription of this person in this thread; idempotent. Returns how many
    were still on (0 when already unsubscribed, erased or purged)."""
    subscription = FollowUp.objects.filter(pk=subscription_id).first()
    if subscription is None:
        return 0
    return FollowUp.objects.filter(
        thread_id=subscription.thread_id,
        email_digest=subscription.email_digest,
        unsubscribed__isnull=True,
    ).update(unsubscribed=now or timezone.now())


def of_email(email: str) -> QuerySet[FollowUp]:
    """Every subscription with this address (personal data), matched as comments_of matches
    comments: by the canonical spelling, not by the digest, which also folds plus tags and is
    for limits, not for handing someone data."""
    canonical = canonical_email(email)
    if not canonical:
        return FollowUp.objects.none()
    return FollowUp.objects.filter(email__iexact=canonical)


def expired(now: datetime) -> QuerySet[FollowUp]:
    """Subscriptions no longer of use, for the daily purge: unconfirmed ones whose link expired
    (or that were never sent one in that time: their comment was not published) and ones
    unsubscribed that long ago."""
    before = now - timedelta(days=comments_setting("follow_up_link_days"))
    return FollowUp.objects.filter(
        Q(confirmed__isnull=True, confirmation_sent__isnull=True, created__lt=before)
        | Q(confirmed__isnull=True, confirmation_sent__lt=before)
        | Q(unsubscribed__lt=before)
    )
