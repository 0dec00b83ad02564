"""The gate's checks. Each takes the review context and returns its findings as `Reason`s.

A check that finds nothing returns an empty list. The order of `PIPELINE` is the order of the
gate (see ARCHITECTURE.md): the first `reject` or `spam` ends the review.
"""

from __future__ import annotations

from collections.abc import Callable

from moderation.checks import bans, campaigns, content, duplicates, limits, thread, traps, trust
from moderation.checks.context import ReviewContext
from moderation.verdict import Reason

Check = Callable[[ReviewContext], list[Reason]]

PIPELINE: list[Check] = [
    thread.closed_thread,
    bans.banned,
    traps.honeypot,
    traps.form_token,
    limits.rate_limits,
    duplicates.duplicate,
    campaigns.campaign,
    content.disallowed_keys,
    content.moderation_keys,
    content.links,
    trust.new_commenter,
    trust.rejection_rate,
    content.hold_all,
]
