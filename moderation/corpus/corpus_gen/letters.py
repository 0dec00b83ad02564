"""Letter styles: ASCII in look-alike Unicode letters (𝐒𝐋𝐎𝐓, 𝕊𝕃𝕆𝕋, Ｓｌｏｔ, ⓢⓛⓞⓣ, 🆂🅻🅾🆃, ꜱʟᴏᴛ).

Also `has_disguise`, the test for such characters that the counts report.
"""

from __future__ import annotations

import random
import unicodedata

Rng = random.Random

# First code points of the upper-case letter, lower-case letter and digit runs of a
# Mathematical Alphanumeric Symbols style (None: the style has no digits, ASCII ones are kept).
MATH_STYLES: dict[str, tuple[int, int, int | None]] = {
    "bold": (0x1D400, 0x1D41A, 0x1D7CE),  # 𝐒𝐋𝐎𝐓
    "bold_italic": (0x1D468, 0x1D482, 0x1D7CE),  # 𝑮𝑨𝑪𝑶𝑹
    "bold_script": (0x1D4D0, 0x1D4EA, 0x1D7CE),  # 𝓶𝓪𝔁𝔀𝓲𝓷
    "bold_fraktur": (0x1D56C, 0x1D586, 0x1D7CE),  # 𝖒𝖆𝖝𝖜𝖎𝖓
    "sans_bold": (0x1D5D4, 0x1D5EE, 0x1D7EC),  # 𝗚𝗔𝗖𝗢𝗥
    "sans_bold_italic": (0x1D63C, 0x1D656, 0x1D7EC),  # 𝙂𝘼𝘾𝙊𝙍
    "monospace": (0x1D670, 0x1D68A, 0x1D7F6),  # 𝚜𝚕𝚘𝚝
    "italic": (0x1D434, 0x1D44E, None),  # 𝑁𝑎𝑔𝑎
    "double_struck": (0x1D538, 0x1D552, 0x1D7D8),  # 𝕊𝕃𝕆𝕋
}

# Letters of those styles that live in the older Letterlike Symbols block instead.
MATH_HOLES: dict[tuple[str, str], str] = {
    ("italic", "h"): "ℎ",
    ("double_struck", "C"): "ℂ",
    ("double_struck", "H"): "ℍ",
    ("double_struck", "N"): "ℕ",
    ("double_struck", "P"): "ℙ",
    ("double_struck", "Q"): "ℚ",
    ("double_struck", "R"): "ℝ",
    ("double_struck", "Z"): "ℤ",
}

ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060"]


def to_math(text: str, style: str) -> str:
    """Render ASCII letters and digits in a Mathematical Alphanumeric style: slot -> 𝐬𝐥𝐨𝐭."""
    upper, lower, digit = MATH_STYLES[style]
    out = []
    for ch in text:
        hole = MATH_HOLES.get((style, ch))
        if hole:
            out.append(hole)
        elif "A" <= ch <= "Z":
            out.append(chr(upper + ord(ch) - ord("A")))
        elif "a" <= ch <= "z":
            out.append(chr(lower + ord(ch) - ord("a")))
        elif "0" <= ch <= "9" and digit is not None:
            out.append(chr(digit + ord(ch) - ord("0")))
        else:
            out.append(ch)
    return "".join(out)


def to_mixed_math(text: str, rng: Rng) -> str:
    """Each character in a different math style, as campaigns do to dodge exact filters."""
    styles = sorted(MATH_STYLES)
    return "".join(to_math(ch, rng.choice(styles)) if rng.random() < 0.8 else ch for ch in text)


def to_fullwidth(text: str) -> str:
    """ASCII -> fullwidth forms: Slot -> Ｓｌｏｔ."""
    return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in text)


CIRCLED_UPPER, CIRCLED_LOWER, CIRCLED_ONE = 0x24B6, 0x24D0, 0x2460

NEG_SQUARED, NEG_CIRCLED = 0x1F170, 0x1F150

SMALL_CAPS = dict(zip("abcdefghijklmnoprstuvwyz", "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘʀꜱᴛᴜᴠᴡʏᴢ", strict=True))

# Look-alike letters that NFKC leaves alone, folded back for the distinctness key.
LETTER_FOLD: dict[int, str] = {ord(small): plain for plain, small in SMALL_CAPS.items()}

for _first in (NEG_SQUARED, NEG_CIRCLED):
    for _offset in range(26):
        LETTER_FOLD[_first + _offset] = chr(ord("a") + _offset)


def to_circled(text: str) -> str:
    """Ⓝⓐⓖⓐ①②: circled letters and digits (NFKC folds these back)."""
    out = []
    for ch in text:
        if "A" <= ch <= "Z":
            out.append(chr(CIRCLED_UPPER + ord(ch) - ord("A")))
        elif "a" <= ch <= "z":
            out.append(chr(CIRCLED_LOWER + ord(ch) - ord("a")))
        elif ch == "0":
            out.append("⓪")
        elif "1" <= ch <= "9":
            out.append(chr(CIRCLED_ONE + ord(ch) - ord("1")))
        else:
            out.append(ch)
    return "".join(out)


def to_letter_symbols(text: str, first: int) -> str:
    """Letters as negative squared (🅽🅰🅶🅰) or negative circled (🅝🅐🅖🅐) symbols; digits stay."""
    return "".join(
        chr(first + ord(ch.upper()) - ord("A")) if ch.isascii() and ch.isalpha() else ch
        for ch in text
    )


def to_small_caps(text: str) -> str:
    """ɴᴀɢᴀ: small capitals (no q or x in Unicode, those stay)."""
    return "".join(SMALL_CAPS.get(ch.lower(), ch) if ch.isascii() else ch for ch in text)


def restyle(text: str, style: str, rng: Rng) -> str:
    """Write text in one letter style, or ("letter_mix") each character in a different one."""
    if style in MATH_STYLES:
        return to_math(text, style)
    if style == "fullwidth":
        return to_fullwidth(text)
    if style == "circled":
        return to_circled(text)
    if style == "neg_squared":
        return to_letter_symbols(text, NEG_SQUARED)
    if style == "neg_circled":
        return to_letter_symbols(text, NEG_CIRCLED)
    if style == "small_caps":
        return to_small_caps(text)
    if style == "letter_mix":
        styles = [s for s in LETTER_STYLES if s != "letter_mix"]
        return "".join(restyle(ch, rng.choice(styles), rng) for ch in text)
    if style == "plain":
        return text
    raise ValueError(style)


LETTER_STYLES = [
    *MATH_STYLES,
    "fullwidth",
    "circled",
    "neg_squared",
    "neg_circled",
    "small_caps",
    "plain",
    "letter_mix",
]


def has_disguise(text: str) -> bool:
    """True when the text holds styled, look-alike or hidden characters (for the counts)."""
    for ch in text:
        if ch.isascii():
            continue
        if ch in ZERO_WIDTH or ch in "\u0332\u0336" or ord(ch) in LETTER_FOLD:
            return True
        folded = unicodedata.normalize("NFKC", ch)
        if folded != ch and folded.isascii() and folded.isalnum():
            return True
    return False
