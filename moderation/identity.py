"""Keyed digests of an email: stable per site, useless to anyone without the server's secret.

Avatars and rate-limit keys need "the same author" without the email itself; an unkeyed hash
(MD5, SHA-256) could be matched against a list of addresses, so every digest is an HMAC with
SECRET_KEY and a purpose, so that two uses never share a value.
"""

from __future__ import annotations

import hashlib
import hmac

from django.conf import settings


def normalise_email(email: str) -> str:
    return email.strip().lower()


def keyed_email_digest(email: str, purpose: str) -> str:
    return hmac.new(
        f"{settings.SECRET_KEY}:{purpose}".encode(),
        normalise_email(email).encode(),
        hashlib.sha256,
    ).hexdigest()
