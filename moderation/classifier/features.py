"""What the classifier sees of a comment: a normalised text and a few numbers about it.

The text is folded (moderation.classifier.normalise): styled, fullwidth, struck-through and
look-alike letters read as plain ones. Links, WhatsApp links, phone numbers, emails and handles
become tokens (`tokurl dom_gacor77_xyz`, `tokwame`, `tokphone`), so "wa.me/6281234567890" and
"0812-3456-7890" each teach one thing, not a thousand random digits. The author's name and
website are part of the text too (after `tokname` / `tokwebsite`): spam carried only in the
name ("SLOT GACOR 88") or the website is still spam.

Disguise leaves markers (`tokstyled`, `tokmixed`, `tokhidden`, `tokspaced`) and is also one of
the independent signals a spam verdict needs (`Prepared.signals`). Disguise is a Latin word
dressed up to dodge a filter: letters from several styles or scripts inside one word (𝐙𝓔𝗡𝗢,
bоnus with a Cyrillic о), styled words with digits (𝐆𝐀𝐂𝐎𝐑𝟕𝟕), several styled words, strokes,
zero-width characters, spaced letters. It is not text in another script (a Russian comment, a
Chinese name) and not one emphasised word (𝐩𝐞𝐧𝐭𝐢𝐧𝐠).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

from moderation.classifier.normalise import (
    CONFUSABLES,
    INVISIBLE,
    STYLE_LETTERS,
    UPSIDE_DOWN_LETTERS,
    fold,
    unmask,
)
from moderation.links import LINK_RE

# Bump when the text preparation or META_NAMES change: a stored model trained on the old
# features must not be used with the new ones (the registry refuses it).
FEATURES_VERSION = 4


@dataclass(frozen=True)
class Sample:
    """One comment as the classifier takes it."""

    text: str
    name: str = ""
    url: str = ""


META_NAMES = (
    "links",
    "length",
    "website given",
    "name looks like a link",
    "digits",
    "symbols",
    "emoji",
    "capital letters",
    "styled letters",
    "mixed scripts in a word",
    "hidden characters",
    "phone number",
    "WhatsApp link",
    "spaced or swapped letters",
)

# The shape numbers a model trained mostly on the written starter corpus uses. Links and length
# are left to models that learn from real comments: in a written corpus they are accidents of
# its templates (a reader's one source link weighed like a spammer's, long meant spam).
WRITTEN_CORPUS_SHAPES = tuple(name for name in META_NAMES if name not in {"links", "length"})

# The tokens the preparation writes; the character n-grams never see them (a moderator should
# not read "letters 'kst'" from "tokstyled" in a reason).
MARKERS = frozenset(
    {
        "tokurl",
        "tokwame",
        "tokphone",
        "tokemail",
        "tokhandle",
        "tokwebsite",
        "tokname",
        "tokstyled",
        "tokmixed",
        "tokhidden",
        "tokspaced",
    }
)

# Signals independent of the word scores, which a spam verdict on day one needs beside a high
# score (moderation.classifier.slot).
SIGNAL_LINK = "a link"
SIGNAL_PHONE = "a phone number"
SIGNAL_WHATSAPP = "a WhatsApp link"
SIGNAL_DISGUISE = "disguised letters"
SIGNAL_WEBSITE = "a website"

_WAME = re.compile(r"(?:https?://)?(?:api\.)?(?:wa\.me|(?:chat\.)?whatsapp\.com)/\S*")
# The look-behind keeps a search linear: without it a long run of word characters is tried
# from every position ("0812-" x 1000 took 100 ms).
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+")
# International (+62 812..., +1 (555) 123-4567) or Indonesian (0812-3456-7890, 62812...) phone
# numbers; digits grouped by dots or commas are counts ("857.482.940 views"), not phones.
_PHONE = re.compile(
    r"(?<![\w+.,])(?:\+\d{1,3}[\s-]?\(?\d|\b0\d|\b62\d)(?:[\s)-]{0,2}\d){7,12}(?![\w.,])"
)
_HANDLE = re.compile(r"(?<![\w@])@[a-z0-9_.]{3,}")
# Combining marks that decorate rather than spell: strokes, underlines, overlays, enclosures.
_DECORATING_MARKS = re.compile(
    "[\u0305\u0332-\u0338\u033f\u0347\u0353\u035f-\u0362\u0488\u0489\u20d0-\u20ff]"
)
# An invisible character inside a word hides it from filters; a zero-width joiner between
# two emoji (👩‍💻) only draws one picture.
_HIDDEN_IN_WORD = re.compile(rf"(?<=\w){INVISIBLE.pattern}|{INVISIBLE.pattern}(?=\w)")
# Scripts whose writers type fullwidth Latin letters and digits as a matter of course.
_CJK = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


_CONFUSABLE_EITHER_CASE = frozenset(
    form for code in CONFUSABLES for form in (chr(code), chr(code).upper())
)


@dataclass(frozen=True)
class Prepared:
    text: str  # for the word n-grams: folded, with tokens and markers
    chars: str  # for the character n-grams: the same words without the markers
    meta: list[float]
    signals: tuple[str, ...]
    # How many of `text`'s words come from the comment itself: the website's and the name's
    # follow them (the abuse model reads only these: moderation.classifier.abuse_model).
    own_words: int = 0


@dataclass(frozen=True)
class Disguise:
    styled_chars: int = 0
    styled_words: int = 0
    mixed_words: int = 0
    hidden_chars: int = 0

    @property
    def markers(self) -> list[str]:
        found = []
        if self.styled_words:
            found.append("tokstyled")
        if self.mixed_words:
            found.append("tokmixed")
        if self.hidden_chars:
            found.append("tokhidden")
        return found


@lru_cache(maxsize=32)
def prepare(sample: Sample) -> Prepared:
    """The model's texts, shape numbers and independent signals of one comment, in one pass.

    Cached: one review scores, explains and reads the signals of the same comment, and the
    preparation is most of a long comment's cost (benchmarks/review_worst_case.py). Callers
    must not change what it returns.
    """
    raw = sample.text
    disguise = find_disguise(raw)
    text = _WAME.sub(" tokwame ", fold(raw))
    text = _EMAIL.sub(" tokemail ", text)
    links = 0

    def link_token(match: re.Match[str]) -> str:
        nonlocal links
        links += 1
        return f" tokurl {domain_token(match.group(0))} "

    text = LINK_RE.sub(link_token, text)
    has_phone = _PHONE.search(text) is not None
    text = _PHONE.sub(" tokphone ", text)
    text = _HANDLE.sub(" tokhandle ", text)
    unmasked = unmask(text)
    was_masked = unmasked != text
    words = unmasked.split()
    words += disguise.markers
    if was_masked:
        words.append("tokspaced")
    own_words = len(words)
    if sample.url:
        words += ["tokwebsite", domain_token(fold(sample.url))]
    chars = " ".join(_char_word(word) for word in words if word not in MARKERS)
    name = fold(sample.name)
    if name:
        # The name's words count like the text's ("slot gacor" is spam anywhere), but not its
        # letters or shape: names look different on every site (handles, initials, digits).
        words += ["tokname", *_PHONE.sub(" tokphone ", unmask(name)).split()]
    has_wame = "tokwame" in words
    signals = _signals(links, has_phone, has_wame, was_masked, disguise, sample, name)
    return Prepared(
        " ".join(words),
        chars,
        _meta(sample, raw, name, links, disguise, has_phone, has_wame, was_masked),
        signals,
        own_words,
    )


def has_signals(samples: Sequence[Sample]) -> list[bool]:
    """For each comment, whether it carries an independent signal (see `Prepared.signals`)."""
    return [bool(prepare(sample).signals) for sample in samples]


def _char_word(word: str) -> str:
    return word[4:].replace("_", " ") if word.startswith("dom_") else word


def _signals(
    links: int,
    has_phone: bool,
    has_wame: bool,
    was_masked: bool,
    disguise: Disguise,
    sample: Sample,
    name: str,
) -> tuple[str, ...]:
    found = []
    if links or LINK_RE.search(name):
        found.append(SIGNAL_LINK)
    if has_phone or _PHONE.search(name):
        found.append(SIGNAL_PHONE)
    if has_wame:
        found.append(SIGNAL_WHATSAPP)
    if disguise.markers or was_masked:
        found.append(SIGNAL_DISGUISE)
    if sample.url:
        found.append(SIGNAL_WEBSITE)
    return tuple(found)


def domain_token(url: str) -> str:
    """ "https://Gacor77-login.xyz/daftar" -> "dom_gacor77_login_xyz"."""
    candidate = url if "://" in url else f"http://{url}"
    try:
        host = urlsplit(candidate).hostname or ""
    except ValueError:
        host = ""
    host = host.removeprefix("www.")
    return "dom_" + re.sub(r"[^a-z0-9]+", "_", host).strip("_") if host else "tokurl"


def find_disguise(raw: str) -> Disguise:
    """How much of the text is a Latin word in disguise (see the module's docstring)."""
    if raw.isascii():
        return Disguise()
    cjk = _CJK.search(raw) is not None
    styled_chars = hidden = mixed = 0
    styled_tokens: list[tuple[int, bool]] = []  # (styled characters, could be emphasis)
    for token in raw.split():
        if token.isascii():
            continue
        hidden += len(_HIDDEN_IN_WORD.findall(token))
        styled, styles, latin, confusable, digits = _token_letters(token, cjk)
        decorated = len(_DECORATING_MARKS.findall(token))
        if (confusable and latin) or (styled and latin) or len(styles) > 1:
            mixed += 1
            styled_chars += styled + confusable + decorated
        elif styled or decorated:
            styled_tokens.append((styled + decorated, _emphasis(token, styles, digits, decorated)))
    # One word in bold or italic, in lower case and without digits, is a reader's emphasis
    # (𝐩𝐞𝐧𝐭𝐢𝐧𝐠). A brand in capitals (𝙋𝙐𝙇𝘼𝙐𝙒𝙄𝙉), with digits (𝐆𝐀𝐂𝐎𝐑𝟕𝟕), underlined letter by
    # letter (P͟U͟L͟A͟U͟) or in fullwidth (ＰＵＬＡＵ) is drawn to slip past filters.
    if len(styled_tokens) == 1 and styled_tokens[0][1] and not mixed:
        styled_tokens = []
    styled_chars += sum(count for count, _emphasis in styled_tokens)
    return Disguise(styled_chars, len(styled_tokens), mixed, hidden)


def _emphasis(token: str, styles: set[str], digits: bool, decorated: int) -> bool:
    if digits or decorated or not styles or not all(s.startswith("MATHEMATICAL") for s in styles):
        return False
    plain = unicodedata.normalize("NFKC", token)
    return any(ch.islower() for ch in plain)


def _token_letters(token: str, cjk: bool) -> tuple[int, set[str], int, int, bool]:
    """Styled characters, their styles, plain Latin letters, look-alikes and digits of a word."""
    styled = latin = confusable = 0
    styles: set[str] = set()
    digits = False
    for ch in token:
        if ch.isascii():
            if ch.isalpha():
                latin += 1
            elif ch.isdigit():
                digits = True
            continue
        style = _style_of(ch)
        if style is None:
            if ch in _CONFUSABLE_EITHER_CASE:
                confusable += 1
            continue
        if cjk and style == "FULLWIDTH":
            continue
        styled += 1
        styles.add(style)
        digits = digits or unicodedata.normalize("NFKC", ch).isdigit()
    if confusable and not latin and not styled:
        confusable = 0  # a word wholly in Cyrillic or Greek is that language, not a disguise
    return styled, styles, latin, confusable, digits


@lru_cache(maxsize=4096)
def _style_of(ch: str) -> str | None:
    """The style a non-ASCII letter or digit is drawn in ("MATHEMATICAL BOLD"), or None.

    None for letters of other scripts (é, ñ, Ж, 字) and for superscripts and subscripts (m², CO₂),
    which readers use as they are.
    """
    if ord(ch) in STYLE_LETTERS:
        return "LETTER SYMBOL"
    if ch in UPSIDE_DOWN_LETTERS:
        return "TURNED"
    plain = unicodedata.normalize("NFKC", ch)
    if len(plain) == 3 and plain[0] == "(" and plain[1].isascii() and plain[1].isalpha():
        return "PARENTHESIZED"
    # Superscripts, subscripts and compatibility forms (m², CO₂, ™, №, Ⅻ) are used as they are.
    if unicodedata.decomposition(ch).startswith(("<super>", "<sub>", "<compat>")):
        return None
    if not (plain.isascii() and plain.isalnum()):
        return None
    words = unicodedata.name(ch, "").split()[:-1]
    kept = [w for w in words if w not in {"CAPITAL", "SMALL", "LETTER", "DIGIT", "LATIN"}]
    return " ".join(kept) or "STYLED"


def _meta(
    sample: Sample,
    raw: str,
    name: str,
    links: int,
    disguise: Disguise,
    has_phone: bool,
    has_wame: bool,
    was_masked: bool,
) -> list[float]:
    length = max(len(raw), 1)
    emoji = digits = symbols = capitals = 0
    for char in raw:
        if char.isascii():
            if char.isdigit():
                digits += 1
            elif char.isupper():
                capitals += 1
            elif not char.isalnum() and not char.isspace():
                symbols += 1
        elif unicodedata.category(char) == "So":
            emoji += 1
    return [
        min(links, 5) / 5,
        min(math.log1p(len(raw)) / 8, 1.0),
        1.0 if sample.url else 0.0,
        1.0 if LINK_RE.search(name) else 0.0,
        digits / length,
        symbols / length,
        min(emoji / length * 5, 1.0),
        capitals / length,
        min(disguise.styled_chars / length, 1.0),
        min(disguise.mixed_words, 3) / 3,
        min(disguise.hidden_chars / length * 2, 1.0),
        1.0 if has_phone else 0.0,
        1.0 if has_wame else 0.0,
        1.0 if was_masked else 0.0,
    ]
