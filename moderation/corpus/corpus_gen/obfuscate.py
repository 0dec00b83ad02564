"""Disguises for spam, the way real campaigns dodge keyword filters: styled letters (letters.py),
strike/underline marks, zero-width characters, digit swaps (g4c0r), spaced, dotted or
syllable-split letters and emoji decoration. Each helper maps one word or phrase to a disguised
form; `obfuscate` disguises a whole comment or its key words.
"""

from __future__ import annotations

import random
import re

from .data import WORDS
from .letters import (
    LETTER_STYLES,
    MATH_STYLES,
    ZERO_WIDTH,
    restyle,
    to_fullwidth,
    to_math,
    to_mixed_math,
)

Rng = random.Random

LEET = dict(zip("aoiestAOIES", "40135740135", strict=True))

DECOR_EMOJI = ["🔥", "💰", "🎰", "💸", "⭐", "✨", "👑", "💎", "🍀", "⚡", "🎯", "🤑"]


def with_combining(text: str, mark: str) -> str:
    """Put a combining mark after every visible character: slot -> s̶l̶o̶t̶."""
    return "".join(ch + mark if not ch.isspace() else ch for ch in text)


def strike(text: str) -> str:
    return with_combining(text, "\u0336")


def underline(text: str) -> str:
    return with_combining(text, "\u0332")


def insert_zero_width(text: str, rng: Rng) -> str:
    """Hide zero-width characters inside words: slot -> s\u200blot."""
    out = []
    for i, ch in enumerate(text):
        out.append(ch)
        if i < len(text) - 1 and ch.isalnum() and text[i + 1].isalnum() and rng.random() < 0.45:
            out.append(rng.choice(ZERO_WIDTH))
    if not any(z in "".join(out) for z in ZERO_WIDTH) and len(text) > 1:
        out.insert(1, ZERO_WIDTH[0])
    return "".join(out)


def leetify(text: str, rng: Rng) -> str:
    """Swap letters for look-alike digits: jackpot -> j4ckp0t, gacor -> g4c0r."""
    out = [LEET[ch] if ch in LEET and rng.random() < 0.7 else ch for ch in text]
    result = "".join(out)
    if result == text:
        for i, ch in enumerate(text):
            if ch in LEET:
                return text[:i] + LEET[ch] + text[i + 1 :]
    return result


def space_letters(text: str) -> str:
    """s l o t (words separated by a wider gap)."""
    return "   ".join(" ".join(word) for word in text.split())


def dot_letters(text: str) -> str:
    """s.l.o.t"""
    return " ".join(".".join(word) for word in text.split())


def split_syllables(text: str, rng: Rng) -> str:
    """GARUDAHOKI -> GA RU DA HO KI: chunks of 2-3 characters."""
    out, i = [], 0
    while i < len(text):
        step = rng.choice([2, 2, 3])
        out.append(text[i : i + step])
        i += step
    return " ".join(chunk.strip() for chunk in out if chunk.strip())


def emoji_wrap(text: str, rng: Rng) -> str:
    """🔥GACOR🔥 or ⭐ GACOR ⭐."""
    emo = rng.choice(DECOR_EMOJI)
    sep = rng.choice(["", " "])
    return f"{emo}{sep}{text}{sep}{emo}"


# How the name-dropped brands are written: a third plain, the rest disguised.
BRAND_STYLE_WEIGHTS = {
    "plain": 32,
    "bold": 5,
    "bold_italic": 5,
    "bold_script": 3,
    "bold_fraktur": 2,
    "sans_bold": 5,
    "sans_bold_italic": 4,
    "italic": 2,
    "double_struck": 3,
    "monospace": 2,
    "fullwidth": 6,
    "circled": 8,
    "neg_squared": 6,
    "neg_circled": 3,
    "small_caps": 3,
    "letter_mix": 8,
    "spaced": 3,
    "dotted": 1,
    "emoji": 2,
}


def style_brand(name: str, rng: Rng) -> str:
    """Write a brand name the way campaigns do: 𝐍𝐀𝐆𝐀𝟖𝟖, ⓝⓐⓖⓐ⑧⑧, 🅽🅰🅶🅰88, N A G A 8 8..."""
    style = rng.choices(list(BRAND_STYLE_WEIGHTS), weights=list(BRAND_STYLE_WEIGHTS.values()))[0]
    if style in ("spaced", "dotted", "emoji"):
        return obfuscate_piece(name, style, rng)
    return restyle(name, style, rng)


