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
_INVISIBLE = re.compile(
    "[\u00ad\u034f\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)

_LOOKALIKES: dict[int, str] = {}
# Cyrillic and Greek letters that read as Latin ones (lower case: folding comes first).
for source, target in zip(
    "асеіјкмопрстухѕԁӏвнαβεικνορτυχω",
    "aceijkmonpctyxsdlbhabeiknoptuxw",
    strict=True,
):
    _LOOKALIKES[ord(source)] = target
# Small capitals (ᴀʙᴄ), which NFKC leaves alone.
for source, target in zip("ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘʀꜱᴛᴜᴠᴡʏᴢ", "abcdefghijklmnoprstuvwyz", strict=True):
    _LOOKALIKES[ord(source)] = target
# Negative circled (🅐), negative squared (🅰) and regional-indicator (🇦) letters.
for first in (0x1F150, 0x1F170, 0x1F1E6):
    for offset in range(26):
        _LOOKALIKES[first + offset] = chr(ord("a") + offset)

_LEET = str.maketrans("401357", "aoiest")
_LEET_TOKEN = re.compile(r"[a-z0-9]*[a-z][a-z0-9]*")
_SPACED_LETTERS = re.compile(r"(?<!\w)(?:\w[ .\-_*·•|]+){2,}\w(?!\w)")
_SEPARATORS = re.compile(r"[ .\-_*·•|]+")


def fold(text: str) -> str:
    """Lower-case text with character tricks undone and whitespace collapsed."""
    text = unicodedata.normalize("NFKC", text)
    text = _INVISIBLE.sub("", text).casefold()
    if not text.isascii():
        text = text.translate(_LOOKALIKES)
        decomposed = unicodedata.normalize("NFD", text)
        text = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(text.split())


def _undo_digit_swaps(folded: str) -> str:
    def swap(match: re.Match[str]) -> str:
        token = match.group(0)
        return token.translate(_LEET) if any(ch.isdigit() for ch in token) else token

    return _LEET_TOKEN.sub(swap, folded)


def _join_spaced_letters(folded: str) -> str:
    return _SPACED_LETTERS.sub(lambda match: _SEPARATORS.sub("", match.group(0)), folded)


def match_forms(text: str) -> tuple[str, ...]:
    """The folded text, plus one with digit swaps and spaced letters undone when that differs."""
    folded = fold(text)
    deeper = _undo_digit_swaps(_join_spaced_letters(folded))
    return (folded,) if deeper == folded else (folded, deeper)
