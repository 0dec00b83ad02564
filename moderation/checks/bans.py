"""Bans and suspensions: a banned commenter, user or network is refused, and nothing is stored."""

from __future__ import annotations

import functools
import ipaddress

from django.db import connection
from django.db.models import Q, QuerySet
from django.utils import timezone

from moderation.checks.context import ReviewContext
from moderation.identity import commenter_digest
from moderation.models import Ban
from moderation.sql_names import column, table
from moderation.verdict import Action, CheckName, Reason, RejectCode


def find_ban(email: str, user_id: int | None, address: str | None) -> Ban | None:
    """The active ban that covers this commenter, user or address, if any.

    Hand-written SQL (the ORM's Q objects took 6% of a POST's CPU, for a query that is
    nearly always empty); `covering_bans` is the same question through the ORM, and a test holds
    the two to the same answers."""
    parsed = _address(address)
    who = [Ban.Kind.COMMENTER.value, commenter_digest(email)]
    if user_id is not None:
        who += [Ban.Kind.USER.value, str(user_id)]
    if parsed is not None:
        who.append(Ban.Kind.NETWORK.value)
    now = connection.ops.adapt_datetimefield_value(timezone.now())
    sql = _ban_sql(connection.vendor, user_id is not None, parsed is not None)
    for ban in Ban.objects.raw(sql, [now, *who]):
        if ban.kind != Ban.Kind.NETWORK:
            return ban
        try:
            if parsed in ipaddress.ip_network(ban.value, strict=False):
                return ban
        except ValueError:
            continue
    return None


def covering_bans(email: str, user_id: int | None, address: str | None) -> QuerySet[Ban]:
    """find_ban's candidates through the ORM, unordered (the tests hold find_ban to it)."""
    wanted = Q(kind=Ban.Kind.COMMENTER, value=commenter_digest(email))
    if user_id is not None:
        wanted |= Q(kind=Ban.Kind.USER, value=str(user_id))
    if _address(address) is not None:
        wanted |= Q(kind=Ban.Kind.NETWORK)
    now = timezone.now()
    return Ban.objects.filter(Q(until__isnull=True) | Q(until__gt=now)).filter(wanted)


@functools.lru_cache(maxsize=8)
def _ban_sql(vendor: str, by_user: bool, by_network: bool) -> str:
    kind, value, until = (column(Ban, name) for name in ("kind", "value", "until"))
    every = ", ".join(column(Ban, field.name) for field in Ban._meta.concrete_fields)
    who = [f"({kind} = %s AND {value} = %s)"]
    if by_user:
        who.append(f"({kind} = %s AND {value} = %s)")
    if by_network:
        who.append(f"{kind} = %s")
    # Only names from the model's own metadata go into the text; every value is a parameter.
    return (
        f"SELECT {every} FROM {table(Ban)} "  # noqa: S608
        f"WHERE ({until} IS NULL OR {until} > %s) AND ({' OR '.join(who)}) "
        f"ORDER BY {until} DESC"
    )


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
