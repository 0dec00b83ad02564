"""How a typed author name and email are cleaned before any rule sees them.

A name is one line of text that shows what it says: it lands in moderators' emails and in
pages next to other text, so it may carry no line break (a forged "Spam: http://..." line
appeared in a real notification) and no bidi control (a U+202E name rendered as "Admin"). The
form field uses this on input; emails use it again on output for rows stored before the rule
existed.

An email is stored in its canonical spelling (moderation.identity.canonical_email): invisible
characters would make it undeliverable, and every other spelling of one address would escape
the per-email limit and personal-data export and erasure.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from django import forms

from moderation.identity import canonical_email

# Embeddings, overrides, isolates and the invisible direction marks: each can reorder or hide
# the text after it.
BIDI_CONTROLS = frozenset(
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
)
# Kept inside a real name (ZWNJ and ZWJ matter in Persian, Indic scripts and emoji), but a name
# made only of them shows as nothing.
ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\ufeff")


def one_line_name(text: str) -> str:
    """`text` without bidi controls, with control characters (CR, LF, tab...) as spaces and
    every run of whitespace (U+2028 included) as one space."""
    kept = (
        " " if unicodedata.category(char) == "Cc" else char
        for char in text
        if char not in BIDI_CONTROLS
    )
    return " ".join("".join(kept).split())


def is_invisible(text: str) -> bool:
    """True when nothing would show: only zero-width characters and whitespace are left."""
    return not "".join(char for char in text if char not in ZERO_WIDTH).strip()


class AuthorNameField(forms.CharField):
    """A CharField whose value is `one_line_name`; an invisible name counts as empty."""

    def to_python(self, value: Any) -> str:
        name = one_line_name(super().to_python(value) or "")
        return "" if is_invisible(name) else name


class AuthorEmailField(forms.EmailField):
    """An EmailField that validates and returns the canonical spelling of what was typed."""

    def to_python(self, value: Any) -> str:
        email = super().to_python(value) or ""
        return canonical_email(email) if email else email
