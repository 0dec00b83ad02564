from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from moderation.checks.context import ReviewContext
from moderation.conf import gate_setting
from moderation.verdict import Action, CheckName, Reason, RejectCode


def closed_thread(ctx: ReviewContext) -> list[Reason]:
    """A thread closed by hand, or older than `close_after_days`, takes nothing."""
    thread = ctx.submission.thread
    days = ctx.setting("close_after_days")
    if not thread.is_open:
        text = "rejected: the thread is closed"
    elif is_past_closing_age(thread.created, days):
        text = f"rejected: the thread closed after {days} days"
    else:
        return []
    return [Reason(CheckName.CLOSED_THREAD, Action.REJECT, text, RejectCode.CLOSED)]


def is_past_closing_age(created: object, days: int | None = None) -> bool:
    """Older than `days` (the thread's own setting), or than the site's `close_after_days`."""
    if days is None:
        days = gate_setting("close_after_days")
    if not days:
        return False
    return bool(created < timezone.now() - timedelta(days=days))  # type: ignore[operator]
