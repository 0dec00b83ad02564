"""Rate limits (django-ratelimit) and the flood interval, keyed by network and by email digest.

The counters live in the default cache: Redis in production, so every app process counts
against the same numbers atomically. When the cache fails the limits cannot be checked; the
gate then holds the comment for a moderator instead of publishing it unchecked or losing it.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass

from django.core.cache import cache
from django_ratelimit.core import get_usage

logger = logging.getLogger(__name__)


class LimiterUnavailable(Exception):
    """The shared counters could not be read or written."""


@dataclass(frozen=True)
class Exceeded:
    what: str  # "address 203.0.113.7/32" (never an email: its digest is not shown either)
    rate: str  # "5/m", or "flood 15s"
    retry_after: int


def check_rate(group: str, value: str, rate: str, label: str) -> Exceeded | None:
    """Count one submission against `rate` for `value`; say so when it goes over."""
    try:
        # get_usage is what is_ratelimited calls; it also tells how long the window has left,
        # which becomes the Retry-After header.
        usage = get_usage(
            None, group=group, key=lambda _group, _request: value, rate=rate, increment=True
        )
    except Exception as error:
        raise LimiterUnavailable(str(error)) from error
    if usage is None:  # RATELIMIT_ENABLE is off
        return None
    if usage["time_left"] == -1 and usage["limit"] == 0:
        # django-ratelimit's signal that the cache failed (it fails closed by default).
        raise LimiterUnavailable("the cache did not return a count")
    if not usage["should_limit"]:
        return None
    return Exceeded(label, rate, max(1, int(usage["time_left"])))


def check_rates(group: str, value: str, rates: list[str], label: str) -> Exceeded | None:
    """Count one submission against each of `rates`; the first that it goes over, if any."""
    for rate in rates:
        exceeded = check_rate(group, value, rate, label)
        if exceeded:
            return exceeded
    return None


def forget_flood(kind: str, value: str) -> None:
    try:
        cache.delete(f"moderation:flood:{kind}:{value}")
    except Exception as error:
        raise LimiterUnavailable(str(error)) from error


def check_flood(kind: str, value: str, interval: int, label: str) -> Exceeded | None:
    """At most one submission per `interval` seconds for `value` (an atomic add in the cache)."""
    if interval <= 0:
        return None
    now = time.time()
    key = f"moderation:flood:{kind}:{value}"
    try:
        if cache.add(key, now, interval):
            return None
        since = cache.get(key)
    except Exception as error:
        raise LimiterUnavailable(str(error)) from error
    waited = now - since if isinstance(since, int | float) else 0
    return Exceeded(label, f"flood {interval}s", max(1, int(interval - waited + 0.999)))
