"""A comment's content reduced to a key, so "the same comment" survives case, look-alikes,
punctuation and emoji: the key is the sequence of its words."""

from __future__ import annotations

import hashlib
import re

from moderation.classifier.normalise import fold

_WORD = re.compile(r"\w+")


def words(content: str) -> list[str]:
    """The words of a comment, folded (case, styled and look-alike letters undone)."""
    return _WORD.findall(fold(content))


def content_key(content: str) -> str:
    # A comment with no words at all (emoji only) is compared as it is written.
    sequence = " ".join(words(content)) or fold(content)
    return hashlib.sha256(sequence.encode()).hexdigest()
