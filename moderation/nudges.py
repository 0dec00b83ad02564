"""The nudge before posting: proof that an author saw "your comment may break our guidelines" for
this very text, so posting it again unchanged sends it to the queue instead of asking again.

When the abuse classifier would hold a new comment, the gate's verdict says `nudge` and the
entry point stores nothing: it answers the author, in their language, with a signed token over
the thread and the text (this module). Sent back with the same text, the token makes the
submission `nudge_accepted`: the gate holds it for a moderator as it would have. Changed text
proves nothing and is reviewed afresh: an edit that is still abusive is nudged again, one that
is not goes through.

The token holds a digest of the text, never the text, and lasts a day.
"""

from __future__ import annotations

import hashlib

from django.core import signing

_SALT = "moderation.nudge"
MAX_AGE = 24 * 3600


def _digest(thread_key: str, content: str) -> str:
    return hashlib.sha256(f"{thread_key}\n{content.strip()}".encode()).hexdigest()[:32]


def issue(thread_key: str, content: str) -> str:
    return signing.dumps({"d": _digest(thread_key, content)}, salt=_SALT, compress=False)


def accepted(token: str, thread_key: str, content: str) -> bool:
    """Whether `token` was given for this text on this thread, within a day."""
    if not token or len(token) > 500:
        return False
    try:
        data = signing.loads(token, salt=_SALT, max_age=MAX_AGE)
    except signing.BadSignature:
        return False
    return isinstance(data, dict) and data.get("d") == _digest(thread_key, content)
