"""Bans and suspensions: a banned commenter, user or network is refused, and nothing is stored."""

from __future__ import annotations

import ipaddress

from django.db.models import Q
from django.utils import timezone

from moderation.checks.context import ReviewContext
from moderation.identity import commenter_digest
from moderation.models import Ban
from moderation.verdict import Action, CheckName, Reason, RejectCode


def find_ban(email: str, user_id: int | None, address: str | None) -> Ban | None:
    """The active ban that covers this commenter, user or address, if any."""
    now = timezone.now()
    wanted = Q(kind=Ban.Kind.COMMENTER, value=commenter_digest(email))
    if user_id is not None:
        wanted |= Q(kind=Ban.Kind.USER, value=str(user_id))
    parsed = _address(address)
    if parsed is not None:
        wanted |= Q(kind=Ban.Kind.NETWORK)
    active = Ban.objects.filter(Q(until__isnull=True) | Q(until__gt=now)).filter(wanted)
    for ban in active.order_by("-until"):
        if ban.kind != Ban.Kind.NETWORK:
            return ban
        try:
            if parsed in ipaddress.ip_network(ban.value, strict=False):
                return ban
        except ValueError:
            continue
    return None


def _address(address: str | None) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(address) if address else None
    except ValueError:
        return None


def banned(ctx: ReviewContext) -> list[Reason]:
    sub = ctx.submission
    ban = find_ban(sub.author_email, sub.user_id, sub.ip_address)
    if ban is None:
        return []
    until = f"until {ban.until:%Y-%m-%d %H:%M}" if ban.until else "for good"
    return [
        Reason(
            CheckName.BANNED,
            Action.REJECT,
            f"rejected: {ban.get_kind_display().lower()} banned {until} (ban #{ban.pk})",
            RejectCode.BANNED,
            until=ban.until,
            told=ban.reason,
        )
    ]
