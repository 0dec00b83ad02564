#!/usr/bin/env python3
"""Generate the starter corpus of labelled news-article comments for the spam classifier.

Usage:
    python moderation/corpus/generate.py

Reads the templates, slot fillers and kinds from ``templates/*.toml`` (see README.md for the
format), writes ``starter.csv`` (columns ``text,label,lang,kind,name,url``) next to this file
and prints the counts per language, label and kind. Every text is built from those templates
and the helpers in ``corpus_gen/``, written for this project; nothing else is read. Standard
library only and a fixed seed, so two runs write byte-identical files.
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Sequence
from pathlib import Path

# run as a script: make the project root importable (moderation/ needs no Django here)
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from moderation.corpus.corpus_gen.compose import Generator, Sample
from moderation.corpus.corpus_gen.data import CorpusError, load
from moderation.corpus.corpus_gen.report import format_counts

SEED = 20240917
OUT_PATH = Path(__file__).resolve().parent / "starter.csv"


def write_csv(rows: Sequence[Sample], path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["text", "label", "lang", "kind", "name", "url"])
        writer.writerows((r.text, r.label, r.lang, r.kind, r.name, r.url) for r in rows)


def main() -> int:
    try:
        generator = Generator(load())
    except CorpusError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    rows = generator.build_rows(SEED)
    write_csv(rows, OUT_PATH)
    print(f"wrote {OUT_PATH.name}")
    print(format_counts(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
