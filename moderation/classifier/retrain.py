"""Training a new stored version: the steps `manage.py train_spam_model` and the retraining
task (moderation.tasks) share, so both train on the same data the same way."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from moderation.classifier import datasets, registry, shadow, store
from moderation.classifier.shadow import Report as ShadowReport
from moderation.classifier.train import C_GRID, TrainedModel, TrainingError, train
from moderation.conf import gate_setting
from moderation.models import SpamModel

FOLDS = 5


@dataclass(frozen=True)
class NewVersion:
    """A trained classifier and the row it was stored as."""

    row: SpamModel
    trained: TrainedModel[Any]
    # The shadow check run before activating (None when activation was not asked for).
    shadow: ShadowReport | None = None

    def summary(self) -> dict[str, Any]:
        """A few figures as plain JSON values (a task's return value, a log line)."""
        metrics = self.trained.metrics
        return {
            "version": self.row.pk,
            "active": self.row.active,
            "regime": self.trained.thresholds.regime,
            "comments": self.trained.summary["comments"],
            "roc_auc": metrics.get("roc_auc"),
            "f1": metrics.get("f1"),
            "mcc": metrics.get("mcc"),
            "hold_threshold": round(float(self.trained.thresholds.hold), 4),
            "spam_threshold": round(float(self.trained.thresholds.spam), 4),
            "seconds": self.trained.seconds,
            **({"shadow": self.shadow.why} if self.shadow else {}),
        }


def labelled_rows(starter: bool = True) -> list[datasets.Labelled]:
    """The starter corpus (unless left out) and every comment a moderator labelled."""
    rows = datasets.starter_corpus() if starter else []
    return rows + datasets.moderated_comments()


def train_version(
    rows: Sequence[datasets.Labelled],
    folds: int = FOLDS,
    c: float | None = None,
    activate: bool = False,
    progress: bool = False,
    force: bool = False,
    check: bool = False,
) -> NewVersion:
    """Train on `rows` and store the result as a new version, active only when asked.

    Asked to activate, the new version is stored inactive first and shadow-checked against the
    active one on the moderators' latest decisions (moderation.classifier.shadow); it goes live
    only when it is not worse there, or with `force`; `check` runs that shadow check without
    activating (its report is for a person to read). `c` fixes the regularisation; without it
    cross-validation chooses among C_GRID. Raises TrainingError when the rows cannot train a
    classifier.
    """
    if not rows:
        raise TrainingError("no training data: no starter corpus and no moderated comments")
    trained = train(
        rows,
        folds=folds,
        c_grid=(c,) if c else C_GRID,
        progress=progress,
        calibrate_after=gate_setting("calibrate_after_labels"),
    )
    row = store.save(trained, held_out=shadow.held_out_scores(rows, trained.oof_scores))
    if not activate and not check:
        return NewVersion(row, trained)
    report = shadow.check(row.pk)
    if activate and (force or not report.worse):
        store.make_active(row)
        registry.forget()
    return NewVersion(row, trained, report)
