"""Bot traps: a field people never fill, and the age of the form the comment was typed in."""

from __future__ import annotations

from moderation import tokens
from moderation.checks.context import ReviewContext
from moderation.conf import gate_setting
from moderation.verdict import Action, CheckName, Reason


def honeypot(ctx: ReviewContext) -> list[Reason]:
    if not ctx.submission.honeypot:
        return []
    return [Reason(CheckName.HONEYPOT, Action.SPAM, "spam: honeypot field filled in")]


def form_token(ctx: ReviewContext) -> list[Reason]:
    if ctx.submission.editing_id is not None:
        return []  # an edit comes from the API, with the secret given at creation
    raw = ctx.submission.form_token
    if not raw:
        return [_held("held: no form token (the form was not loaded from this site)")]
    token = tokens.read(raw)
    if token is None:
        return [_held("held: form token is forged or signed by another server")]
    if token.thread_key != ctx.submission.thread.key:
        return [_held(f"held: form token was issued for thread {token.thread_key!r}")]
    age = ctx.now - token.issued_at
    max_age = gate_setting("form_token_max_age")
    if age > max_age:
        return [_held(f"held: form shown {_duration(age)} ago, limit {_duration(max_age)}")]
    if age < gate_setting("form_min_seconds"):
        return [_held(f"held: sent {max(0, int(age))} s after the form was shown")]
    return []


def _held(text: str) -> Reason:
    return Reason(CheckName.FORM_TOKEN, Action.HOLD, text)


def _duration(seconds: float) -> str:
    if seconds >= 3600:
        return f"{int(seconds // 3600)} h"
    if seconds >= 60:
        return f"{int(seconds // 60)} min"
    return f"{int(seconds)} s"
