"""Where the spam classifier plugs into the gate: a score, and a reason when it matters.

`score >= spam_threshold` sends the comment to spam, `score >= hold_threshold` holds it. Both
come from the active model (chosen when it was trained) unless settings.COMMENT_GATE sets them.
Without a usable model every comment is held ("classifier unavailable"): publishing unchecked
would let spam through, and rejecting would lose readers' comments.
"""

from __future__ import annotations

import logging

from moderation.checks.context import ReviewContext
from moderation.classifier import registry
from moderation.classifier.features import Sample
from moderation.conf import gate_setting
from moderation.verdict import Action, Reason

logger = logging.getLogger(__name__)


def classify(ctx: ReviewContext) -> tuple[float | None, list[Reason]]:
    if not gate_setting("classifier"):
        return None, []
    sub = ctx.submission
    sample = Sample(sub.content, sub.author_name, sub.author_url)
    try:
        model = registry.active()
        score = model.classifier.score_one(sample)
    except registry.ClassifierUnavailable as error:
        logger.warning("classifier unavailable, holding the comment: %s", error)
        return None, [Reason("classifier", Action.HOLD, "held: classifier unavailable")]
    except Exception:
        logger.exception("classifier failed on a comment, holding it")
        return None, [Reason("classifier", Action.HOLD, "held: classifier unavailable")]
    spam_at = gate_setting("spam_threshold") or model.thresholds.spam
    hold_at = gate_setting("hold_threshold") or model.thresholds.hold
    if score >= spam_at:
        action = Action.SPAM
    elif score >= hold_at:
        action = Action.HOLD
    else:
        return score, []
    _, strongest = model.classifier.explain(sample)
    because = ", ".join(strongest) or "no single feature stands out"
    return score, [Reason("classifier", action, f"classifier {score:.2f}: {because}")]
