"""How good the spam classifier is on real data it never saw while being built.

Run: .venv/bin/python benchmarks/classifier_quality.py [--json PATH] [--quick]

1. YouTube Spam Collection, per video, the published protocol: oldest 70% of each class to
   train, newest 30% to test (file order is chronological). Everything (C, thresholds) is chosen
   on the training part only. Accuracy, F1 and MCC beside the best published figures.
2. judol (deduplicated), 5-fold stratified cross-validation: F1, MCC, ROC-AUC.
3. Obfuscation attack, inside the same folds: every spam text of the test fold rewritten in
   mathematical bold, fullwidth, combining underline and negative squared letters; ham untouched.
4. Day one: the starter-corpus model alone, scored on all of YouTube and all of judol-dev.
Prints one summary line and writes every figure as JSON.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks._setup import RESULTS, django_setup, require_shared_data

# Best published figures per video (accuracy %, F1, MCC), from the data's SOURCE.txt.
PUBLISHED = {
    "Youtube01-Psy.csv": ("SVM RBF", 96.23, 0.962, 0.925),
    "Youtube02-KatyPerry.csv": ("RandomForest", 94.34, 0.940, 0.893),
    "Youtube03-LMFAO.csv": ("BernoulliNB / linear SVM", 97.73, 0.978, 0.955),
    "Youtube04-Eminem.csv": ("DecisionTree", 97.78, 0.980, 0.955),
    "Youtube05-Shakira.csv": ("MultinomialNB", 96.43, 0.964, 0.931),
}


def styled(text: str, style: str) -> str:
    """Rewrite ASCII letters and digits the way obfuscated spam does."""
    out = []
    for ch in text:
        if style == "math_bold" and ch.isascii() and ch.isalpha():
            base = 0x1D400 if ch.isupper() else 0x1D41A
            out.append(
                chr(
                    base
                    + ord(ch.upper() if ch.isupper() else ch)
                    - ord("A" if ch.isupper() else "a")
                )
            )
        elif style == "math_bold" and ch.isascii() and ch.isdigit():
            out.append(chr(0x1D7CE + int(ch)))
        elif style == "fullwidth" and "!" <= ch <= "~":
            out.append(chr(ord(ch) + 0xFEE0))
        elif style == "combining_underline" and ch.isascii() and ch.isalnum():
            out.append(ch + "\u0332")
        elif style == "negative_squared" and ch.isascii() and ch.isalpha():
            out.append(chr(0x1F170 + ord(ch.lower()) - ord("a")))
        else:
            out.append(ch)
    return "".join(out)


STYLES = ("math_bold", "fullwidth", "combining_underline", "negative_squared")


def youtube(data: Path, quick: bool) -> dict:
    from moderation.classifier.datasets import read_csv
    from moderation.classifier.evaluate import binary_metrics
    from moderation.classifier.train import train

    results: dict[str, Any] = {}
    for path in sorted((data / "youtube-spam-collection").glob("Youtube0*.csv")):
        rows = read_csv(path)  # CONTENT and CLASS only; file order is chronological
        train_rows, test_rows = [], []
        for label in (0, 1):
            of_class = [row for row in rows if row.label == label]
            cut = round(0.7 * len(of_class))
            train_rows += of_class[:cut]
            test_rows += of_class[cut:]
        trained = train(train_rows, folds=5, c_grid=(8.0,) if quick else (2.0, 8.0, 32.0))
        scores = trained.classifier.scores([row.sample for row in test_rows])
        labels = [row.label for row in test_rows]
        ours = binary_metrics(labels, scores >= trained.thresholds.decision)
        name, accuracy, f1, mcc = PUBLISHED[path.name]
        results[path.name] = {
            "train": len(train_rows),
            "test": len(test_rows),
            "c": trained.c,
            "decision_threshold": round(trained.thresholds.decision, 4),
            "accuracy": round(ours["accuracy"] * 100, 2),
            "f1": ours["f1"],
            "mcc": ours["mcc"],
            "published": {"classifier": name, "accuracy": accuracy, "f1": f1, "mcc": mcc},
            "beats_published_f1": ours["f1"] > f1,
        }
    results["mean_f1"] = round(float(np.mean([r["f1"] for r in results.values()])), 4)
    return results


def judol_rows(data: Path) -> list:
    from moderation.classifier.datasets import Labelled, read_csv

    seen: set[str] = set()
    unique: list[Labelled] = []
    for row in read_csv(data / "id-judol-dev" / "judol_dev.csv"):
        if row.sample.text not in seen:  # repeated campaigns: one copy each
            seen.add(row.sample.text)
            unique.append(row)
    return unique


def judol(data: Path, quick: bool) -> dict:
    from sklearn.model_selection import StratifiedKFold

    from moderation.classifier.evaluate import binary_metrics
    from moderation.classifier.features import Sample
    from moderation.classifier.train import train

    rows = judol_rows(data)
    labels = np.array([row.label for row in rows])
    scores = np.zeros(len(rows))
    decided = np.zeros(len(rows), dtype=bool)
    attacked = {style: np.zeros(len(rows), dtype=bool) for style in STYLES}
    attacked_hold = {style: np.zeros(len(rows), dtype=bool) for style in STYLES}
    held = np.zeros(len(rows), dtype=bool)
    splitter = StratifiedKFold(n_splits=5, shuffle=True, random_state=1)
    for fit_index, test_index in splitter.split(np.zeros(len(rows)), labels):
        trained = train(
            [rows[i] for i in fit_index], folds=3, c_grid=(8.0,) if quick else (4.0, 16.0)
        )
        test_samples = [rows[i].sample for i in test_index]
        fold_scores = trained.classifier.scores(test_samples)
        scores[test_index] = fold_scores
        decided[test_index] = fold_scores >= trained.thresholds.decision
        held[test_index] = fold_scores >= trained.thresholds.hold
        spam_index = [i for i in test_index if labels[i] == 1]
        for style in STYLES:
            rewritten = [Sample(styled(rows[i].sample.text, style)) for i in spam_index]
            style_scores = trained.classifier.scores(rewritten)
            attacked[style][spam_index] = style_scores >= trained.thresholds.decision
            attacked_hold[style][spam_index] = style_scores >= trained.thresholds.hold
    from sklearn.metrics import roc_auc_score

    plain = binary_metrics(labels, decided)
    spam = labels == 1
    attack = {
        style: {
            "spam_recall": round(float(np.mean(attacked[style][spam])), 4),
            "spam_recall_at_hold": round(float(np.mean(attacked_hold[style][spam])), 4),
            "ham_fpr": plain["fpr"],  # ham is untouched: the same texts, the same scores
        }
        for style in STYLES
    }
    return {
        "comments": len(rows),
        "spam": int(spam.sum()),
        "f1": plain["f1"],
        "mcc": plain["mcc"],
        "precision": plain["precision"],
        "recall": plain["recall"],
        "fpr": plain["fpr"],
        "roc_auc": round(float(roc_auc_score(labels, scores)), 4),
        "recall_at_hold": round(float(np.mean(held[spam])), 4),
        "fpr_at_hold": round(float(np.mean(held[~spam])), 4),
        "obfuscation_attack": attack,
    }


DAY_ONE_REPORTED = (
    "news_eval",
    "youtube_all",
    "judol_dev_all",
    "en_offensive_dev_as_ham",
    "id_abusive_dev_as_ham",
)
NEWS_EVAL = Path(__file__).resolve().parent / "news_eval"
# Added to ham to check that another script or one emphasised word is not taken for disguise.
PERTURBATIONS = {
    "cyrillic_name": lambda text: f"{text} Сергей",
    "greek_word": lambda text: f"{text} ευχαριστώ",
    "thai_word": lambda text: f"{text} ขอบคุณ",
    "chinese_name": lambda text: f"王芳: {text}",
    "emphasised_word": lambda text: f"{text} 𝐩𝐞𝐧𝐭𝐢𝐧𝐠",
    # The same word unstyled: what the word itself costs, apart from its style.
    "same_word_plain": lambda text: f"{text} penting",
}


def realistic_rows() -> list:
    """The news-comment evaluation set (benchmarks/news_eval/), with names and websites."""
    from moderation.classifier.datasets import read_csv

    return [
        row
        for path in sorted(NEWS_EVAL.glob("*.csv"))
        for row in read_csv(path, name_col="name", url_col="url")
    ]


def day_one_sets(data: Path) -> dict[str, tuple[list, bool]]:
    """Name -> (rows, all ham). The real sets carry the author's name, as the gate sees it."""
    from moderation.classifier.datasets import Labelled, read_csv

    youtube = [
        row
        for path in sorted((data / "youtube-spam-collection").glob("*.csv"))
        for row in read_csv(path, name_col="AUTHOR")
    ]
    judol = read_csv(data / "id-judol-dev" / "judol_dev.csv", name_col="author")

    def as_ham(path: Path) -> list:
        return [Labelled(row.sample, 0, row.source) for row in read_csv(path)]

    return {
        "news_eval": (realistic_rows(), False),
        "youtube_all": (youtube, False),
        "judol_dev_all": (judol, False),
        "en_offensive_dev_as_ham": (
            as_ham(data / "en-offensive-dev" / "en-offensive-dev.csv"),
            True,
        ),
        "id_abusive_dev_as_ham": (as_ham(data / "id-abusive-dev" / "id-abusive-dev.csv"), True),
    }


