"""The counts printed after generating: per label, language and kind, and the surface traits."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence

from .compose import Sample
from .letters import has_disguise

LINK_LIKE_RE = re.compile(
    r"https?://|www\.|\b[\w-]+\.(?:com|net|org|id|be|me|ly|io|gy|xyz|top|site|online|shop|vip"
    r"|info|biz|club|live|bet|link|pro|store|casino|click|work|fun|icu|lol|cfd|sbs|uk|int)\b"
)
PHONE_LIKE_RE = re.compile(r"(?:\+\d{1,3}[\s-]?\(?\d|\b0\d|\b62\d|\bO\d)(?:[\s().-]{0,2}\d){7,12}")


def mostly_capitals(text: str) -> bool:
    letters = [ch for ch in unicodedata.normalize("NFKC", text) if ch.isalpha()]
    return len(letters) >= 4 and sum(ch.isupper() for ch in letters) >= 0.6 * len(letters)


def has_emoji(text: str) -> bool:
    return any(ord(ch) >= 0x2600 and unicodedata.category(ch) == "So" for ch in text)


# Surface traits that must occur in ham as well as spam (printed with the counts).
SURFACE_TRAITS: dict[str, Callable[[str], bool]] = {
    "mostly capitals": mostly_capitals,
    "emoji": has_emoji,
    "digits": lambda t: any(ch.isdigit() for ch in unicodedata.normalize("NFKC", t)),
    "!! or ??": lambda t: re.search(r"[!?]{2,}", t) is not None,
    "1-3 words": lambda t: len(t.split()) <= 3,
    "@handle": lambda t: re.search(r"(?<![\w.])@\w", t) is not None,
    "link": lambda t: LINK_LIKE_RE.search(t) is not None,
    "phone number": lambda t: PHONE_LIKE_RE.search(t) is not None,
    "styled letters": has_disguise,
}


def format_counts(rows: Sequence[Sample]) -> str:
    """A plain-text summary of counts per language, label and kind."""
    total = len(rows)
    by_label = Counter(r.label for r in rows)
    by_lang = Counter(r.lang for r in rows)
    by_lang_label = Counter((r.lang, r.label) for r in rows)
    by_kind = Counter((r.lang, r.label, r.kind) for r in rows)
    obf_kind = Counter((r.lang, r.label, r.kind) for r in rows if r.obfuscated)
    obfuscated = sum(obf_kind.values())
    hard = sum(1 for r in rows if r.hard_negative)
    lines = [
        f"total: {total}",
        "per label: "
        + ", ".join(f"{k} {by_label[k]} ({by_label[k] / total:.1%})" for k in sorted(by_label)),
        "per lang: " + ", ".join(f"{k} {by_lang[k]}" for k in sorted(by_lang)),
    ]
    for lang in sorted(by_lang):
        lines.append(
            f"  {lang}: "
            + ", ".join(f"{lab} {by_lang_label[(lang, lab)]}" for lab in sorted(by_label))
        )
    lines.append(
        f"hard-negative ham: {hard} of {by_label['ham']} ham ({hard / by_label['ham']:.1%})"
    )
    lines.append(
        f"obfuscated spam: {obfuscated} of {by_label['spam']} ({obfuscated / by_label['spam']:.1%})"
    )
    messy = sum(1 for r in rows if r.messy)
    lines.append(f"messy ham: {messy} of {by_label['ham']} ham ({messy / by_label['ham']:.1%})")
    with_url = Counter(r.label for r in rows if r.url)
    lines.append(
        "rows with a website: "
        + ", ".join(
            f"{k} {with_url[k]} ({with_url[k] / by_label[k]:.1%})" for k in sorted(by_label)
        )
    )
    lines.append("surface traits, share of ham / spam rows (the balance rule):")
    for trait, test in SURFACE_TRAITS.items():
        share = {
            label: sum(1 for r in rows if r.label == label and test(r.text)) / by_label[label]
            for label in ("ham", "spam")
        }
        lines.append(f"  {trait:<18} ham {share['ham']:6.1%}  spam {share['spam']:6.1%}")
    lines.append("per kind (lang label kind count [obfuscated]):")
    for key in sorted(by_kind):
        lang, label, kind = key
        obf = f" [{obf_kind[key]} obfuscated]" if label == "spam" else ""
        lines.append(f"  {lang} {label:<4} {kind:<20} {by_kind[key]:>4}{obf}")
    return "\n".join(lines)
