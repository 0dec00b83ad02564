"""Training: cross-validated scores pick the regularisation and the thresholds, then one fit.

Every comment gets a score from a model that did not see it (5-fold cross-validation); those
scores choose C, then the hold and spam thresholds, and give the held-out figures. The model
that is stored is then fitted on everything.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import numpy as np
import sklearn
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import StratifiedKFold
from tqdm import tqdm

from moderation.classifier.datasets import Labelled
from moderation.classifier.evaluate import Thresholds, choose_thresholds, describe
from moderation.classifier.features import Sample
from moderation.classifier.model import SpamClassifier

C_GRID = (2.0, 8.0, 32.0)


class TrainingError(ValueError):
    """Data that cannot train a classifier (too few examples of a class, ...)."""


@dataclass
class TrainedModel:
    classifier: SpamClassifier
    thresholds: Thresholds
    metrics: dict[str, Any]
    summary: dict[str, Any]
    c: float
    seconds: float
    oof_scores: np.ndarray = field(repr=False)

    @cached_property
    def blob(self) -> bytes:
        """The classifier as skops bytes (dumping takes seconds: done once)."""
        return self.classifier.to_bytes()


def train(
    rows: Sequence[Labelled],
    folds: int = 5,
    c_grid: Sequence[float] = C_GRID,
    progress: bool = False,
) -> TrainedModel:
    started = time.monotonic()
    samples = [row.sample for row in rows]
    labels = np.asarray([row.label for row in rows])
    spam = int(labels.sum())
    if spam < folds or len(labels) - spam < folds:
        raise TrainingError(
            f"need at least {folds} spam and {folds} ham comments, got {spam} and "
            f"{len(labels) - spam}"
        )
    steps = tqdm(total=len(c_grid) * folds + 1, desc="training", unit="fit", disable=not progress)
    best_c, best_auc, best_scores = c_grid[0], -1.0, np.zeros(len(labels))
    for c in c_grid:
        scores = cross_validated_scores(samples, labels, c, folds, steps)
        auc = float(roc_auc_score(labels, scores))
        if auc > best_auc:
            best_c, best_auc, best_scores = c, auc, scores
    thresholds = choose_thresholds(labels, best_scores)
    classifier = SpamClassifier.fit(samples, labels, c=best_c)
    steps.update()
    steps.close()
    return TrainedModel(
        classifier=classifier,
        thresholds=thresholds,
        metrics={
            "validation": f"{folds}-fold cross-validation",
            **describe(labels, best_scores, thresholds),
        },
        summary=summarise(rows),
        c=best_c,
        seconds=round(time.monotonic() - started, 2),
        oof_scores=best_scores,
    )


def cross_validated_scores(
    samples: Sequence[Sample], labels: np.ndarray, c: float, folds: int, steps: Any = None
) -> np.ndarray:
    scores = np.zeros(len(labels))
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=0)
    with sklearn.config_context(assume_finite=True):
        for fit_index, score_index in splitter.split(np.zeros(len(labels)), labels):
            model = SpamClassifier.fit([samples[i] for i in fit_index], labels[fit_index], c=c)
            scores[score_index] = model.scores([samples[i] for i in score_index])
            if steps is not None:
                steps.update()
    return scores


def summarise(rows: Sequence[Labelled]) -> dict[str, Any]:
    by_source: Counter[str] = Counter()
    for row in rows:
        by_source[f"{row.source}:{'spam' if row.label else 'ham'}"] += 1
    return {
        "comments": len(rows),
        "spam": sum(row.label for row in rows),
        "ham": sum(1 - row.label for row in rows),
        "by_source": dict(sorted(by_source.items())),
        "sklearn": sklearn.__version__,
    }