def gate_figures(classifier: Any, thresholds: Any, rows: list) -> dict:
    """What the classifier slot of the gate would do with each comment (hold, spam)."""
    from sklearn.metrics import roc_auc_score

    from moderation.classifier.evaluate import spam_mask
    from moderation.classifier.features import has_signals

    labels = np.array([row.label for row in rows])
    samples = [row.sample for row in rows]
    scores = classifier.scores(samples)
    signal = np.array(has_signals(samples))
    spam_flag = spam_mask(scores, signal, thresholds)
    held = scores >= thresholds.hold  # held or spam: not published by the classifier
    ham, spam = labels == 0, labels == 1
    figures: dict[str, Any] = {"n": len(rows), "ham": int(ham.sum()), "spam": int(spam.sum())}
    if ham.any():
        figures["ham_to_spam"] = round(float(spam_flag[ham].mean()), 4)
        figures["ham_held"] = round(float(held[ham].mean()), 4)
    if spam.any():
        figures["spam_recall_at_hold"] = round(float(held[spam].mean()), 4)
        figures["spam_recall_at_spam"] = round(float(spam_flag[spam].mean()), 4)
    if ham.any() and spam.any():
        figures["roc_auc"] = round(float(roc_auc_score(labels, scores)), 4)
    return figures


