"""Telling webhook endpoints and chat rooms about moderation events.

An endpoint is one kind of channel (comments.channels); comments.notices decides when it is
told. The path of one event: `payload(...)` builds it, `deliver(endpoint, event)` stores a
pending delivery and posts it once (`digest(events)` makes one event of several, for a chat
room past its hourly limit). A failed attempt is retried by the worker's sweep
(`due_deliveries(now)`, `manage.py send_webhooks`) with exponential backoff for a day, then the
delivery is marked failed. `create_deliveries(event)` stores one pending delivery per subscribed
endpoint and sends nothing.

An event carries ids, the thread, status, reasons, score and admin links; never the author's
email, address, user agent or edit secret (reason texts are scrubbed of emails and addresses,
which a moderator's key may hold).
"""

from __future__ import annotations

import ipaddress
import json
import logging
import re
import time
import uuid
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from typing import Any

from django.conf import settings
from django.db.models import F, QuerySet
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from comments import outbound
from comments.conf import comments_setting
from comments.models import Campaign, Comment, Decision
from comments.webhook_models import Event, WebhookDelivery, WebhookEndpoint
from comments.webhook_signing import HEADER, sign

logger = logging.getLogger(__name__)

RETRY_FOR = timedelta(hours=24)
FIRST_RETRY = timedelta(seconds=30)
LONGEST_WAIT = timedelta(hours=1)
# A claimed delivery is due again after this if its worker dies mid-attempt.
CLAIM_FOR = timedelta(minutes=10)
USER_AGENT = "comment-gate-webhooks/1"
HIDDEN = "[hidden]"

_EMAIL = re.compile(r"[^\s@'\"<>()]+@[^\s@'\"<>()]+\.[^\s@'\"<>()]+")
# Candidates only: each is kept unless ipaddress reads it as an address ("12:30:45" is none).
_ADDRESS = re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}\b|[0-9A-Fa-f.]*:[0-9A-Fa-f.]*:[0-9A-Fa-f:.]*")


