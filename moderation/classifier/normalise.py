"""Text normalisation shared by the gate's rules and the classifier.

Spam hides words from filters with look-alike characters: mathematical letters (𝐬𝐥𝐨𝐭), fullwidth
forms (Ｓｌｏｔ), combining strokes (s̶l̶o̶t̶), zero-width spaces, Cyrillic or Greek letters that
look Latin, digit swaps (j4ckp0t) and spaced letters (s l o t). `fold` undoes the character
tricks; `match_forms` adds the forms with digit swaps and spacing undone too.
"""

from __future__ import annotations

import re
import unicodedata

# Invisible characters: zero-width spaces and joiners, direction marks and overrides, the soft
# hyphen, the word joiner and the byte-order mark.
INVISIBLE = re.compile(
    "[\u00ad\u034f\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)

LOOKALIKES: dict[int, str] = {}
# Cyrillic and Greek letters that read as Latin ones (lower case: folding comes first).
for source, target in zip(
    "асеіјкмопрстухѕԁӏвнαβεικνορτυχω",
    "aceijkmonpctyxsdlbhabeiknoptuxw",
    strict=True,
):
    LOOKALIKES[ord(source)] = target
# Small capitals (ᴀʙᴄ), which NFKC leaves alone.
for source, target in zip("ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘʀꜱᴛᴜᴠᴡʏᴢ", "abcdefghijklmnoprstuvwyz", strict=True):
    LOOKALIKES[ord(source)] = target
# Negative circled (🅐) and negative squared (🅰) letters. Regional indicators (🇮🇩) are left
# alone: in pairs they are flags, which readers use far more than spammers use them as letters.
for first in (0x1F150, 0x1F170):
    for offset in range(26):
        LOOKALIKES[first + offset] = chr(ord("a") + offset)

_LEET = str.maketrans("401357", "aoiest")
# A digit standing between two letters (g4c0r, j4ckp0t) is a swapped letter; digits at a word's
# edge are real numbers or site-name suffixes (10k, gacor77) and are left alone.
_SWAPPED_DIGIT = re.compile(r"(?<=[a-z])[401357]+(?=[a-z])")
_SPACED_LETTERS = re.compile(r"(?<!\w)(?:\w[ .\-_*·•|]+){2,}\w(?!\w)")
_SEPARATORS = re.compile(r"[ .\-_*·•|]+")


def fold(text: str) -> str:
    """Lower-case text with character tricks undone and whitespace collapsed."""
    text = unicodedata.normalize("NFKC", text)
    text = INVISIBLE.sub("", text).casefold()
    if not text.isascii():
        text = text.translate(LOOKALIKES)
        decomposed = unicodedata.normalize("NFD", text)
        text = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(text.split())


def _undo_digit_swaps(folded: str) -> str:
    return _SWAPPED_DIGIT.sub(lambda match: match.group(0).translate(_LEET), folded)


def _join_spaced_letters(folded: str) -> str:
    return _SPACED_LETTERS.sub(lambda match: _SEPARATORS.sub("", match.group(0)), folded)


def unmask(folded: str) -> str:
    """Folded text with spaced letters joined and swapped digits read as letters."""
    return _undo_digit_swaps(_join_spaced_letters(folded))


def match_forms(text: str) -> tuple[str, ...]:
    """The folded text, plus one with digit swaps and spaced letters undone when that differs."""
    folded = fold(text)
    deeper = unmask(folded)
    return (folded,) if deeper == folded else (folded, deeper)
