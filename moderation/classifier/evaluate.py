"""Thresholds chosen from validation scores, and the figures that describe a model."""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np
from numpy.typing import ArrayLike
from sklearn.metrics import roc_auc_score

# Never spam: a threshold no probability reaches, for when no cut-off gives 99% precision.
NEVER = 1.01

# Where a model's thresholds come from (stored on its row, shown on the dashboard).
STARTER = "starter"  # the starter corpus alone: the site has too few moderated comments
SITE = "site"  # calibrated on this site's own moderated comments


@dataclass(frozen=True)
class Thresholds:
    hold: float  # at or above: held for a moderator
    spam: float  # at or above: the spam folder (on the starter regime only with a second signal)
    decision: float  # the best-F1 cut-off, for reporting a single yes/no accuracy
    regime: str = STARTER

    def as_dict(self) -> dict[str, float | str]:
        return asdict(self)


def choose_thresholds(
    labels: ArrayLike,
    scores: ArrayLike,
    hold_ham_fpr: float,
    spam_ham_fpr: float,
    regime: str = STARTER,
    min_spam_precision: float = 0.99,
) -> Thresholds:
    """Cut-offs from held-out scores: at most `hold_ham_fpr` of the ham held, and at most
    `spam_ham_fpr` of it (with >= 99% precision) above the spam threshold."""
    y = np.asarray(labels)
    s = np.asarray(scores, dtype=float)
    hold = _hold_threshold(s[y == 0], hold_ham_fpr)
    spam = max(
        _hold_threshold(s[y == 0], spam_ham_fpr), _spam_threshold(y, s, min_spam_precision), hold
    )
    return Thresholds(hold=hold, spam=spam, decision=_best_f1_threshold(y, s), regime=regime)


def is_spam(score: float, has_signal: bool, thresholds: Thresholds) -> bool:
    """The classifier's spam verdict: a score at the spam threshold, and on the starter regime
    also a signal the words cannot fake (a link, a phone number, disguised letters, a rule)."""
    return score >= thresholds.spam and (has_signal or thresholds.regime == SITE)


def spam_mask(scores: ArrayLike, has_signal: ArrayLike, thresholds: Thresholds) -> np.ndarray:
    s = np.asarray(scores, dtype=float)
    signal = np.asarray(has_signal, dtype=bool) | (thresholds.regime == SITE)
    return (s >= thresholds.spam) & signal


def _hold_threshold(ham_scores: np.ndarray, max_fpr: float) -> float:
    """The lowest cut-off that holds at most max_fpr of the ham."""
    if len(ham_scores) == 0:
        return 0.5
    ordered = np.sort(ham_scores)[::-1]
    allowed = math.floor(max_fpr * len(ordered))
    if allowed >= len(ordered):
        return 0.0
    # Just above the first ham score that would be one false positive too many.
    return float(np.nextafter(ordered[allowed], 2.0))


def _spam_threshold(y: np.ndarray, s: np.ndarray, min_precision: float) -> float:
    """The lowest cut-off whose flagged comments are at least min_precision spam."""
    order = np.argsort(-s, kind="stable")
    ranked_scores, ranked_labels = s[order], y[order]
    true_positives = np.cumsum(ranked_labels)
    flagged = np.arange(1, len(ranked_labels) + 1)
    precision = true_positives / flagged
    best = NEVER
    for i in range(len(ranked_scores)):
        # Only cut between different scores: equal scores are all flagged or none.
        if i + 1 < len(ranked_scores) and ranked_scores[i + 1] == ranked_scores[i]:
            continue
        if precision[i] >= min_precision and true_positives[i] > 0:
            best = float(ranked_scores[i])
    return best


def _best_f1_threshold(y: np.ndarray, s: np.ndarray) -> float:
    best_f1, best = -1.0, 0.5
    for threshold in np.unique(s):
        predicted = s >= threshold
        tp = int(np.sum(predicted & (y == 1)))
        fp = int(np.sum(predicted & (y == 0)))
        fn = int(np.sum(~predicted & (y == 1)))
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        if f1 > best_f1:
            best_f1, best = f1, float(threshold)
    return best


def binary_metrics(labels: ArrayLike, predicted: ArrayLike) -> dict[str, float]:
    y = np.asarray(labels).astype(bool)
    p = np.asarray(predicted).astype(bool)
    tp, fp = int(np.sum(p & y)), int(np.sum(p & ~y))
    fn, tn = int(np.sum(~p & y)), int(np.sum(~p & ~y))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    denominator = math.sqrt((tp + fp) * (tp + fn) * (tn + fp) * (tn + fn))
    mcc = (tp * tn - fp * fn) / denominator if denominator else 0.0
    return {
        "accuracy": round((tp + tn) / max(len(y), 1), 4),
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "mcc": round(mcc, 4),
        "fpr": round(fp / (fp + tn) if fp + tn else 0.0, 4),
    }


def describe(
    labels: ArrayLike,
    scores: ArrayLike,
    thresholds: Thresholds,
    has_signal: ArrayLike | None = None,
) -> dict[str, Any]:
    """Every figure the project reports for a set of scored, labelled comments.

    `at_spam` counts what the gate would send to spam: a score at the spam threshold with a
    second signal (`has_signal`, one flag per comment; none given: no comment has one).
    """
    y = np.asarray(labels)
    s = np.asarray(scores, dtype=float)
    signal = np.zeros(len(y), bool) if has_signal is None else np.asarray(has_signal, bool)
    at_decision = binary_metrics(y, s >= thresholds.decision)
    return {
        "n": len(y),
        "spam": int(np.sum(y == 1)),
        "ham": int(np.sum(y == 0)),
        **{key: at_decision[key] for key in ("accuracy", "precision", "recall", "f1", "mcc")},
        "roc_auc": round(float(roc_auc_score(y, s)), 4) if 0 < np.sum(y) < len(y) else None,
        "thresholds": {
            key: round(value, 6) if isinstance(value, float) else value
            for key, value in thresholds.as_dict().items()
        },
        "at_hold": _figures(y, s >= thresholds.hold),
        "at_spam": _figures(y, spam_mask(s, signal, thresholds)),
        "recall_at_2pct_fpr": round(recall_at_fpr(y, s, 0.02), 4),
    }


def _figures(y: np.ndarray, flagged: np.ndarray) -> dict[str, float]:
    figures = binary_metrics(y, flagged)
    return {key: figures[key] for key in ("fpr", "recall", "precision")}


def recall_at_fpr(labels: ArrayLike, scores: ArrayLike, fpr: float) -> float:
    """Spam recall at the cut-off that flags at most `fpr` of the ham in this very set."""
    y = np.asarray(labels)
    s = np.asarray(scores, dtype=float)
    threshold = _hold_threshold(s[y == 0], fpr)
    return float(np.mean(s[y == 1] >= threshold)) if np.any(y == 1) else 0.0
