#!/usr/bin/env python3
"""Generate the abuse starter corpus: labelled comments for the abuse classifier.

Usage:
    python moderation/corpus/generate_abuse.py

Writes ``abuse_starter.csv`` (columns ``text,label,category,lang``) next to this file from the
composers in ``abuse/`` (Indonesian and English, written for this project; nothing else is
read) and prints the counts. Standard library only and fixed seeds, so two runs write
byte-identical files. Label 1 is abusive (category insult, profanity, group, threat or
harassment); label 0 is an ordinary comment or a hard negative (category ordinary or hard:
strong disagreement, criticism of public figures, crime reporting, hate speech as a topic).
"""

from __future__ import annotations

import csv
import random
import re
import sys
from collections import Counter
from pathlib import Path

# run as a script: make the project root importable (moderation/ needs no Django here)
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from moderation.corpus.abuse.english import rows as english_rows
from moderation.corpus.abuse.indonesian import rows as indonesian_rows

SEEDS = {"id": 20261203, "en": 20261204}
OUT_PATH = Path(__file__).resolve().parent / "abuse_starter.csv"
_SPACE = re.compile(r"\s+")


def main() -> int:
    seen: set[str] = set()
    written: Counter[tuple[str, int, str]] = Counter()
    with OUT_PATH.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["text", "label", "category", "lang"])
        for lang, compose in (("id", indonesian_rows), ("en", english_rows)):
            for row in compose(random.Random(SEEDS[lang])):  # noqa: S311 (not for secrets)
                key = _SPACE.sub(" ", row.text.strip().lower())
                if not key or key in seen:
                    continue
                seen.add(key)
                writer.writerow([row.text, row.label, row.category, lang])
                written[(lang, row.label, row.category)] += 1
    print(f"wrote {OUT_PATH.name}: {sum(written.values())} rows")
    for (lang, label, category), count in sorted(written.items()):
        print(f"  {lang} {label} {category:<11} {count}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
