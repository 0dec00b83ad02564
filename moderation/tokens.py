"""Form tokens: a signed note of which thread a form was shown for, and when.

Bots post straight to the endpoint without loading the form, or within a blink of loading it.
A token that is missing, forged, stale or too fresh holds the comment; it never rejects it, since
a page served from a cache can carry an old token and its reader must not lose their comment.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from django.core import signing

_SALT = "moderation.form-token"


@dataclass(frozen=True)
class FormToken:
    thread_key: str
    issued_at: float


def issue(thread_key: str, now: float | None = None) -> str:
    issued = int(time.time() if now is None else now)
    return signing.dumps({"k": thread_key, "t": issued}, salt=_SALT)


def read(token: str) -> FormToken | None:
    """The token's content, or None when it is not one this server signed."""
    try:
        data = signing.loads(token, salt=_SALT)
    except signing.BadSignature:
        return None
    if not isinstance(data, dict):
        return None
    key, issued = data.get("k"), data.get("t")
    if not isinstance(key, str) or not isinstance(issued, int):
        return None
    return FormToken(key, float(issued))
