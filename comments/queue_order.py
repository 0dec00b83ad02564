"""The orders of the moderation queue: newest first (the default), oldest first, and uncertain
first (issue 19).

Uncertain first puts the comments whose spam score is nearest one of the thresholds the gate
applies (hold, spam) at the top: those are the calls the model was least sure of, so a
moderator's decision there teaches the next training the most. Comments without a score come
last, oldest first among equals.
"""

from __future__ import annotations

from django.db.models import F, FloatField, OrderBy, Value
from django.db.models.functions import Abs, Least

from moderation.admin import active_thresholds
from moderation.classifier import slot
from moderation.classifier.evaluate import Thresholds

NEWEST, OLDEST, UNCERTAIN = "newest", "oldest", "uncertain"
ORDERS = (NEWEST, OLDEST, UNCERTAIN)
# Without an active model, the thresholds the admin's score bands also fall back on.
FALLBACK = Thresholds(hold=0.2, spam=0.8, decision=0.5)


def ordering(order: str) -> list[OrderBy | str]:
    """The queryset ordering of `order` (one of ORDERS)."""
    if order == OLDEST:
        return ["created", "pk"]
    if order == UNCERTAIN:
        thresholds = active_thresholds() or slot.in_force(FALLBACK)
        distance = Least(
            Abs(F("score") - Value(thresholds.hold, output_field=FloatField())),
            Abs(F("score") - Value(thresholds.spam, output_field=FloatField())),
        )
        return [distance.asc(nulls_last=True), "created", "pk"]
    return ["-created", "-pk"]
