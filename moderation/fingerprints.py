"""A comment's content reduced to a key, so "the same comment" survives case and look-alikes."""

from __future__ import annotations

import hashlib

from moderation.classifier.normalise import fold


def content_key(content: str) -> str:
    return hashlib.sha256(fold(content).encode()).hexdigest()
