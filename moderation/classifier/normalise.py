"""Text normalisation shared by the gate's rules and the classifier.

Spam hides words from filters with look-alike characters: mathematical letters (𝐬𝐥𝐨𝐭), fullwidth
forms (Ｓｌｏｔ), parenthesized or circled letters (⒮⒧⒪⒯, ⓢⓛⓞⓣ), combining strokes (s̶l̶o̶t̶),
zero-width spaces, Cyrillic or Greek letters inside a Latin word (ѕlоt), upside-down text (ʇols),
regional-indicator letters (🇸 🇱 🇴 🇹), digit swaps (j4ckp0t) and spaced letters (s l o t, s/l/o/t).
`fold` undoes the character tricks; `match_forms` adds the forms with digit swaps and spacing
undone too.

Text written in another script is not a disguise: a Russian comment, a Chinese name or a Thai
word is left as it is (only lower-cased), so it never reads as a Latin word in disguise. A
Cyrillic or Greek letter is read as its Latin look-alike only inside a word that mixes it with
Latin letters, or in a word made of nothing but look-alikes ("ѕрам").
"""

from __future__ import annotations

import functools
import re
import unicodedata

# Invisible characters: zero-width spaces and joiners, direction marks and overrides, the soft
# hyphen, the word joiner and the byte-order mark.
INVISIBLE = re.compile(
    "[\u00ad\u034f\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)

# Cyrillic and Greek letters that read as Latin ones (lower case: folding comes first).
CONFUSABLES: dict[int, str] = {
    ord(source): target
    for source, target in zip(
        "асеіјкмопрстухѕԁӏвнαβεικνορτυχω",
        "aceijkmonpctyxsdlbhabeiknoptuxw",
        strict=True,
    )
}

# Letters drawn in a style that NFKC leaves alone; they only ever stand for Latin letters.
STYLE_LETTERS: dict[int, str] = {}
# Small capitals (ᴀʙᴄ).
for _source, _target in zip("ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘʀꜱᴛᴜᴠᴡʏᴢ", "abcdefghijklmnoprstuvwyz", strict=True):
    STYLE_LETTERS[ord(_source)] = _target
# Negative circled (🅐) and negative squared (🅰) letters.
for _first in (0x1F150, 0x1F170):
    for _offset in range(26):
        STYLE_LETTERS[_first + _offset] = chr(ord("a") + _offset)

# Looked up before NFKC, which would turn ⒮ into "(s)": parenthesized letters (⒜, 🄐).
_BEFORE_NFKC: dict[int, str] = {}
for _first in (0x249C, 0x1F110):
    for _offset in range(26):
        _BEFORE_NFKC[_first + _offset] = chr(ord("a") + _offset)

# Kept for callers that ask whether a character is a known look-alike of a Latin letter.
LOOKALIKES: dict[int, str] = {**CONFUSABLES, **STYLE_LETTERS}

# Upside-down text (ʇols ɹoɔɐƃ) is written with these letters, in reverse order.
_UPSIDE_DOWN = dict(zip("ɐɔǝɟƃɥᴉɾʞɯɹʇʌʍʎ", "acefghijkmrtvwy", strict=True))
# Letters that are their own upside-down partner or swap with another (b/q, d/p, n/u).
_FLIPPED_ASCII = str.maketrans("bqdpnu", "qbpdun")
UPSIDE_DOWN_LETTERS = frozenset(_UPSIDE_DOWN)

_REGIONAL_A = 0x1F1E6
_REGIONAL_Z = 0x1F1FF
_REGIONAL_RUN = re.compile(
    r"[\U0001F1E6-\U0001F1FF](?:[\s.\-_*·•|/~+,':^=]*[\U0001F1E6-\U0001F1FF])*"
)

_CYRILLIC_GREEK = re.compile(r"[\u0370-\u03ff\u0400-\u04ff]")
_LETTER_RUN = re.compile(r"[^\W\d_]+")

_LEET = str.maketrans("401357", "aoiest")
# A digit standing between two letters (g4c0r, j4ckp0t) is a swapped letter; digits at a word's
# edge are real numbers or site-name suffixes (10k, gacor77) and are left alone.
_SWAPPED_DIGIT = re.compile(r"(?<=[a-z])[401357]+(?=[a-z])")
# Letters spelt out one by one ("s l o t", "s.l.o.t", "s/l/o/t", "【s】【l】【o】【t】"), four or
# more of them: three single letters are everyday chat ("u r a", "U.S.A"). Spaces and the usual
# joiners separate any single characters; the rarer ones (/ ~ + , ' : ^ = and brackets) only
# letters, so that lists and times ("1, 2, 3", "1:2:0") are not read as a disguised word.
_SPACED_LETTERS = re.compile(
    r"(?<!\w)(?:\w[ .\-_*·•|]+){3,}\w(?!\w)"
    r"|(?<![\w/~+,':^=])(?:[^\W\d_][ /~+,':^=.\-_*·•|\[\](){}<>【】〖〗「」『』]+){3,}[^\W\d_]"
    r"(?![\w/~+,':^=])"
)
_SEPARATORS = re.compile(r"[ .\-_*·•|/~+,':^=\[\](){}<>【】〖〗「」『』]+")


# NFKC makes some single characters several (㎒ -> "MHz", ﷺ -> eighteen letters): 5,000 of them
# made a review of one comment take seconds. Folded text is at most this many times as long as
# the text; past that, each character keeps at most this many of its compatibility letters.
MAX_EXPANSION = 2


@functools.lru_cache(maxsize=64)
def fold(text: str) -> str:
    """Lower-case text with character tricks undone and whitespace collapsed.

    Cached: one review folds the same comment in several checks, and it is pure.
    """
    if text.isascii():
        return " ".join(INVISIBLE.sub("", text).casefold().split())
    text = _compatibility_forms(text.translate(_BEFORE_NFKC))
    text = INVISIBLE.sub("", text).casefold()
    if not text.isascii():
        text = _REGIONAL_RUN.sub(_regional_letters, text)
        text = text.translate(STYLE_LETTERS)
        if UPSIDE_DOWN_LETTERS.intersection(text):
            text = _turn_upside_down_text(text)
        if _CYRILLIC_GREEK.search(text):
            text = _LETTER_RUN.sub(_latin_lookalike_word, text)
        text = _drop_marks_on_latin(text)
    return " ".join(text.split())


def _compatibility_forms(text: str) -> str:
    """NFKC, with the length it may add bounded (MAX_EXPANSION)."""
    normal = unicodedata.normalize("NFKC", text)
    if len(normal) <= MAX_EXPANSION * len(text):
        return normal
    return "".join(unicodedata.normalize("NFKC", ch)[:MAX_EXPANSION] for ch in text)


def _regional_letters(match: re.Match[str]) -> str:
    """Regional indicators spelling a word (🇸 🇱 🇴 🇹), not flags (🇮🇩 🇧🇷), as letters.

    A flag is a pair; a run that is one pair is a flag, and a run of pairs with nothing between
    them is a row of flags. Single indicators, or any run with separators, spell letters.
    """
    run = match.group(0)
    indicators = [ch for ch in run if _REGIONAL_A <= ord(ch) <= _REGIONAL_Z]
    separated = len(indicators) != len(run)
    if not separated and len(indicators) % 2 == 0:
        return run
    if separated and all(len(part) == 2 for part in run.split()) and len(run.split()) > 1:
        return run  # flags with spaces between them: "🇮🇩 🇲🇾"
    return "".join(
        chr(ord("a") + ord(ch) - _REGIONAL_A) if _REGIONAL_A <= ord(ch) <= _REGIONAL_Z else ch
        for ch in run
    )


def _turn_upside_down_text(text: str) -> str:
    """Read back every run of words written upside down ("ɹoɔɐƃ ʇols" -> "slot gacor")."""
    words = text.split(" ")
    flipped = [bool(UPSIDE_DOWN_LETTERS.intersection(word)) for word in words]
    out: list[str] = []
    i = 0
    while i < len(words):
        if not flipped[i]:
            out.append(words[i])
            i += 1
            continue
        j = i
        while j < len(words) and (flipped[j] or _flippable(words[j])):
            j += 1
        run = " ".join(words[i:j])[::-1]
        out.append("".join(_UPSIDE_DOWN.get(ch, ch) for ch in run.translate(_FLIPPED_ASCII)))
        i = j
    return " ".join(out)


def _flippable(word: str) -> bool:
    """A word of letters that read the same upside down (o, s, x, z, l) or swap (b/q, d/p, n/u)."""
    return bool(word) and all(ch in "bqdpnuoszxlw" or not ch.isalpha() for ch in word)


def _latin_lookalike_word(match: re.Match[str]) -> str:
    word = match.group(0)
    letters = [ch for ch in word if not ch.isascii()]
    mixed = len(letters) != len(word)
    if mixed or all(ord(ch) in CONFUSABLES for ch in letters):
        return word.translate(CONFUSABLES) if mixed or len(word) > 1 else word
    return word


def _drop_marks_on_latin(text: str) -> str:
    """Strip accents and strokes from Latin letters (é -> e, s̶ -> s); keep other scripts' marks.

    A Thai vowel sign or a Devanagari matra is part of the letter it sits on, not decoration.
    """
    decomposed = unicodedata.normalize("NFD", text)
    kept: list[str] = []
    base_is_latin = False
    for ch in decomposed:
        if unicodedata.combining(ch):
            if not base_is_latin:
                kept.append(ch)
            continue
        base_is_latin = ch.isascii()
        kept.append(ch)
    return unicodedata.normalize("NFC", "".join(kept))


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
