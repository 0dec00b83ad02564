"""The single decision point every submission passes before anything is published.

`review` runs the checks in order (see moderation.checks.PIPELINE); the first reject or spam
ends it. Holds add up. A trusted author's link and moderation-key holds are waived, then the
classifier slot scores the text. The verdict carries every reason; the gate saves nothing.
"""

from __future__ import annotations

from moderation.checks import PIPELINE
from moderation.checks.context import ReviewContext
from moderation.checks.trust import waive_holds
from moderation.classifier.slot import classify
from moderation.submission import Submission
from moderation.verdict import Action, CheckName, Reason, Verdict


def review(submission: Submission) -> Verdict:
    ctx = ReviewContext(submission)
    reasons: list[Reason] = []
    for check in PIPELINE:
        for reason in check(ctx):
            reasons.append(reason)
            if reason.action in (Action.REJECT, Action.SPAM):
                return _final(reason, reasons, score=None)
    reasons = waive_holds(ctx, reasons)
    score, classifier_reasons = classify(ctx, reasons)
    reasons += classifier_reasons
    decisive = max(reasons, key=lambda reason: reason.action.severity, default=None)
    if decisive is None or decisive.action == Action.APPROVE:
        note = f" (spam score {score:.0%})" if score is not None else ""
        reasons.append(
            Reason(CheckName.GATE, Action.APPROVE, f"approved: passed every check{note}")
        )
        return Verdict(Action.APPROVE, reasons, score)
    return _final(decisive, reasons, score)


def _final(decisive: Reason, reasons: list[Reason], score: float | None) -> Verdict:
    return Verdict(
        decisive.action,
        reasons,
        score,
        code=decisive.code,
        retry_after=decisive.retry_after,
        until=decisive.until,
        told=decisive.told,
    )
