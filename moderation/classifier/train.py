"""Training: cross-validated scores pick the regularisation and the thresholds, then one fit.

The comments are prepared and vectorised once (model.Vectorised: no labels are involved), and
every fold and C fits only its logistic regression on rows of that one matrix.

Every comment gets a score from a model that did not see it (5-fold cross-validation); those
scores choose C, then the hold and spam thresholds, and give the held-out figures. The model
that is stored is then fitted on everything.

Which held-out scores choose the thresholds depends on what the site has (the regime):
- starter: fewer than `calibrate_after` comments labelled by this site's moderators. The
  thresholds come from the starter corpus, which is written, not collected, so they are set
  strictly (1% of its ham held, 0.2% above the spam threshold) and a spam verdict also needs a
  second signal (moderation.classifier.evaluate.is_spam).
- site: enough moderated comments. The thresholds come from the held-out scores of those
  comments alone: the site's own readers decide where its cut-offs lie.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Any, Generic, Protocol, TypeVar

import numpy as np
import sklearn
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import StratifiedKFold, train_test_split
from tqdm import tqdm

from moderation.classifier.datasets import MODERATED, STARTER_SOURCE, Labelled
from moderation.classifier.evaluate import (
    SITE,
    STARTER,
    Thresholds,
    choose_thresholds,
    describe,
)
from moderation.classifier.features import (
    META_NAMES,
    WRITTEN_CORPUS_SHAPES,
    has_signals,
    prepare,
)
from moderation.classifier.model import SpamClassifier, Vectorised, vectorise

# Strong regularisation: the starter corpus is written from templates, and a model that fits it
# closely learns its phrasing, not spam (C=8 held twice as much real ham as C=1).
C_GRID = (0.5, 1.0, 2.0)
# Above this many comments, C is chosen by cross-validation on a stratified sample of this many
# (the grid's ROC-AUCs differ in the third decimal; 20,000 comments tell them apart as well as
# 100,000), and only the chosen C is cross-validated on all of them, for the thresholds.
C_SAMPLE = 20_000
# Share of held-out ham allowed at or above each threshold, per regime (hold, spam). The
# starter corpus is cleaner than real comments: what holds 1% of it holds several times more
# of a real site's ham, so its targets are stricter than the site's own.
TARGET_FPR = {STARTER: (0.01, 0.002), SITE: (0.02, 0.002)}
# On the starter regime a spam verdict also needs this score: strong evidence, never a guess.
STARTER_SPAM_FLOOR = 0.9
# The fewest spam and ham comments among the site's labels that calibration needs.
MIN_SITE_CLASS = 20


class TrainingError(ValueError):
    """Data that cannot train a classifier (too few examples of a class, ...)."""


class StoredClassifier(Protocol):
    """What a version row keeps of a classifier (moderation.classifier.store)."""

    features_version: int

    def to_bytes(self) -> bytes: ...


C = TypeVar("C", bound=StoredClassifier)


@dataclass
class TrainedModel(Generic[C]):
    """A trained classifier (spam, or abuse: moderation.classifier.abuse_train) with the
    thresholds and figures its cross-validation gave."""

    classifier: C
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
    calibrate_after: int = 200,
) -> TrainedModel[SpamClassifier]:
    started = time.monotonic()
    samples = [row.sample for row in rows]
    labels = np.asarray([row.label for row in rows])
    spam = int(labels.sum())
    if spam < folds or len(labels) - spam < folds:
        raise TrainingError(
            f"need at least {folds} spam and {folds} ham comments, got {spam} and "
            f"{len(labels) - spam}"
        )
    written = sum(row.source == STARTER_SOURCE for row in rows) >= len(rows) / 2
    shape = WRITTEN_CORPUS_SHAPES if written else META_NAMES
    sampled = len(c_grid) > 1 and len(labels) > C_SAMPLE
    fits = len(c_grid) * folds + (folds if sampled else 0) + 1
    steps = tqdm(total=fits, desc="training", unit="fit", disable=not progress)
    vectorised = vectorise([prepare(sample) for sample in samples], shape)
    chooser = _stratified_sample(labels, C_SAMPLE) if sampled else None
    best_c, best_auc, best_scores = c_grid[0], -1.0, np.zeros(len(labels))
    for c in c_grid:
        scores = cross_validated_scores(vectorised, labels, c, folds, steps, chooser)
        auc = float(roc_auc_score(labels if chooser is None else labels[chooser], scores))
        if auc > best_auc:
            best_c, best_auc, best_scores = c, auc, scores
    if chooser is not None:
        best_scores = cross_validated_scores(vectorised, labels, best_c, folds, steps)
    site = np.asarray([row.source == MODERATED for row in rows])
    thresholds = regime_thresholds(labels, best_scores, site, calibrate_after)
    has_signal = np.asarray(has_signals(samples))
    classifier = SpamClassifier.fit_vectorised(vectorised, labels, c=best_c)
    del vectorised
    steps.update()
    steps.close()
    metrics = {
        "validation": f"{folds}-fold cross-validation",
        **describe(labels, best_scores, thresholds, has_signal),
    }
    if site.any():
        metrics["site_labels"] = describe(
            labels[site], best_scores[site], thresholds, has_signal[site]
        )
    return TrainedModel(
        classifier=classifier,
        thresholds=thresholds,
        metrics=metrics,
        summary=summarise(rows),
        c=best_c,
        seconds=round(time.monotonic() - started, 2),
        oof_scores=best_scores,
    )


def regime_thresholds(
    labels: np.ndarray,
    scores: np.ndarray,
    site: np.ndarray,
    calibrate_after: int,
    targets: dict[str, tuple[float, float]] = TARGET_FPR,
) -> Thresholds:
    """The thresholds of the regime the labels allow; `targets` gives each regime's (hold,
    spam) share of held-out ham allowed at or above the threshold."""
    site_labels = labels[site]
    spam = int(site_labels.sum())
    if len(site_labels) >= calibrate_after and min(spam, len(site_labels) - spam) >= MIN_SITE_CLASS:
        hold_fpr, spam_fpr = targets[SITE]
        return choose_thresholds(site_labels, scores[site], hold_fpr, spam_fpr, SITE)
    hold_fpr, spam_fpr = targets[STARTER]
    chosen = choose_thresholds(labels, scores, hold_fpr, spam_fpr, STARTER)
    return replace(chosen, spam=max(chosen.spam, STARTER_SPAM_FLOOR))


def cross_validated_scores(
    vectorised: Vectorised,
    labels: np.ndarray,
    c: float,
    folds: int,
    steps: Any = None,
    rows: np.ndarray | None = None,
) -> np.ndarray:
    """Out-of-fold scores of every comment, or of `rows` only (then in their order)."""
    among = np.arange(len(labels)) if rows is None else rows

    def fit_and_score(fit_index: np.ndarray, score_index: np.ndarray) -> np.ndarray:
        model = SpamClassifier.fit_vectorised(vectorised, labels, c=c, rows=among[fit_index])
        return model.scores_of(vectorised.matrix[among[score_index]])

    return out_of_fold(labels[among], folds, fit_and_score, steps)


def _stratified_sample(labels: np.ndarray, size: int) -> np.ndarray:
    """`size` row numbers, spam and ham in their shares, the same ones for the same labels."""
    rows, _rest = train_test_split(
        np.arange(len(labels)), train_size=size, stratify=labels, random_state=0
    )
    return np.sort(rows)


def out_of_fold(
    labels: np.ndarray,
    folds: int,
    fit_and_score: Callable[[np.ndarray, np.ndarray], np.ndarray],
    steps: Any = None,
) -> np.ndarray:
    """Every example's score from a model that did not see it: `fit_and_score(fit, score)`
    fits on the rows `fit` and scores the rows `score`, once per stratified fold."""
    scores = np.zeros(len(labels))
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=0)
    with sklearn.config_context(assume_finite=True):
        for fit_index, score_index in splitter.split(np.zeros(len(labels)), labels):
            scores[score_index] = fit_and_score(fit_index, score_index)
            if steps is not None:
                steps.update()
    return scores


class _Row(Protocol):
    @property
    def label(self) -> int: ...
    @property
    def source(self) -> str: ...


def summarise(
    rows: Sequence[_Row], positive: str = "spam", negative: str = "ham"
) -> dict[str, Any]:
    """How many of each label, from where (the model row's `training`)."""
    by_source: Counter[str] = Counter()
    for row in rows:
        by_source[f"{row.source}:{positive if row.label else negative}"] += 1
    return {
        "comments": len(rows),
        positive: sum(row.label for row in rows),
        negative: sum(1 - row.label for row in rows),
        "by_source": dict(sorted(by_source.items())),
        "sklearn": sklearn.__version__,
    }
