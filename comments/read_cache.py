"""Cached thread reads, invalidated exactly when one of the thread's comments changes.

Every change to a comment (saved, deleted, moderated, erased) moves its thread's version
number; cached reads are keyed by that number, so a stale page is never served, and pages of
threads that did not change stay cached. A cache that fails only costs the cached copy.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import Any

from django.core.cache import cache

logger = logging.getLogger(__name__)

_TTL = 600


def _version_key(thread_id: int) -> str:
    return f"comments:thread:{thread_id}:version"


def version(thread_id: int) -> int:
    value = cache.get(_version_key(thread_id))
    if value is None:
        cache.add(_version_key(thread_id), 1, None)
        value = cache.get(_version_key(thread_id), 1)
    return int(value)


def changed(thread_ids: Iterable[int]) -> None:
    for thread_id in set(thread_ids):
        try:
            cache.incr(_version_key(thread_id))
        except ValueError:  # no version yet: nothing cached under it either
            cache.add(_version_key(thread_id), 2, None)
        except Exception:
            logger.warning("could not invalidate cached reads of thread %s", thread_id)


def cached(thread_id: int, part: str, build: Callable[[], Any]) -> Any:
    try:
        key = f"comments:thread:{thread_id}:v{version(thread_id)}:{part}"
        found = cache.get(key)
    except Exception:
        logger.warning("read cache unavailable", exc_info=True)
        return build()
    if found is not None:
        return found
    value = build()
    try:
        cache.set(key, value, _TTL)
    except Exception:
        logger.warning("could not store a cached read", exc_info=True)
    return value
