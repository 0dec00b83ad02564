from __future__ import annotations

import logging

from moderation.addresses import network_key
from moderation.checks.context import ReviewContext
from moderation.conf import gate_setting
from moderation.identity import keyed_email_digest, limit_identity
from moderation.limits import (
    Exceeded,
    LimiterUnavailable,
    check_flood,
    check_rate,
    forget_flood,
)
from moderation.verdict import Action, CheckName, Reason, RejectCode

logger = logging.getLogger(__name__)


def rate_limits(ctx: ReviewContext) -> list[Reason]:
    """Per-network and per-email rates, then the flood interval; staff are exempt.

    Edits count against the same rates in counters of their own (an edit is a write too: they
    were unlimited), without the flood interval: fixing a typo seconds after posting is normal.
    """
    sub = ctx.submission
    if sub.is_staff:
        return []
    network = network_key(sub.ip_address)
    # The mailbox, not the spelling: plus tags, Gmail's dots, invisible characters and
    # fullwidth letters would each give a fresh allowance.
    email = keyed_email_digest(limit_identity(sub.author_email), "ratelimit")
    try:
        exceeded = _first_exceeded(network, email, editing=sub.editing_id is not None)
    except LimiterUnavailable as error:
        logger.warning("rate limiter unavailable, holding the comment: %s", error)
        return [Reason(CheckName.RATE_LIMIT, Action.HOLD, "held: rate limiter unavailable")]
    if exceeded is None:
        return []
    return [
        Reason(
            CheckName.RATE_LIMIT,
            Action.REJECT,
            f"rejected: {exceeded.what} over {exceeded.rate}",
            RejectCode.RATE_LIMITED,
            exceeded.retry_after,
        )
    ]


def release_flood(ctx: ReviewContext) -> None:
    """Forget this submission's flood marks: it was nudged and stored nothing, so its author
    may send it again (or their edit of it) at once. The rates still count it."""
    sub = ctx.submission
    network = network_key(sub.ip_address)
    email = keyed_email_digest(limit_identity(sub.author_email), "ratelimit")
    try:
        if network:
            forget_flood("ip", network)
        forget_flood("email", email)
    except LimiterUnavailable:
        logger.warning("rate limiter unavailable; the nudged author waits out the flood interval")


def _first_exceeded(network: str | None, email: str, editing: bool) -> Exceeded | None:
    kind = "comments:edit" if editing else "comments"
    checks = []
    if network:
        label = f"address {network}"
        checks += [(f"{kind}:ip", network, rate, label) for rate in gate_setting("ip_rates")]
    checks += [(f"{kind}:email", email, rate, "email") for rate in gate_setting("email_rates")]
    for group, value, rate, label in checks:
        exceeded = check_rate(group, value, rate, label)
        if exceeded:
            return exceeded
    if editing:
        return None
    interval = gate_setting("flood_interval")
    if network:
        exceeded = check_flood("ip", network, interval, f"address {network}")
        if exceeded:
            return exceeded
    return check_flood("email", email, interval, "email")