def payload(
    event_type: str,
    *,
    comment: Comment | None = None,
    campaign: Campaign | None = None,
    model_version: str | None = None,
    reasons: Iterable[tuple[str, str]] | None = None,
    extra: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """The event as JSON-ready data. `reasons` are (code, text) pairs; by default the comment's
    decisions that are not plain approvals. `extra` must hold no personal data (it is scrubbed
    of emails and addresses all the same)."""
    if event_type not in Event.values:
        raise ValueError(f"unknown webhook event type {event_type!r}")
    event: dict[str, Any] = {
        "id": uuid.uuid4().hex,
        "type": event_type,
        "created": timezone.now().astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
    }
    links: list[str] = []
    if comment is not None:
        event["comment"] = _comment_part(comment, reasons)
        links.append(event["comment"]["admin_url"])
    if campaign is not None:
        event["campaign"] = {
            "id": campaign.pk,
            "status": campaign.status,
            "size": campaign.size,
            "commenters": campaign.commenters,
            "threads": campaign.threads,
            "admin_url": _admin_url("admin:comments_campaign_change", campaign.pk),
        }
        links.append(event["campaign"]["admin_url"])
    if model_version is not None:
        event["model"] = {
            "version": model_version,
            "admin_url": _admin_url("admin:moderation_spammodel_changelist"),
        }
        links.append(event["model"]["admin_url"])
    if extra:
        event["extra"] = _scrubbed(extra)
    event["admin_url"] = (
        links[0] if links else _admin_url("admin:comments_webhookdelivery_changelist")
    )
    return event


def _comment_part(comment: Comment, reasons: Iterable[tuple[str, str]] | None) -> dict[str, Any]:
    if reasons is None:
        reasons = [
            (d.check_name or d.action, d.reason)
            for d in comment.decisions.all()
            if d.action != Decision.Action.APPROVE
        ]
    return {
        "id": comment.pk,
        "thread": comment.thread.key,
        "thread_title": comment.thread.title,
        "status": comment.status,
        "score": None if comment.score is None else round(comment.score, 4),
        "reasons": [{"code": code, "text": _scrub(str(text))} for code, text in reasons],
        "admin_url": _admin_url("admin:comments_comment_change", comment.pk),
    }


def _admin_url(name: str, *args: Any) -> str:
    base = comments_setting("site_url") or getattr(settings, "SITE_URL", "")
    return f"{str(base).rstrip('/')}{reverse(name, args=args)}"


def _scrub(text: str) -> str:
    def hide(match: re.Match[str]) -> str:
        found = match.group()
        # A sentence may end right after an address: "... from fe80::1."
        for candidate in (found, found.rstrip(".")):
            try:
                ipaddress.ip_address(candidate)
            except ValueError:
                continue
            return HIDDEN + found[len(candidate) :]
        return found

    return _ADDRESS.sub(hide, _EMAIL.sub(HIDDEN, text))


def _scrubbed(value: Any) -> Any:
    if isinstance(value, str):
        return _scrub(value)
    if isinstance(value, dict):
        return {key: _scrubbed(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_scrubbed(item) for item in value]
    return value


def summary(event: dict[str, Any]) -> str:
    """One line for a chat room, in the site's language, then the admin link."""
    with translation.override(settings.LANGUAGE_CODE):
        return f"{_headline(event)}\n{event['admin_url']}"


def _headline(event: dict[str, Any]) -> str:
    kind = event["type"]
    comment = event.get("comment")
    if comment is not None:
        values = {"id": comment["id"], "title": comment["thread_title"]}
        if kind == Event.COMMENT_SPAM_CAUGHT:
            line = _("Comment #%(id)s on “%(title)s” was caught as spam") % values
        elif kind == Event.COMMENT_REPORTED:
            line = _("Comment #%(id)s on “%(title)s” was reported by readers") % values
        else:
            line = _("Comment #%(id)s on “%(title)s” is held for moderation") % values
        if comment["score"] is not None:
            line += " " + _("(spam score %(score)s%%)") % {"score": round(comment["score"] * 100)}
        texts = [reason["text"] for reason in comment["reasons"]]
        return f"{line}: {'; '.join(texts)}" if texts else line
    if "campaign" in event:
        part = event["campaign"]
        return _("Spam campaign #%(id)s found: %(size)s comments") % part
    if "model" in event:
        return _("Spam model %(version)s is now active") % event["model"]
    if kind == Event.DIGEST:
        return _digest_headline(event["events"])
    return _("Test event from the comment moderation desk")


# A chat message stays readable (and under Telegram's 4,096 characters) however many waited.
DIGEST_LINES = 20


def _digest_headline(events: list[dict[str, Any]]) -> str:
    lines = [
        _("%(count)s events waited past the hourly limit:") % {"count": len(events)},
        *(f"• {_headline(event)} {event['admin_url']}" for event in events[:DIGEST_LINES]),
    ]
    if len(events) > DIGEST_LINES:
        lines.append(_("… and %(count)s more") % {"count": len(events) - DIGEST_LINES})
    return "\n".join(lines)


def format_for(endpoint: WebhookEndpoint, event: dict[str, Any]) -> bytes:
    """The body for this endpoint's kind: the event itself, or a chat message about it."""
    if endpoint.kind == WebhookEndpoint.Kind.SLACK:
        # Slack reads &, < and > as markup (<!channel> pings everyone); the others tolerate it.
        text = summary(event).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        message: dict[str, Any] = {"text": text}
    elif endpoint.kind == WebhookEndpoint.Kind.TELEGRAM:
        # Plain text (no parse_mode): nothing in a title can turn into markup.
        message = {
            "chat_id": endpoint.chat_id,
            "text": summary(event),
            "disable_web_page_preview": True,
        }
    else:
        message = event
    return json.dumps(message, ensure_ascii=False, separators=(",", ":")).encode()


def create_deliveries(event: dict[str, Any]) -> list[WebhookDelivery]:
    """One pending delivery per active endpoint subscribed to the event; sends nothing."""
    # Filtered here, not in SQL: JSONField `contains` does not work on SQLite, and the
    # endpoints of a site are a handful.
    endpoints = [
        endpoint
        for endpoint in WebhookEndpoint.objects.filter(active=True)
        if event["type"] != Event.TEST and endpoint.subscribes_to(event["type"])
    ]
    return [_delivery(endpoint, event) for endpoint in endpoints]


def deliver(endpoint: WebhookEndpoint, event: dict[str, Any]) -> WebhookDelivery:
    """One event to one endpoint, tried once now; the worker's sweep retries a failure."""
    return attempt(_delivery(endpoint, event))


def digest(events: list[dict[str, Any]]) -> dict[str, Any]:
    """One event that tells several (for a chat room past its hourly limit)."""
    event: dict[str, Any] = {
        "id": uuid.uuid4().hex,
        "type": Event.DIGEST.value,
        "created": timezone.now().astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "events": events,
        "admin_url": _admin_url("admin:comments_comment_changelist"),
    }
    return event


def deliver_digest(
    endpoint: WebhookEndpoint, events: list[dict[str, Any]]
) -> WebhookDelivery | None:
    return deliver(endpoint, digest(events)) if events else None


def _delivery(endpoint: WebhookEndpoint, event: dict[str, Any]) -> WebhookDelivery:
    return WebhookDelivery.objects.create(
        endpoint=endpoint, event_type=event["type"], body=format_for(endpoint, event).decode()
    )


def due_deliveries(now: datetime) -> QuerySet[WebhookDelivery]:
    """Pending deliveries due by `now`; an inactive endpoint's wait until it is active again."""
    return (
        WebhookDelivery.objects.filter(
            status=WebhookDelivery.Status.PENDING,
            next_attempt_at__lte=now,
            endpoint__active=True,
        )
        .select_related("endpoint")
        .order_by("next_attempt_at", "pk")
    )


def backoff(attempts: int) -> timedelta:
    """The wait after the `attempts`-th failed attempt: 30 s, 1 min, 2 min ... at most 1 h."""
    doublings = min(max(attempts, 1) - 1, 16)
    return min(FIRST_RETRY * 2**doublings, LONGEST_WAIT)


def attempt(delivery: WebhookDelivery, now: datetime | None = None) -> WebhookDelivery:
    """One attempt at a pending delivery; safe to call twice (the second finds it claimed or
    finished and sends nothing)."""
    now = now or timezone.now()
    # The claim: of two workers holding the same row, one moves `attempts` on first and
    # the other updates nothing, so one attempt is one POST.
    claimed = WebhookDelivery.objects.filter(
        pk=delivery.pk, status=WebhookDelivery.Status.PENDING, attempts=delivery.attempts
    ).update(attempts=F("attempts") + 1, next_attempt_at=now + CLAIM_FOR)
    if not claimed:
        delivery.refresh_from_db()
        return delivery
    delivery.attempts += 1
    endpoint = delivery.endpoint
    body = delivery.body.encode()
    outcome = outbound.post(endpoint.url, body, _headers(endpoint, delivery, body))
    delivery.last_status_code = outcome.status_code
    delivery.last_latency_ms = outcome.latency_ms
    delivery.last_error = outcome.error[:200]
    if outcome.ok:
        delivery.status = WebhookDelivery.Status.SUCCEEDED
        delivery.finished, delivery.next_attempt_at = now, None
    elif now - delivery.created >= RETRY_FOR:
        delivery.status = WebhookDelivery.Status.FAILED
        delivery.finished, delivery.next_attempt_at = now, None
    else:
        delivery.next_attempt_at = now + backoff(delivery.attempts)
    delivery.save(
        update_fields=[
            "status",
            "finished",
            "next_attempt_at",
            "last_status_code",
            "last_latency_ms",
            "last_error",
        ]
    )
    if not outcome.ok:
        # Ids only: the URL may hold a chat hook's secret.
        logger.info(
            "webhook delivery %s to endpoint %s, attempt %s: %s",
            delivery.pk,
            endpoint.pk,
            delivery.attempts,
            outcome.error,
        )
    return delivery


def _headers(endpoint: WebhookEndpoint, delivery: WebhookDelivery, body: bytes) -> dict[str, str]:
    headers = {"Content-Type": "application/json", "User-Agent": USER_AGENT}
    if endpoint.kind == WebhookEndpoint.Kind.SIGNED_JSON:
        headers[HEADER] = sign(endpoint.secret, body, int(time.time()))
        headers["X-Comment-Event"] = delivery.event_type
        headers["X-Comment-Delivery"] = str(delivery.pk)
    return headers


def send_test(endpoint: WebhookEndpoint) -> WebhookDelivery:
    """A `test` event to this endpoint now (active or not), attempted once and never retried:
    whoever pressed the button wants the answer, not a retry tomorrow."""
    delivery = _delivery(endpoint, payload(Event.TEST))
    delivery = attempt(delivery)
    if delivery.status == WebhookDelivery.Status.PENDING:
        delivery.status, delivery.finished = WebhookDelivery.Status.FAILED, timezone.now()
        delivery.next_attempt_at = None
        delivery.save(update_fields=["status", "finished", "next_attempt_at"])
    return delivery
