"""The starter corpus is the project's own writing: enough of it, balanced, and never copied."""

from __future__ import annotations

import csv
import re
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from moderation.classifier.datasets import STARTER_CORPUS

SHARED_DATA = Path(__file__).resolve().parents[3] / "shared" / "data"


def rows() -> list[dict[str, str]]:
    with STARTER_CORPUS.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def normalise(text: str) -> str:
    """As ../shared/tools/copied_text_check.py compares texts."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = re.sub(r"[\u200b-\u200f\u2060\ufeff]", "", text)
    return " ".join(re.findall(r"\w+", text))


def test_it_has_at_least_2000_distinct_comments():
    texts = [row["text"] for row in rows()]
    assert len(texts) >= 2000
    assert len({" ".join(text.casefold().split()) for text in texts}) == len(texts)


def test_it_is_about_half_indonesian_and_half_english_with_both_labels():
    counts = Counter((row["lang"], row["label"]) for row in rows())
    total = sum(counts.values())
    indonesian = counts["id", "spam"] + counts["id", "ham"]
    assert 0.4 <= indonesian / total <= 0.6
    assert all(counts[lang, label] >= 300 for lang in ("id", "en") for label in ("spam", "ham"))


def test_it_covers_the_spam_kinds_and_hard_negatives():
    kinds = {row["kind"] for row in rows()}
    for kind in (
        "judol",
        "pinjol",
        "crypto_wa",
        "giveaway",
        "pharma",
        "adult",
        "phishing",
        "channel_promo",
        "seo_backlink",
    ):
        assert kind in kinds
    for kind in (
        "ham_money",
        "ham_gambling_social",
        "ham_crypto_news",
        "ham_legit_link",
        "ham_short",
        "ham_slang",
        "ham_lawsuit",
    ):
        assert kind in kinds


def test_no_text_is_copied_from_the_evaluation_data():
    if not SHARED_DATA.is_dir():
        pytest.skip(f"{SHARED_DATA} is absent: cannot compare against the evaluation data")
    known = set()
    csv.field_size_limit(10**7)
    for path in SHARED_DATA.rglob("*.csv"):
        with path.open(encoding="utf-8-sig", errors="replace", newline="") as handle:
            for row in csv.DictReader(handle):
                text = normalise(row.get("CONTENT") or row.get("comment_text") or "")
                if text:
                    known.add(text)
    assert len(known) > 10_000
    copied = [
        row["text"]
        for row in rows()
        if len(normalise(row["text"])) >= 10 and normalise(row["text"]) in known
    ]
    assert copied == []
