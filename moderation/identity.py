"""One spelling of an email, and keyed digests of it.

`canonical_email` is the spelling stored, matched for personal-data requests and digested:
the same address with a zero-width space in it, or with fullwidth letters, is the same mailbox
and must not escape a limit or an export. `limit_identity` folds further, for the rate limit
only: plus tags and Gmail's ignored dots make many addresses of one mailbox, which is right to
count once but wrong to store or to match someone's personal data by.

Avatars and rate-limit keys need "the same author" without the email itself; an unkeyed hash
(MD5, SHA-256) could be matched against a list of addresses, so every digest is an HMAC with
SECRET_KEY and a purpose, so that two uses never share a value.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import unicodedata

from django.conf import settings

# Zero-width characters and the soft hyphen: invisible, so pasted or planted ones change an
# address without changing what anyone sees.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
_GMAIL = frozenset({"gmail.com", "googlemail.com"})


def canonical_email(raw: str) -> str:
    """NFKC, invisible characters removed, stripped, lower case, the domain IDNA-encoded.

    The invisible characters go first: left in, they would keep NFKC from composing the
    letters around them. A domain IDNA refuses (an empty or over-long label) stays as it is;
    the form's validator refuses such an address anyway.
    """
    text = unicodedata.normalize("NFKC", raw.translate(_INVISIBLE)).strip().lower()
    local, at, domain = text.rpartition("@")
    if not at:
        return text
    with contextlib.suppress(UnicodeError):
        domain = domain.encode("idna").decode("ascii")
    return f"{local}@{domain}"


def limit_identity(email: str) -> str:
    """The mailbox behind an email, for the per-email rate limit: plus tags dropped, and at
    Gmail (which ignores dots and also answers to googlemail.com) no dots."""
    canonical = canonical_email(email)
    local, at, domain = canonical.rpartition("@")
    if not at:
        return canonical
    local = local.split("+", 1)[0] or local
    if domain in _GMAIL:
        local, domain = local.replace(".", ""), "gmail.com"
    return f"{local}@{domain}"


def commenter_digest(email: str) -> str:
    """Who a commenter is, for moderators and bans: the same mailbox gives the same digest."""
    return keyed_email_digest(limit_identity(email), "commenter")


def keyed_email_digest(email: str, purpose: str) -> str:
    return keyed_digest(canonical_email(email), purpose)


def keyed_digest(value: str, purpose: str) -> str:
    """An HMAC of `value` with the server's secret and a purpose (two uses never share one)."""
    return hmac.new(
        f"{settings.SECRET_KEY}:{purpose}".encode(), value.encode(), hashlib.sha256
    ).hexdigest()