def obfuscate_piece(piece: str, style: str, rng: Rng) -> str:
    """Apply one named obfuscation style to a word or phrase."""
    if style in MATH_STYLES:
        return to_math(piece, style)
    if style == "mixed_math":
        return to_mixed_math(piece, rng)
    if style in LETTER_STYLES:
        return restyle(piece, style, rng)
    if style == "fullwidth":
        return to_fullwidth(piece)
    if style == "strike":
        return strike(piece)
    if style == "underline":
        return underline(piece)
    if style == "zero_width":
        return insert_zero_width(piece, rng)
    if style == "leet":
        return leetify(piece, rng)
    if style == "spaced":
        return space_letters(piece.upper() if rng.random() < 0.5 else piece)
    if style == "dotted":
        return dot_letters(piece)
    if style == "syllables":
        return split_syllables(piece.upper(), rng)
    if style == "emoji":
        return emoji_wrap(piece, rng)
    if style == "star_spaced":
        return emoji_wrap(space_letters(piece.upper()), rng)
    raise ValueError(style)


# styles that can be applied to a whole comment and stay readable
WHOLE_TEXT_STYLES = [
    "bold",
    "bold_italic",
    "bold_script",
    "sans_bold",
    "fullwidth",
    "zero_width",
    "monospace",
]

# styles for the key words (some listed twice: drawn twice as often)
PIECE_STYLES = [
    "bold",
    "bold_italic",
    "bold_script",
    "bold_fraktur",
    "sans_bold",
    "sans_bold_italic",
    "monospace",
    "mixed_math",
    "fullwidth",
    "strike",
    "underline",
    "zero_width",
    "zero_width",
    "leet",
    "leet",
    "spaced",
    "dotted",
    "syllables",
    "emoji",
    "star_spaced",
    "star_spaced",
    "double_struck",
    "circled",
    "neg_squared",
    "small_caps",
    "letter_mix",
]

# links, e-mail addresses and phone numbers stay intact unless the whole text is restyled
LINK_RE = re.compile(
    r"(?:https?://)?[\w.-]+@[\w-]+\.\w+"
    r"|(?:https?://)?[\w-]+(?:\.[\w-]+)+(?:/\S*)?"
    r"|\+?\d[\d -]{7,}\d"
)


def keyword_re() -> re.Pattern[str]:
    """Spam keywords (words.toml spam_keywords, longest first) and brand-like words (hoki138)."""
    keywords = sorted(WORDS["spam_keywords"], key=len, reverse=True)
    return re.compile(
        r"(?i)\b(?:" + "|".join(keywords) + r")\b" r"|\b[A-Za-z]{3,}\d{1,4}[A-Za-z]{0,2}\b"
    )


def obfuscate(text: str, rng: Rng) -> str:
    """Disguise a spam comment: either the whole text in one style or its key words."""
    if rng.random() < 0.2:
        return obfuscate_piece(text, rng.choice(WHOLE_TEXT_STYLES), rng)
    style = rng.choice(PIECE_STYLES)
    protected = [m.span() for m in LINK_RE.finditer(text)]

    def free(span: tuple[int, int]) -> bool:
        return all(span[1] <= start or span[0] >= end for start, end in protected)

    spans = [m.span() for m in keyword_re().finditer(text) if free(m.span())]
    if not spans:
        spans = [m.span() for m in re.finditer(r"[A-Za-z]{4,}", text) if free(m.span())]
    if not spans:
        return text
    count = rng.randint(1, min(3, len(spans)))
    chosen = sorted(rng.sample(spans, count))
    out, last = [], 0
    for start, end in chosen:
        out.append(text[last:start])
        out.append(obfuscate_piece(text[start:end], style, rng))
        last = end
    out.append(text[last:])
    result = "".join(out)
    if style not in ("emoji", "star_spaced") and rng.random() < 0.25:
        result = f"{rng.choice(DECOR_EMOJI)} {result} {rng.choice(DECOR_EMOJI)}"
    return result
