"""Where the abuse classifier plugs into the gate: a score, and a hold when it is high.

`score >= hold threshold` holds the comment with a reason a moderator reads at a glance
("held: abuse score 83%, hold at 40%: insult, group target ('goblok', 'dasar')"). A new
comment is first sent back to its author with the nudge (moderation.nudges); posted again
unchanged, it is held. Abuse never goes to the spam folder (spam is another label, and what
the spam folder holds trains the spam model): when the spam classifier alone called an abusive
comment spam, it is held instead. Only a score at the trash threshold together with one of the
site's disallowed keys sends a comment to the trash (moderation.gate).

Without an active abuse model the comment is not scored for abuse at all: unlike the spam
classifier, whose absence holds everything, a site that has not trained one yet keeps the gate
it had.
"""

from __future__ import annotations

import logging

from moderation.checks.context import ReviewContext
from moderation.classifier import registry
from moderation.classifier.evaluate import Thresholds
from moderation.conf import gate_setting
from moderation.verdict import Action, CheckName, Reason

logger = logging.getLogger(__name__)


def scored(ctx: ReviewContext) -> tuple[float, Thresholds] | None:
    """The comment's abuse probability and the thresholds in force, or None when no abuse
    model scores comments here."""
    if not gate_setting("abuse_classifier"):
        return None
    try:
        model = registry.abuse.active()
        sub = ctx.submission
        # With the author's name and website: the same preparation the spam model made.
        score = model.classifier.score_one(sub.content, sub.author_name, sub.author_url)
    except registry.ClassifierUnavailable:
        return None
    except Exception:
        logger.exception("abuse classifier failed on a comment, not scoring it")
        return None
    stored = model.thresholds
    thresholds = Thresholds(
        hold=gate_setting("abuse_hold_threshold") or stored.hold,
        spam=gate_setting("abuse_trash_threshold") or stored.spam,
        decision=stored.decision,
        regime=stored.regime,
    )
    return score, thresholds


def hold(ctx: ReviewContext, score: float, thresholds: Thresholds) -> list[Reason]:
    """The hold, with what the model read, when the score reaches the hold threshold."""
    if score < thresholds.hold:
        return []
    return [
        Reason(
            CheckName.ABUSE,
            Action.HOLD,
            f"held: abuse score {_pct(score)}, hold at {_pct(thresholds.hold)}: {explain(ctx)}",
        )
    ]


def trash(ctx: ReviewContext, score: float, thresholds: Thresholds, key: Reason) -> Reason | None:
    """The trash, when a disallowed key matched (`key`) and the score reaches the trash
    threshold: the site's own list and the model agree."""
    if score < thresholds.spam:
        return None
    text = (
        f"trash: abuse score {_pct(score)}, trash at {_pct(thresholds.spam)}, and "
        f"{key.text.removeprefix('spam: ')}: {explain(ctx)}"
    )
    return Reason(CheckName.ABUSE, Action.TRASH, text)


def explain(ctx: ReviewContext) -> str:
    try:
        sub = ctx.submission
        classifier = registry.abuse.active().classifier
        _, kinds, words = classifier.explain(sub.content, name=sub.author_name, url=sub.author_url)
    except Exception:
        return "no explanation"
    told = ", ".join(kinds) or "abuse"
    return f"{told} ({', '.join(words)})" if words else told


def _pct(value: float) -> str:
    return f"{min(value, 1.0) * 100:.0f}%"
