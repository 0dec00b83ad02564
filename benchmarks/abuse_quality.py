"""How good the abuse classifier is on real abusive-language data it never saw while being built.

Run: .venv/bin/python benchmarks/abuse_quality.py [--json PATH] [--quick]

1. Day one: the model trained on the written abuse starter corpus alone (thresholds from it),
   scored on all of id-abusive-dev (Indonesian tweets) and en-offensive-dev (English tweets):
   ROC-AUC, F1 at 0.5, precision and recall at the hold threshold.
2. Learned: a model trained on each set, 5-fold stratified cross-validation (every tweet scored
   by a model that did not see it): ROC-AUC, F1 at 0.5 (a fixed cut-off, not tuned on the set),
   and precision and recall at the hold threshold chosen from the training folds' own scores.
3. Ordinary comments held by the day-one model: the ham of the YouTube Spam Collection, of
   id-judol-dev (deduplicated) and of the project's news-comment set (benchmarks/news_eval).
4. Speed: scoring one comment (p50 and p99 over distinct comments, the text cache cleared).
Prints one summary line and writes every figure as JSON.
"""

from __future__ import annotations

import argparse
import csv
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks._setup import RESULTS, ROOT, django_setup, require_shared_data

SETS = {"id-abusive-dev": "id", "en-offensive-dev": "en"}


def read(path: Path, text: str = "text", label: str = "label") -> tuple[list[str], np.ndarray]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = [row for row in csv.DictReader(handle) if (row.get(text) or "").strip()]
    labels = [1 if str(row[label]).strip().lower() in ("1", "spam") else 0 for row in rows]
    return [row[text] for row in rows], np.asarray(labels)


def figures(labels: np.ndarray, scores: np.ndarray, hold: float) -> dict[str, Any]:
    from sklearn.metrics import f1_score, precision_score, recall_score, roc_auc_score

    held = scores >= hold
    return {
        "n": len(labels),
        "abusive": int(labels.sum()),
        "roc_auc": round(float(roc_auc_score(labels, scores)), 4),
        "f1_at_0.5": round(float(f1_score(labels, scores >= 0.5)), 4),
        "hold_threshold": round(float(hold), 4),
        "precision_at_hold": round(float(precision_score(labels, held, zero_division=0)), 4),
        "recall_at_hold": round(float(recall_score(labels, held)), 4),
        "f1_at_hold": round(float(f1_score(labels, held)), 4),
        "fpr_at_hold": round(float(held[labels == 0].mean()), 4),
    }


def learned(texts: list[str], labels: np.ndarray, folds: int) -> dict[str, Any]:
    from sklearn.model_selection import StratifiedKFold

    from moderation.classifier import abuse_train
    from moderation.classifier.evaluate import choose_thresholds

    scores = np.zeros(len(labels))
    holds = []
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=0)
    for fit_index, score_index in splitter.split(np.zeros(len(labels)), labels):
        rows = [abuse_train.AbuseLabelled(texts[i], int(labels[i]), "", "file") for i in fit_index]
        # The inner cross-validation picks C and the hold threshold on the training folds only.
        trained = abuse_train.train(rows, folds=3)
        fit_labels = labels[fit_index]
        hold = choose_thresholds(fit_labels, trained.oof_scores, 0.02, 0.002, "site").hold
        holds.append(hold)
        scores[score_index] = trained.classifier.scores([texts[i] for i in score_index])
    result = figures(labels, scores, float(np.median(holds)))
    result["validation"] = f"{folds}-fold cross-validation (hold: 2% of the training folds' ham)"
    return result


def ordinary_ham(data: Path, classifier: Any, hold: float) -> dict[str, Any]:
    sets: dict[str, list[str]] = {}
    youtube: list[str] = []
    for path in sorted((data / "youtube-spam-collection").glob("Youtube0*.csv")):
        texts, labels = read(path, "CONTENT", "CLASS")
        youtube += [text for text, label in zip(texts, labels, strict=True) if label == 0]
    sets["youtube_ham"] = youtube
    texts, labels = read(data / "id-judol-dev" / "judol_dev.csv", "comment_text", "label")
    sets["judol_ham_dedup"] = sorted(
        {text.strip() for text, label in zip(texts, labels, strict=True) if label == 0}
    )
    for lang in ("en", "id"):
        texts, labels = read(ROOT / "benchmarks" / "news_eval" / f"{lang}.csv")
        sets[f"news_eval_{lang}_ham"] = [
            text for text, label in zip(texts, labels, strict=True) if label == 0
        ]
    result = {}
    for name, texts in sets.items():
        scores = classifier.scores(texts)
        result[name] = {"n": len(texts), "held": round(float(np.mean(scores >= hold)), 4)}
    return result


def speed(classifier: Any, texts: list[str]) -> dict[str, float]:
    from moderation.classifier import abuse_model, features

    abuse_model.abuse_text.cache_clear()
    features.prepare.cache_clear()
    classifier.score_one("warm up")
    times = []
    for text in texts:
        started = time.perf_counter()
        classifier.score_one(text)
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return {
        "n": len(times),
        "p50_ms": round(statistics.median(times), 3),
        "p99_ms": round(times[int(0.99 * (len(times) - 1))], 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", default=str(RESULTS / "abuse_quality.json"))
    parser.add_argument("--quick", action="store_true", help="3 folds instead of 5")
    args = parser.parse_args()
    data = require_shared_data()
    django_setup()
    from moderation.classifier import abuse_train

    folds = 3 if args.quick else 5
    started = time.monotonic()
    day_one = abuse_train.train(abuse_train.starter_corpus())
    hold = day_one.thresholds.hold
    results: dict[str, Any] = {
        "starter": {
            "rows": day_one.summary["comments"],
            "c": day_one.c,
            "train_seconds": day_one.seconds,
            "hold_threshold": round(hold, 4),
            "trash_threshold": round(day_one.thresholds.spam, 4),
            "cross_validated": {key: day_one.metrics[key] for key in ("roc_auc", "f1", "at_hold")},
        },
        "day_one": {},
        "learned": {},
    }
    all_texts: list[str] = []
    for name in SETS:
        texts, labels = read(data / name / f"{name}.csv")
        all_texts += texts
        scores = day_one.classifier.scores(texts)
        results["day_one"][name] = figures(labels, scores, hold)
        results["learned"][name] = learned(texts, labels, folds)
        print(name, "day one", results["day_one"][name], flush=True)
        print(name, "learned", results["learned"][name], flush=True)
    results["ordinary_ham_held"] = ordinary_ham(data, day_one.classifier, hold)
    results["speed"] = speed(day_one.classifier, sorted(set(all_texts))[:3000])
    results["seconds"] = round(time.monotonic() - started, 1)
    path = Path(args.json)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(results, indent=2))
    d, lrn = results["day_one"], results["learned"]
    print(
        "abuse: day one ROC-AUC id {:.3f} en {:.3f}; learned F1 id {:.3f} en {:.3f}; ordinary "
        "ham held {}; score p50 {} ms -> {}".format(
            d["id-abusive-dev"]["roc_auc"],
            d["en-offensive-dev"]["roc_auc"],
            lrn["id-abusive-dev"]["f1_at_0.5"],
            lrn["en-offensive-dev"]["f1_at_0.5"],
            ", ".join(f"{k} {v['held']:.1%}" for k, v in results["ordinary_ham_held"].items()),
            results["speed"]["p50_ms"],
            path,
        )
    )


if __name__ == "__main__":
    main()
