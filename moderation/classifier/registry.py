"""The active classifiers of this process, reloaded when another version becomes active.

Two kinds, each with its own active row (moderation.models.SpamModel.kind): the spam
classifier and the abuse classifier. Each process asks the database which version of a kind is
active at most every `model_refresh_seconds` (30 by default), so an activation reaches every
process within a minute without a restart. Loaded models are kept by their content digest:
switching back to a version already in memory costs nothing, and a failed load is remembered,
not retried on every comment.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from django.utils import timezone

from moderation.classifier.abuse_model import ABUSE_FEATURES_VERSION, AbuseClassifier
from moderation.classifier.evaluate import Thresholds
from moderation.classifier.features import FEATURES_VERSION
from moderation.classifier.model import SpamClassifier
from moderation.conf import gate_setting

logger = logging.getLogger(__name__)

C = TypeVar("C", SpamClassifier, AbuseClassifier)


class ClassifierUnavailable(Exception):
    """No usable classifier: none is active, or the active one cannot be loaded."""


@dataclass(frozen=True)
class ActiveModel(Generic[C]):
    version: int
    classifier: C
    thresholds: Thresholds


class _Registry(Generic[C]):
    """The active model of one kind in this process."""

    def __init__(
        self,
        kind: str,
        load: Callable[[bytes], C],
        features_version: int,
        train_command: str,
        shadowed: bool = False,
    ) -> None:
        self.kind = kind
        # The version in shadow (SpamModel.shadow_until ahead), not the active one.
        self.shadowed = shadowed
        self.load: Callable[[bytes], C] = load
        self.features_version = features_version
        self.train_command = train_command
        self.lock = threading.Lock()
        self.state: dict[str, object] = {}
        self.loaded: dict[str, C] = {}

    def active(self) -> ActiveModel[C]:
        """The active model, or ClassifierUnavailable saying why not."""
        now = time.monotonic()
        checked_at = self.state.get("checked_at")
        if isinstance(checked_at, float) and now - checked_at < gate_setting(
            "model_refresh_seconds"
        ):
            return self._current()
        with self.lock:
            self.state["checked_at"] = now
            self.state["result"] = self._load_active()
        return self._current()

    def status(self) -> str | None:
        """Why the classifier is unavailable right now, or None when it works."""
        try:
            self.active()
        except ClassifierUnavailable as error:
            return str(error)
        return None

    def forget(self) -> None:
        self.state.clear()

    def _current(self) -> ActiveModel[C]:
        result = self.state.get("result")
        if isinstance(result, ActiveModel):
            return result
        raise ClassifierUnavailable(str(result or f"no {self.kind} model is active"))

    def _load_active(self) -> ActiveModel[C] | str:
        from moderation.models import SpamModel

        if self.shadowed:
            rows = SpamModel.objects.filter(
                kind=self.kind, active=False, shadow_until__gt=timezone.now()
            ).order_by("-shadow_until")
        else:
            rows = SpamModel.objects.filter(kind=self.kind, active=True)
        row = rows.only(
            "pk",
            "sha256",
            "features_version",
            "hold_threshold",
            "spam_threshold",
            "decision_threshold",
            "regime",
        ).first()
        if row is None:
            if self.shadowed:
                return f"no {self.kind} model is in shadow"
            return f"no {self.kind} model is active (run {self.train_command})"
        if row.features_version != self.features_version:
            return (
                f"{self.kind} model v{row.pk} was trained on features v{row.features_version}, "
                f"this code computes v{self.features_version}: train a new model"
            )
        classifier = self.loaded.get(row.sha256)
        if classifier is None:
            try:
                blob = bytes(SpamModel.objects.values_list("blob", flat=True).get(pk=row.pk))
                classifier = self.load(blob)
            except Exception as error:
                logger.exception("%s model v%s failed to load", self.kind, row.pk)
                return f"model v{row.pk} failed to load: {type(error).__name__}: {error}"
            self.loaded.clear()  # keep one model in memory, not every version ever seen
            self.loaded[row.sha256] = classifier
        thresholds = Thresholds(
            row.hold_threshold, row.spam_threshold, row.decision_threshold, row.regime
        )
        return ActiveModel(row.pk, classifier, thresholds)


spam: _Registry[SpamClassifier] = _Registry(
    "spam",
    SpamClassifier.from_bytes,
    FEATURES_VERSION,
    "manage.py train_spam_model --activate",
)
abuse: _Registry[AbuseClassifier] = _Registry(
    "abuse",
    AbuseClassifier.from_bytes,
    ABUSE_FEATURES_VERSION,
    "manage.py train_spam_model --model abuse --activate",
)


# The spam version in shadow, if any: scored beside the active one, deciding nothing.
spam_shadow: _Registry[SpamClassifier] = _Registry(
    "spam", SpamClassifier.from_bytes, FEATURES_VERSION, "", shadowed=True
)


def in_shadow() -> ActiveModel[SpamClassifier] | None:
    """The spam version in shadow, loaded, or None (none, or it cannot be loaded)."""
    try:
        return spam_shadow.active()
    except ClassifierUnavailable:
        return None


def active() -> ActiveModel[SpamClassifier]:
    """The active spam model, or ClassifierUnavailable saying why not."""
    return spam.active()


def status() -> str | None:
    """Why the spam classifier is unavailable right now, or None when it works (for the admin)."""
    return spam.status()


def forget() -> None:
    """Ask the database again on the next comment (after an activation in this process)."""
    spam.forget()
    abuse.forget()
    spam_shadow.forget()
