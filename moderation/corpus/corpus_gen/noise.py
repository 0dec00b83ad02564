"""Light "human" noise: make a filled template look typed by a person.

Capitals, stretched words, typos, stray emoji, dropped final dots: every surface trait occurs in
ham as well as spam (see README, "balance rule"), so none of them alone reads as spam.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from .fillers import all_emoji, bang
from .letters import to_math
from .obfuscate import DECOR_EMOJI

Rng = random.Random
HAM_EMOJI = ["🙏", "👍", "🤔", "👏", "🙄"]
SLANG_EMOJI = ["😂", "🤣", "😅", "🔥", "😭", "💀"]


def reader_caps(text: str, rng: Rng) -> str:
    """Capitals as readers use them: one word shouted for emphasis, or Every Word Capitalised."""
    roll = rng.random()
    words = text.split(" ")
    if roll < 0.1:
        candidates = [i for i, w in enumerate(words) if w.isalpha() and len(w) >= 4]
        if candidates:
            i = rng.choice(candidates)
            words[i] = words[i].upper()
        return " ".join(words)
    if roll < 0.15:
        return " ".join(w[:1].upper() + w[1:] for w in words)
    return text


def casualise(text: str, rng: Rng, kind: str) -> str:
    """Make ham look typed by a reader: lower case, dropped final dot, the odd emoji."""
    lower_rate = 0.7 if kind in ("ham_slang", "ham_short") else 0.2
    if rng.random() < lower_rate:
        text = text.lower()
    if text.endswith(".") and not text.endswith("..") and rng.random() < 0.35:
        text = text[:-1]
    if rng.random() < 0.07 and kind != "ham_legit_link":
        emoji = SLANG_EMOJI if kind in ("ham_slang", "ham_short") else HAM_EMOJI
        text = f"{text} {rng.choice(emoji)}"
    if kind != "ham_legit_link":
        text = reader_caps(text, rng)
        roll = rng.random()
        if roll < 0.03 and len(text) < 90:
            text = text.upper()
        elif roll < 0.07 and text[-1:] in ".!?":
            text = text.rstrip(".!?") + bang(rng)
    return text


def vary_case(text: str, rng: Rng, quiet: bool) -> str:
    """Some spam is shouted, some typed in lower case (quiet kinds are never shouted)."""
    roll = rng.random()
    if roll < 0.08 and not quiet:
        return text.upper()
    if roll < 0.18:
        return text.lower()
    return text


def typo(text: str, rng: Rng) -> str:
    """One slip of the keyboard: a missing space, or a doubled, dropped or swapped letter."""
    words = text.split(" ")
    candidates = [i for i, w in enumerate(words) if len(w) >= 4 and w.isalpha()]
    if not candidates:
        return text
    i = rng.choice(candidates)
    word = words[i]
    slip = rng.randrange(4)
    j = rng.randrange(1, len(word) - 1)
    if slip == 0 and i + 1 < len(words):
        words[i] = word + words.pop(i + 1)
    elif slip == 1:
        words[i] = word[:j] + word[j] + word[j:]
    elif slip == 2:
        words[i] = word[:j] + word[j + 1 :]
    else:
        words[i] = word[:j] + word[j + 1] + word[j] + word[j + 2 :]
    return " ".join(words)


def shout(text: str, rng: Rng) -> str:
    """ham_shout: mostly all capitals, sometimes only the first words shouted."""
    roll = rng.random()
    if roll < 0.55:
        return text.upper()
    if roll < 0.7:
        words = text.split(" ")
        k = rng.randint(1, max(1, len(words) // 2))
        return " ".join([w.upper() for w in words[:k]] + words[k:])
    return text


def emphasise(text: str, rng: Rng) -> str:
    """ham_styled: the «marked» words in bold or italic maths letters, for emphasis."""
    style = rng.choice(["bold", "bold", "bold_italic", "italic", "sans_bold", "sans_bold_italic"])
    return re.sub(r"«([^»]+)»", lambda m: to_math(m.group(1), style), text)


def messy(text: str, rng: Rng) -> str:
    """Reader noise for the new ham kinds: lower case, a typo, a stray emoji, no final dot."""
    if rng.random() < 0.3:
        text = text.lower()
    if rng.random() < 0.12:
        text = typo(text, rng)
    text = reader_caps(text, rng)
    if text.endswith(".") and not text.endswith("..") and rng.random() < 0.4:
        text = text[:-1]
    if rng.random() < 0.1:
        text = f"{text} {rng.choice(all_emoji())}"
    return text


def banter(text: str, rng: Rng) -> str:
    """Quick replies between readers: typos more often than elsewhere."""
    for rate in (0.45, 0.15):
        if rng.random() < rate:
            text = typo(text, rng)
    return messy(text, rng)


PROMO_EMOJI = ["🙏", "❤️", "😊", "🔥", "👇", "🙂", "😁", "💯", "🎵", "🎤", "👉", "✌️"]


def promo(text: str, rng: Rng) -> str:
    """Plain spam as typed: any casing, the odd typo or emoji, often no final dot."""
    roll = rng.random()
    if roll < 0.35:
        text = text.lower()
    elif roll < 0.45 and "/" not in text:
        text = text.upper()
    elif roll < 0.55:
        text = " ".join(w[:1].upper() + w[1:] for w in text.split(" "))
    if rng.random() < 0.2:
        text = typo(text, rng)
    if text[-1:] == "." and rng.random() < 0.4:
        text = text[:-1]
    if rng.random() < 0.08:
        text = text.rstrip(".!?") + bang(rng)
    if rng.random() < 0.25:
        text = f"{text} {rng.choice(PROMO_EMOJI) * rng.randint(1, 3)}"
    return text


def namedrop(text: str, rng: Rng) -> str:
    """Brand name-drops: lower case now and then (styled letters mostly keep their look)."""
    if rng.random() < 0.3:
        text = text.lower()
    if rng.random() < 0.1:
        text = typo(text, rng)
    if rng.random() < 0.08:
        text = text.rstrip(".!?") + bang(rng)
    if rng.random() < 0.15:
        text = f"{text} {rng.choice(DECOR_EMOJI + PROMO_EMOJI)}"
    return text


# Per-kind noise (the kinds' `noise` key); ham kinds without one get `casualise`.
NOISES: dict[str, Callable[[str, Rng], str]] = {
    "shout": shout,
    "styled": emphasise,
    "messy": messy,
    "banter": banter,
    "promo": promo,
    "namedrop": namedrop,
}
