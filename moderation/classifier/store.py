"""Storing trained classifiers as versioned rows, and choosing the active one."""

from __future__ import annotations

import hashlib
from typing import Any

from django.db import transaction

from moderation import signals
from moderation.classifier.abuse_model import AbuseClassifier
from moderation.classifier.train import TrainedModel
from moderation.models import SpamModel


def save(
    trained: TrainedModel[Any], activate: bool = False, held_out: dict[str, float] | None = None
) -> SpamModel:
    blob = trained.blob
    is_abuse = isinstance(trained.classifier, AbuseClassifier)
    kind = SpamModel.Kind.ABUSE if is_abuse else SpamModel.Kind.SPAM
    row = SpamModel.objects.create(
        kind=kind,
        blob=blob,
        sha256=hashlib.sha256(blob).hexdigest(),
        features_version=trained.classifier.features_version,
        regularisation=trained.c,
        hold_threshold=trained.thresholds.hold,
        spam_threshold=trained.thresholds.spam,
        decision_threshold=trained.thresholds.decision,
        regime=trained.thresholds.regime,
        metrics=trained.metrics,
        training=trained.summary,
        train_seconds=trained.seconds,
        held_out=held_out or {},
    )
    if activate:
        make_active(row)
    return row


def make_active(row: SpamModel) -> None:
    """Make `row` the one active model of its kind; every process switches to it within a
    minute."""
    with transaction.atomic():
        SpamModel.objects.filter(kind=row.kind, active=True).exclude(pk=row.pk).update(active=False)
        SpamModel.objects.filter(pk=row.pk).update(active=True)
        transaction.on_commit(
            lambda: signals.model_activated.send(sender=SpamModel, version=str(row.pk)),
            robust=True,
        )
    row.active = True
