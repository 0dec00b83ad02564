"""What the classifier sees of a comment: a normalised text and a few numbers about it.

The text is folded (moderation.classifier.normalise): styled, fullwidth, struck-through and
look-alike letters read as plain ones. Links, WhatsApp links, phone numbers, emails and handles
become tokens (`tokurl dom_gacor77_xyz`, `tokwame`, `tokphone`), so "wa.me/6281234567890" and
"0812-3456-7890" each teach one thing, not a thousand random digits. Disguise leaves a marker
where it was removed (`tokstyled`, `tokhidden`, `tokspaced`, `tokswapped`): the amount of
disguise is itself a strong sign of spam. The numbers (`META_NAMES`) describe the comment's
shape: links, length, digits, emoji, and how much of it was disguised.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import urlsplit

from moderation.classifier.normalise import INVISIBLE, LOOKALIKES, fold, unmask
from moderation.links import LINK_RE

# Bump when the text preparation or META_NAMES change: a stored model trained on the old
# features must not be used with the new ones (the registry refuses it).
FEATURES_VERSION = 2


@dataclass(frozen=True)
class Sample:
    """One comment as the classifier takes it."""

    text: str
    name: str = ""
    url: str = ""


META_NAMES = (
    "links",
    "website given",
    "name looks like a link",
    "digits in the name",
    "long name",
    "length",
    "digits",
    "symbols",
    "emoji",
    "capital letters",
    "styled letters",
    "hidden characters",
    "phone number",
    "WhatsApp link",
    "spaced or swapped letters",
)

_WAME = re.compile(r"(?:https?://)?(?:api\.)?(?:wa\.me|(?:chat\.)?whatsapp\.com)/\S*")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# International (+62 812..., +1 (555) 123-4567) or Indonesian (0812-3456-7890, 62812...) phone
# numbers; digits grouped by dots or commas are counts ("857.482.940 views"), not phones.
_PHONE = re.compile(
    r"(?<![\w+.,])(?:\+\d{1,3}[\s-]?\(?\d|\b0\d|\b62\d)(?:[\s)-]{0,2}\d){7,12}(?![\w.,])"
)
_HANDLE = re.compile(r"(?<![\w@])@[a-z0-9_.]{3,}")


@dataclass(frozen=True)
class Prepared:
    text: str
    meta: list[float]


def prepare(sample: Sample) -> Prepared:
    """The model's text and shape numbers of one comment, computed in one pass."""
    raw = sample.text
    folded, styled_chars, hidden_chars = _fold_marking_disguise(raw)
    text = _WAME.sub(" tokwame ", folded)
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
    if was_masked:
        text = unmasked + " tokspaced"
    if sample.url:
        text += f" tokwebsite {domain_token(fold(sample.url))}"
    has_wame = "tokwame" in text
    return Prepared(
        " ".join(text.split()),
        _meta(sample, raw, links, styled_chars, hidden_chars, has_phone, has_wame, was_masked),
    )


def model_text(sample: Sample) -> str:
    return prepare(sample).text


def meta_vector(sample: Sample) -> list[float]:
    return prepare(sample).meta


def domain_token(url: str) -> str:
    """ "https://Gacor77-login.xyz/daftar" -> "dom_gacor77_login_xyz"."""
    candidate = url if "://" in url else f"http://{url}"
    try:
        host = urlsplit(candidate).hostname or ""
    except ValueError:
        host = ""
    host = host.removeprefix("www.")
    return "dom_" + re.sub(r"[^a-z0-9]+", "_", host).strip("_") if host else "tokurl"


def _is_styled(char: str) -> bool:
    """A letter or digit drawn in another style: 𝐒, Ｓ, ⓢ, 🅢, ѕ (not é or ñ)."""
    if char.isascii():
        return False
    if ord(char) in LOOKALIKES:
        return True
    plain = unicodedata.normalize("NFKC", char)
    return plain.isascii() and plain.isalnum()


def _fold_marking_disguise(raw: str) -> tuple[str, int, int]:
    """Fold the text run by run, adding `tokstyled` / `tokhidden` after disguised runs."""
    if raw.isascii():
        return fold(raw), 0, 0
    styled_chars = hidden_chars = 0
    pieces: list[str] = []
    run: list[str] = []
    run_kind = ""
    for token in raw.split():
        styled = sum(1 for ch in token if _is_styled(ch) or unicodedata.category(ch) == "Mn")
        hidden = len(INVISIBLE.findall(token))
        styled_chars += styled
        hidden_chars += hidden
        kind = "tokstyled" if styled else ("tokhidden" if hidden else "")
        if kind != run_kind and run:
            pieces.append(_fold_run(run, run_kind))
            run = []
        run_kind = kind
        run.append(token)
    if run:
        pieces.append(_fold_run(run, run_kind))
    return " ".join(pieces), styled_chars, hidden_chars


def _fold_run(tokens: list[str], marker: str) -> str:
    folded = fold(" ".join(tokens))
    return f"{folded} {marker}" if marker and folded else folded


def _meta(
    sample: Sample,
    raw: str,
    links: int,
    styled: int,
    hidden: int,
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
    name = fold(sample.name)
    return [
        min(links, 5) / 5,
        1.0 if sample.url else 0.0,
        1.0 if LINK_RE.search(name) else 0.0,
        1.0 if any(char.isdigit() for char in name) else 0.0,
        min(len(name), 80) / 80,
        min(math.log1p(len(raw)) / 8, 1.0),
        digits / length,
        symbols / length,
        min(emoji / length * 5, 1.0),
        capitals / length,
        styled / length,
        min(hidden / length * 2, 1.0),
        1.0 if has_phone else 0.0,
        1.0 if has_wame else 0.0,
        1.0 if was_masked else 0.0,
    ]
