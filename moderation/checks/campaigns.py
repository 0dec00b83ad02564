"""Spam campaigns: a comment that joins a campaign moderators marked spam is spam; one that joins
a campaign nobody reviewed yet, or would start one, is held. Never a reject.

Spam needs strong evidence, and a moderator having looked at the campaign and marked it spam is
that. A campaign marked "not a campaign" holds nothing any more.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta

from moderation import campaigns, history
from moderation.campaigns import Review
from moderation.checks.context import ReviewContext
from moderation.conf import gate_setting
from moderation.identity import commenter_digest
from moderation.verdict import Action, CheckName, Reason


def campaign(ctx: ReviewContext) -> list[Reason]:
    sub = ctx.submission
    sought = campaigns.fingerprint(sub.content)
    if sought is None:
        return []
    hours = gate_setting("campaign_window_hours")
    now = datetime.fromtimestamp(ctx.now, tz=UTC)
    candidates = history.current().near_duplicates(
        sought.keys, now - timedelta(hours=hours), sub.editing_id
    )
    if not candidates:
        ctx.near_duplicates = ()
        return []
    commenter = commenter_digest(sub.author_email) if sub.author_email else ""
    found = campaigns.match(sought, candidates, commenter, campaigns.network_of(sub.ip_address))
    ctx.near_duplicates = tuple(near.pk for near in found.similar)
    joined = found.campaign
    if joined is not None:
        if joined.status == Review.SPAM:
            text = f"spam: joins campaign #{joined.pk}, {joined.size} comments marked spam"
            return [Reason(CheckName.CAMPAIGN, Action.SPAM, text)]
        if joined.status == Review.UNREVIEWED:
            age = max(1, math.ceil((now - joined.first_seen).total_seconds() / 3600))
            text = (
                f"held: joins campaign #{joined.pk} ({joined.size} comments from "
                f"{_people(joined.commenters, joined.networks)} in {age} h)"
            )
            return [Reason(CheckName.CAMPAIGN, Action.HOLD, text)]
        return []
    if not found.forms:
        return []
    text = (
        f"held: starts a campaign: near-duplicate of {_count(len(found.similar), 'comment')} "
        f"({_people(found.commenters, found.networks)} in {hours} h)"
    )
    return [Reason(CheckName.CAMPAIGN, Action.HOLD, text)]


def _people(commenters: int, networks: int) -> str:
    return f"{_count(commenters, 'commenter')} on {_count(networks, 'network')}"


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
