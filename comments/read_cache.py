"""Cached thread reads, invalidated exactly when one of the thread's comments changes.

Every change to a comment (saved, deleted, moderated, erased) gives its thread a new version
stamp in the shared cache; cached reads are keyed by that stamp, so a stale page is never served,
and pages of threads that did not change stay cached. A cache that fails only costs the cached
copy.

- The stamp is random, not a counter: when Redis restarts empty, stamps start afresh and can
  never name a page cached before the restart.
- A change stamps the thread at once and again after its transaction commits: a read that ran
  between the first stamp and the commit saw the old rows and may have cached them under the new
  stamp; the second stamp retires that copy.
- Each process keeps the last few rendered pages (bytes) in memory, keyed by stamp, so a read of
  an unchanged thread is one small cache round trip for the stamp, whatever the page's size. A
  local copy also expires after LOCAL_TTL seconds, so even a change whose stamp was lost (the
  cache was down at that instant) is served for a minute at most.
- The stamp is moved by explicit calls from the code that changes comments (comments.services,
  the admin, purge, import, erasure), not by a model signal: a receiver that is collected or
  never connected fails silently, and the stale page then lives on.
"""

from __future__ import annotations

import logging
import threading
import time
import uuid
from collections import OrderedDict
from collections.abc import Callable, Iterable

from django.core.cache import cache
from django.db import transaction

logger = logging.getLogger(__name__)

_TTL = 600
LOCAL_TTL = 60
_LOCAL_PAGES = 32  # rendered pages kept per process (a page of 1,000 comments is ~250 KB)
_local: OrderedDict[str, tuple[float, bytes]] = OrderedDict()
_local_lock = threading.Lock()


def _version_key(thread_id: int) -> str:
    return f"comments:thread:{thread_id}:version"


def version(thread_id: int) -> str:
    value = cache.get(_version_key(thread_id))
    if value is None:
        cache.add(_version_key(thread_id), uuid.uuid4().hex, None)
        value = cache.get(_version_key(thread_id))
    return str(value)


def changed(thread_ids: Iterable[int]) -> None:
    ids = set(thread_ids)
    _stamp(ids)
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(lambda: _stamp(ids))


def _stamp(thread_ids: set[int]) -> None:
    try:
        cache.set_many({_version_key(pk): uuid.uuid4().hex for pk in thread_ids}, None)
    except Exception:
        logger.warning("could not invalidate cached reads of threads %s", sorted(thread_ids))


def cached_page(thread_id: int, part: str, render: Callable[[], bytes]) -> bytes:
    """A rendered page of a thread: from this process, the shared cache, or `render`."""
    try:
        key = f"comments:thread:{thread_id}:v{version(thread_id)}:{part}"
    except Exception:
        logger.warning("read cache unavailable", exc_info=True)
        return render()
    with _local_lock:
        kept = _local.get(key)
        if kept is not None and kept[0] > _now():
            _local.move_to_end(key)
            return kept[1]
    try:
        page = cache.get(key)
    except Exception:
        logger.warning("read cache unavailable", exc_info=True)
        page = None
    if page is None:
        page = render()
        try:
            cache.set(key, page, _TTL)
        except Exception:
            logger.warning("could not store a cached read", exc_info=True)
    _keep_local(key, page)
    return page


def _now() -> float:
    return time.monotonic()


def _keep_local(key: str, page: bytes) -> None:
    with _local_lock:
        _local[key] = (_now() + LOCAL_TTL, page)
        _local.move_to_end(key)
        while len(_local) > _LOCAL_PAGES:
            _local.popitem(last=False)
