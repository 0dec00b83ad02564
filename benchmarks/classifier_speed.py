"""How fast the spam classifier scores one comment, and how long training takes.

Run: .venv/bin/python benchmarks/classifier_speed.py [--sizes 10000 100000] [--json PATH]

Latency: `score_one` (the gate's path) on 5,000 real comments, one at a time, after a warm-up.
Training: the whole `train_spam_model` procedure (5-fold cross-validation over the C grid, the
thresholds, the final fit) on N comments, each size in its own process so its peak memory
(max RSS) is its own. N comments are drawn from the shared data sets and the starter corpus;
above what they hold, copies get a distinguishing suffix so that every text stays distinct.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks._setup import RESULTS, django_setup, require_shared_data


def corpus(size: int) -> list:
    from moderation.classifier.datasets import Labelled, read_csv, starter_corpus
    from moderation.classifier.features import Sample

    data = require_shared_data()
    rows = starter_corpus()
    rows += read_csv(data / "id-judol-dev" / "judol_dev.csv")
    for path in sorted((data / "youtube-spam-collection").glob("*.csv")):
        rows += read_csv(path)
    random.Random(3).shuffle(rows)
    out = rows[:size]
    copy = 1
    while len(out) < size:
        out += [
            Labelled(Sample(f"{row.sample.text} #{copy}"), row.label, row.source)
            for row in rows[: size - len(out)]
        ]
        copy += 1
    return out


def train_once(size: int) -> dict:
    from moderation.classifier.train import train

    rows = corpus(size)
    started = time.monotonic()
    trained = train(rows)
    seconds = time.monotonic() - started
    fit_started = time.monotonic()
    type(trained.classifier).fit([r.sample for r in rows], [r.label for r in rows], c=trained.c)
    return {
        "comments": size,
        "train_spam_model_seconds": round(seconds, 1),
        "single_fit_seconds": round(time.monotonic() - fit_started, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "model_mb": round(len(trained.blob) / 1e6, 1),
    }


def latency() -> dict:
    import sklearn

    from moderation.classifier.train import train

    sklearn.set_config(assume_finite=True)
    from moderation.classifier.datasets import starter_corpus

    classifier = train(starter_corpus(), c_grid=(8.0,)).classifier
    worst = worst_case(classifier)
    samples = [row.sample for row in corpus(5_200)]
    for sample in samples[:200]:
        classifier.score_one(sample)
    timings = []
    for sample in samples[200:]:
        started = time.perf_counter_ns()
        classifier.score_one(sample)
        timings.append((time.perf_counter_ns() - started) / 1e6)
    timings.sort()
    return {
        "comments": len(timings),
        "p50_ms": round(statistics.median(timings), 4),
        "p99_ms": round(timings[int(0.99 * len(timings)) - 1], 4),
        "mean_ms": round(statistics.fmean(timings), 4),
        "worst_case_5000_chars": worst,
    }


# 5,000-character comments (the form's limit) built to make regular expressions backtrack or
# the n-gram count explode: the slowest is what bounds a review.
WORST_CASE_TEXTS = {
    "phone-like": "0812-" * 1000,
    "one long word": "x" * 5000,
    "dotted letters": "a." * 2500,
    "spaced letters": "a " * 2500,
    "styled letters": "𝐚" * 5000,
    "mixed scripts": "аa" * 2500,
    "regional indicators": "🇸 " * 2500,
    "upside down": "ʇols " * 1000,
    "letters and digits": "ab1" * 1666,
    "links": "http://a.co/" * 416,
    "emails": "a@b.c " * 833,
    "invisible": "a\u200b" * 2500,
}


def worst_case(classifier: Any) -> dict[str, float]:
    from moderation.classifier.features import Sample

    timings = {}
    for name, text in WORST_CASE_TEXTS.items():
        runs = []
        for _ in range(5):
            started = time.perf_counter_ns()
            classifier.score_one(Sample(text[:5000]))
            runs.append((time.perf_counter_ns() - started) / 1e6)
        timings[name] = round(min(runs), 2)
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[10_000])
    parser.add_argument("--json", default=str(RESULTS / "classifier_speed.json"))
    parser.add_argument("--one-size", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    django_setup()
    if args.one_size:
        print(json.dumps(train_once(args.one_size)))
        return
    trainings: list[dict[str, Any]] = []
    result: dict[str, Any] = {
        "benchmark": "classifier_speed",
        "latency": latency(),
        "training": trainings,
    }
    for size in args.sizes:
        child = subprocess.run(
            [sys.executable, __file__, "--one-size", str(size)],
            capture_output=True,
            text=True,
            check=True,
        )
        trainings.append(json.loads(child.stdout.strip().splitlines()[-1]))
    Path(args.json).parent.mkdir(parents=True, exist_ok=True)
    Path(args.json).write_text(json.dumps(result, indent=2) + "\n")
    lat = result["latency"]
    summary = ", ".join(
        f"{t['comments']:,} comments {t['train_spam_model_seconds']} s "
        f"(one fit {t['single_fit_seconds']} s, peak {t['peak_rss_mb']} MB)"
        for t in trainings
    )
    slowest = max(lat["worst_case_5000_chars"].items(), key=lambda item: item[1])
    print(
        f"classifier_speed: score_one p50 {lat['p50_ms']:.3f} ms p99 {lat['p99_ms']:.3f} ms; "
        f"slowest 5,000-character input {slowest[1]} ms ({slowest[0]}); "
        f"training {summary}"
    )


if __name__ == "__main__":
    main()
