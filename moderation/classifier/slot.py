"""Where the spam classifier plugs into the gate.

Until a model is trained and activated there is nothing to score with: the score stays None and
the classifier adds no reason, so the other checks alone decide.
"""

from __future__ import annotations

from moderation.checks.context import ReviewContext
from moderation.verdict import Reason


def classify(ctx: ReviewContext) -> tuple[float | None, list[Reason]]:
    return None, []
