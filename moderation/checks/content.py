"""Rules on what a comment says and who says it: the moderators' keys, links, the hold switch."""

from __future__ import annotations

from moderation.checks.context import ReviewContext
from moderation.conf import gate_setting
from moderation.links import count_links
from moderation.rulebook import Keys
from moderation.verdict import Action, CheckName, Reason


def disallowed_keys(ctx: ReviewContext) -> list[Reason]:
    found = _match(ctx, ctx.rules.disallowed)
    if found is None:
        return []
    key, where = found
    return [
        Reason(CheckName.DISALLOWED_KEY, Action.SPAM, f"spam: disallowed key {key!r} in {where}")
    ]


def moderation_keys(ctx: ReviewContext) -> list[Reason]:
    found = _match(ctx, ctx.rules.moderation)
    if found is None:
        return []
    key, where = found
    return [
        Reason(CheckName.MODERATION_KEY, Action.HOLD, f"held: moderation key {key!r} in {where}")
    ]


def links(ctx: ReviewContext) -> list[Reason]:
    """Links in the content, plus one for a name that looks like a link."""
    count = count_links(ctx.content_forms[0])
    name_is_link = count_links(ctx.name_forms[0]) > 0
    total = count + (1 if name_is_link else 0)
    limit = gate_setting("hold_links")
    if not limit or total < limit:
        return []
    detail = f"{total} links" + (" (the name is a link)" if name_is_link else "")
    return [Reason(CheckName.LINKS, Action.HOLD, f"held: {detail}, {limit} or more are held")]


def hold_all(ctx: ReviewContext) -> list[Reason]:
    if ctx.rules.hold_all:
        where = "gate policy"
    elif ctx.submission.thread.premoderate:
        where = "this article's setting"
    else:
        return []
    return [Reason(CheckName.HOLD_ALL, Action.HOLD, f"held: every comment is held ({where})")]


def _match(ctx: ReviewContext, keys: Keys) -> tuple[str, str] | None:
    """The first key found, and where: content, name, email, website or address."""
    sub = ctx.submission
    candidates = (
        ("content", lambda: keys.match_text(*ctx.content_forms)),
        ("name", lambda: keys.match_text(*ctx.name_forms)),
        ("email", lambda: keys.match_email(ctx.folded_email)),
        ("website", lambda: keys.match_text(ctx.folded_url) if sub.author_url else None),
        ("address", lambda: keys.match_address(sub.ip_address)),
    )
    for where, find in candidates:
        key = find()
        if key is not None:
            return key, where
    return None
