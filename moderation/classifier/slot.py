"""Where the spam classifier plugs into the gate: a score, and a reason when it matters.

`score >= hold_threshold` holds the comment. `score >= spam_threshold` sends it to spam, but on
the starter regime (a model that has not yet learnt from this site's moderators) only with a
second signal the words cannot fake: a link, a phone number or WhatsApp link, disguised
letters, a website, or a rule that already held it. Without one it is held: a held spam costs a
moderator one click, a reader's comment in the spam folder costs the reader.

Both thresholds come from the active model (chosen when it was trained) unless
settings.COMMENT_GATE sets them. Without a usable model every comment is held ("classifier
unavailable"): publishing unchecked would let spam through, and rejecting would lose readers'
comments.
"""

from __future__ import annotations

import logging

from moderation.checks.context import ReviewContext
from moderation.classifier import registry
from moderation.classifier.evaluate import STARTER, Thresholds, is_spam
from moderation.classifier.features import Sample, prepare
from moderation.conf import gate_setting
from moderation.verdict import Action, CheckName, Reason

logger = logging.getLogger(__name__)

# Holds by these checks are a signal of their own for a spam verdict.
RULE_CHECKS = frozenset({CheckName.MODERATION_KEY, CheckName.LINKS})


def classify(ctx: ReviewContext, found: list[Reason]) -> tuple[float | None, list[Reason]]:
    """The classifier's score and reason, given what the other checks `found` already."""
    if not gate_setting("classifier"):
        return None, []
    sub = ctx.submission
    sample = Sample(sub.content, sub.author_name, sub.author_url)
    try:
        model = registry.active()
        score = model.classifier.score_one(sample)
    except registry.ClassifierUnavailable as error:
        logger.warning("classifier unavailable, holding the comment: %s", error)
        return None, [Reason(CheckName.CLASSIFIER, Action.HOLD, "held: classifier unavailable")]
    except Exception:
        logger.exception("classifier failed on a comment, holding it")
        return None, [Reason(CheckName.CLASSIFIER, Action.HOLD, "held: classifier unavailable")]
    thresholds = in_force(model.thresholds)
    if score < thresholds.hold:
        return score, []
    signals = list(prepare(sample).signals)
    signals += [
        f"rule: {reason.check.replace('_', ' ')}" for reason in found if reason.check in RULE_CHECKS
    ]
    _, strongest = model.classifier.explain(sample)
    because = ", ".join(strongest) or "no single feature stands out"
    if is_spam(score, bool(signals), thresholds):
        text = f"spam: spam score {_pct(score)}, spam at {_pct(thresholds.spam)}: {because}"
        if thresholds.regime == STARTER:
            text += f" (second signal: {', '.join(signals)})"
        return score, [Reason(CheckName.CLASSIFIER, Action.SPAM, text)]
    text = f"held: spam score {_pct(score)}, hold at {_pct(thresholds.hold)}: {because}"
    if score >= thresholds.spam:
        text += " (spam score, but no second signal: a moderator decides)"
    return score, [Reason(CheckName.CLASSIFIER, Action.HOLD, text)]


def shadow_score(ctx: ReviewContext) -> tuple[int, float] | None:
    """The score of the spam version in shadow, if one is, as (version, score); it decides
    nothing. A failure there is logged and forgotten: the live model has decided already."""
    if not gate_setting("classifier"):
        return None
    model = registry.in_shadow()
    if model is None:
        return None
    sub = ctx.submission
    try:
        return model.version, model.classifier.score_one(
            Sample(sub.content, sub.author_name, sub.author_url)
        )
    except Exception:
        logger.exception("the spam model in shadow failed on a comment")
        return None


def in_force(stored: Thresholds) -> Thresholds:
    """The thresholds the gate applies: settings.COMMENT_GATE's where set, else the model's."""
    return Thresholds(
        hold=gate_setting("hold_threshold") or stored.hold,
        spam=gate_setting("spam_threshold") or stored.spam,
        decision=stored.decision,
        regime=stored.regime,
    )


def _pct(value: float) -> str:
    """A probability as a moderator reads it: 0.683 -> "68%", 0.0004 -> "0.04%"."""
    percent = value * 100
    if percent >= 99.5 or percent < 1:
        return f"{percent:.2g}%" if percent < 1 else f"{min(percent, 100):.1f}%"
    return f"{percent:.0f}%"
