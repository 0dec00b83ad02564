"""The single decision point every submission passes before anything is published.

`review` runs the checks in order (see moderation.checks.PIPELINE); the first reject or spam
ends it. Holds add up. A trusted author's link and moderation-key holds are waived, then the
classifiers score the text: spam (moderation.classifier.slot), then abuse
(moderation.classifier.abuse_slot). The verdict carries every reason; the gate saves nothing.

A disallowed key sends a comment to spam, unless the abuse classifier is sure of abuse too:
then it goes to the trash (abuse is not spam, and what the spam folder holds trains the spam
model). A comment held for abuse asks its author first (`Verdict.nudge`), once per text.
"""

from __future__ import annotations

from dataclasses import replace

from moderation.checks import PIPELINE, limits
from moderation.checks.context import ReviewContext
from moderation.checks.trust import waive_holds
from moderation.classifier import abuse_slot
from moderation.classifier.slot import classify, shadow_score
from moderation.conf import gate_setting
from moderation.submission import Submission
from moderation.verdict import Action, CheckName, Reason, Verdict


def review(submission: Submission) -> Verdict:
    ctx = ReviewContext(submission)
    reasons: list[Reason] = []
    for check in PIPELINE:
        for reason in check(ctx):
            reasons.append(reason)
            if reason.action in (Action.REJECT, Action.SPAM):
                return _ended(ctx, reason, reasons)
    reasons = waive_holds(ctx, reasons)
    score, classifier_reasons = classify(ctx, reasons)
    shadow = shadow_score(ctx)
    abuse = abuse_slot.scored(ctx)
    abuse_reasons = abuse_slot.hold(ctx, *abuse) if abuse else []
    if abuse_reasons:
        classifier_reasons = [_held_not_spam(reason) for reason in classifier_reasons]
    reasons += classifier_reasons + abuse_reasons
    abuse_score = abuse[0] if abuse else None
    decisive = max(reasons, key=lambda reason: reason.action.severity, default=None)
    if decisive is None or decisive.action == Action.APPROVE:
        note = f" (spam score {score:.0%})" if score is not None else ""
        reasons.append(
            Reason(CheckName.GATE, Action.APPROVE, f"approved: passed every check{note}")
        )
        return Verdict(
            Action.APPROVE,
            reasons,
            score,
            abuse_score=abuse_score,
            near_duplicates=ctx.near_duplicates,
            shadow=shadow,
        )
    nudge = (
        bool(abuse_reasons)
        and decisive.action == Action.HOLD
        and submission.editing_id is None
        and not submission.nudge_accepted
        and bool(gate_setting("abuse_nudge"))
    )
    if nudge:
        limits.release_flood(ctx)
    return _final(decisive, reasons, score, abuse_score, nudge, ctx.near_duplicates, shadow)


def _ended(ctx: ReviewContext, reason: Reason, reasons: list[Reason]) -> Verdict:
    """A reject or spam that ends the review; a disallowed key on sure abuse is trash."""
    if reason.check == CheckName.DISALLOWED_KEY:
        abuse = abuse_slot.scored(ctx)
        trashed = abuse_slot.trash(ctx, *abuse, reason) if abuse else None
        if abuse and trashed:
            reasons.append(trashed)
            return _final(trashed, reasons, None, abuse[0])
    return _final(reason, reasons, score=None)


def _held_not_spam(reason: Reason) -> Reason:
    """The spam classifier's spam call on a comment the abuse classifier holds: held."""
    if reason.action != Action.SPAM:
        return reason
    text = reason.text.replace("spam: ", "held: ", 1) + " (abusive, so held rather than spam)"
    return replace(reason, action=Action.HOLD, text=text)


def _final(
    decisive: Reason,
    reasons: list[Reason],
    score: float | None,
    abuse_score: float | None = None,
    nudge: bool = False,
    near_duplicates: tuple[int, ...] | None = None,
    shadow: tuple[int, float] | None = None,
) -> Verdict:
    return Verdict(
        decisive.action,
        reasons,
        score,
        code=decisive.code,
        retry_after=decisive.retry_after,
        until=decisive.until,
        told=decisive.told,
        abuse_score=abuse_score,
        nudge=nudge,
        near_duplicates=near_duplicates,
        shadow=shadow,
    )
