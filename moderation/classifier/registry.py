"""The active classifier of this process, reloaded when another version becomes active.

Each process asks the database which version is active at most every `model_refresh_seconds`
(30 by default), so an activation reaches every process within a minute without a restart.
Loaded models are kept by their content digest: switching back to a version already in memory
costs nothing, and a failed load is remembered, not retried on every comment.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass

from moderation.classifier.evaluate import Thresholds
from moderation.classifier.features import FEATURES_VERSION
from moderation.classifier.model import SpamClassifier
from moderation.conf import gate_setting

logger = logging.getLogger(__name__)


class ClassifierUnavailable(Exception):
    """No usable classifier: none is active, or the active one cannot be loaded."""


@dataclass(frozen=True)
class ActiveModel:
    version: int
    classifier: SpamClassifier
    thresholds: Thresholds


_lock = threading.Lock()
_state: dict[str, object] = {}
_loaded: dict[str, SpamClassifier] = {}


def active() -> ActiveModel:
    """The active model, or ClassifierUnavailable saying why not."""
    now = time.monotonic()
    checked_at = _state.get("checked_at")
    if isinstance(checked_at, float) and now - checked_at < gate_setting("model_refresh_seconds"):
        return _current()
    with _lock:
        _state["checked_at"] = now
        _state["result"] = _load_active()
    return _current()


def status() -> str | None:
    """Why the classifier is unavailable right now, or None when it works (for the admin)."""
    try:
        active()
    except ClassifierUnavailable as error:
        return str(error)
    return None


def forget() -> None:
    """Ask the database again on the next comment (after an activation in this process)."""
    _state.clear()


def _current() -> ActiveModel:
    result = _state.get("result")
    if isinstance(result, ActiveModel):
        return result
    raise ClassifierUnavailable(str(result or "no spam model is active"))


def _load_active() -> ActiveModel | str:
    from moderation.models import SpamModel

    row = (
        SpamModel.objects.filter(active=True)
        .only(
            "pk",
            "sha256",
            "features_version",
            "hold_threshold",
            "spam_threshold",
            "decision_threshold",
            "regime",
        )
        .first()
    )
    if row is None:
        return "no spam model is active (run manage.py train_spam_model --activate)"
    if row.features_version != FEATURES_VERSION:
        return (
            f"model v{row.pk} was trained on features v{row.features_version}, this code "
            f"computes v{FEATURES_VERSION}: train a new model"
        )
    classifier = _loaded.get(row.sha256)
    if classifier is None:
        try:
            blob = bytes(SpamModel.objects.values_list("blob", flat=True).get(pk=row.pk))
            classifier = SpamClassifier.from_bytes(blob)
        except Exception as error:
            logger.exception("spam model v%s failed to load", row.pk)
            return f"model v{row.pk} failed to load: {type(error).__name__}: {error}"
        _loaded.clear()  # keep one model in memory, not every version ever seen
        _loaded[row.sha256] = classifier
    thresholds = Thresholds(
        row.hold_threshold, row.spam_threshold, row.decision_threshold, row.regime
    )
    return ActiveModel(row.pk, classifier, thresholds)
