"""The `X-Comment-Signature` header: `t=<unix time>,v1=<hex HMAC-SHA256 of "t.body">`.

The time is signed with the body, so a receiver that refuses old timestamps also refuses a
captured request replayed later. Receivers verify with the endpoint's secret (README, "Webhooks").
"""

from __future__ import annotations

import hashlib
import hmac
import re

HEADER = "X-Comment-Signature"
TOLERANCE_SECONDS = 300
_HEX_DIGEST = re.compile(r"[0-9a-f]{64}")
_TIMESTAMP = re.compile(r"[0-9]{1,12}")


def sign(secret: str, body: bytes, timestamp: int) -> str:
    """The header value for `body` sent at `timestamp`."""
    return f"t={timestamp},v1={_digest(secret, body, timestamp)}"


def verify(header: str, body: bytes, secret: str, now: int, tolerance: int = 300) -> bool:
    """Whether `header` signs `body` with `secret` within `tolerance` seconds of `now`.

    Anything malformed is False, never an exception: the header comes from whoever called.
    Several v1 values are allowed (one per secret while a receiver rotates them).
    """
    if not isinstance(header, str) or not secret:
        return False
    timestamp: int | None = None
    signatures: list[str] = []
    for part in header.split(","):
        key, sep, value = part.strip().partition("=")
        if not sep:
            return False
        if key == "t":
            # Twelve digits reach the year 33658; a longer number is no time (and int() of a
            # few thousand digits raises).
            if timestamp is not None or not _TIMESTAMP.fullmatch(value):
                return False
            timestamp = int(value)
        elif key == "v1" and _HEX_DIGEST.fullmatch(value):
            signatures.append(value)
    if timestamp is None or not signatures or abs(now - timestamp) > tolerance:
        return False
    expected = _digest(secret, body, timestamp)
    # Every candidate is compared, in constant time each: how far a guess matched stays hidden.
    matches = [hmac.compare_digest(expected, candidate) for candidate in signatures]
    return any(matches)


def _digest(secret: str, body: bytes, timestamp: int) -> str:
    signed = str(timestamp).encode() + b"." + body
    return hmac.new(secret.encode(), signed, hashlib.sha256).hexdigest()