def perturbed_ham(classifier: Any, thresholds: Any, rows: list) -> dict:
    """Held rate of judol-dev's ham before and after adding another script or emphasis."""
    from moderation.classifier.features import Sample

    ham = [row.sample for row in rows if row.label == 0]
    base = float(np.mean(classifier.scores(ham) >= thresholds.hold))
    result: dict[str, Any] = {"ham": len(ham), "held": round(base, 4)}
    for name, change in PERTURBATIONS.items():
        changed = [Sample(change(s.text), s.name, s.url) for s in ham]
        held = float(np.mean(classifier.scores(changed) >= thresholds.hold))
        result[name] = {"held": round(held, 4), "points_up": round((held - base) * 100, 2)}
    return result


def day_one(data: Path) -> dict:
    from moderation.classifier.datasets import starter_corpus
    from moderation.classifier.train import train

    started = time.monotonic()
    trained = train(starter_corpus())
    train_seconds = time.monotonic() - started
    thresholds = trained.thresholds
    results: dict = {
        "train_seconds": round(train_seconds, 1),
        "c": trained.c,
        "regime": thresholds.regime,
        "hold_threshold": round(thresholds.hold, 4),
        "spam_threshold": round(thresholds.spam, 4),
    }
    sets = day_one_sets(data)
    for name, (rows, _all_ham) in sets.items():
        results[name] = gate_figures(trained.classifier, thresholds, rows)
    results["perturbed_judol_ham"] = perturbed_ham(
        trained.classifier, thresholds, sets["judol_dev_all"][0]
    )
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", default=str(RESULTS / "classifier_quality.json"))
    parser.add_argument("--quick", action="store_true", help="one C value instead of a grid")
    parser.add_argument("--only", choices=["youtube", "judol", "day_one"], action="append")
    args = parser.parse_args()
    data = require_shared_data()
    django_setup()
    wanted = args.only or ["youtube", "judol", "day_one"]
    result: dict = {"benchmark": "classifier_quality"}
    if "youtube" in wanted:
        result["youtube"] = youtube(data, args.quick)
    if "judol" in wanted:
        result["judol"] = judol(data, args.quick)
    if "day_one" in wanted:
        result["day_one"] = day_one(data)
    Path(args.json).parent.mkdir(parents=True, exist_ok=True)
    Path(args.json).write_text(json.dumps(result, indent=2) + "\n")
    parts = []
    if "youtube" in result:
        yt = result["youtube"]
        f1s = " ".join(
            f"{k[9:12]}={v['f1']:.3f}/{v['published']['f1']:.3f}"
            for k, v in yt.items()
            if k.endswith(".csv")
        )
        parts.append(f"YouTube F1 ours/published {f1s} mean {yt['mean_f1']:.3f}")
    if "judol" in result:
        jd = result["judol"]
        worst = min(v["spam_recall"] for v in jd["obfuscation_attack"].values())
        parts.append(
            f"judol F1 {jd['f1']:.3f} MCC {jd['mcc']:.3f} AUC {jd['roc_auc']:.3f}, "
            f"styled-attack recall >= {worst:.3f} (clean {jd['recall']:.3f})"
        )
    if "day_one" in result:
        d1 = result["day_one"]
        per_set = ", ".join(
            f"{name} ham->spam {d1[name]['ham_to_spam']:.2%} held {d1[name]['ham_held']:.2%}"
            + (
                f" recall@hold {d1[name]['spam_recall_at_hold']:.2%}"
                if "spam_recall_at_hold" in d1[name]
                else ""
            )
            for name in DAY_ONE_REPORTED
        )
        worst = max(
            v["points_up"]
            for k, v in d1["perturbed_judol_ham"].items()
            if isinstance(v, dict) and k != "same_word_plain"
        )
        parts.append(
            f"day one ({d1['regime']}, hold {d1['hold_threshold']:.2f}, spam "
            f"{d1['spam_threshold']:.2f}): {per_set}; AUC YouTube "
            f"{d1['youtube_all']['roc_auc']:.3f} judol {d1['judol_dev_all']['roc_auc']:.3f}; "
            f"another script or emphasis raises judol ham held by <= {worst:.2f} points"
        )
    print("classifier_quality: " + "; ".join(parts))


if __name__ == "__main__":
    csv.field_size_limit(10**7)
    main()
