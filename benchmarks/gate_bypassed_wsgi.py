"""Our app with the gate bypassed, for measuring what the gate costs (benchmarks/load.py only).

Every submission is approved without a single check; storing it (the comment and its one decision
record) is unchanged, so the difference to config.wsgi is exactly the gate's work.
"""

from moderation import gate
from moderation.submission import Submission
from moderation.verdict import Action, Reason, Verdict


def approve_unchecked(submission: Submission) -> Verdict:
    return Verdict(Action.APPROVE, [Reason("gate", Action.APPROVE, "approved: gate bypassed")])


gate.review = approve_unchecked

from config.wsgi import application  # noqa: E402 (after the patch, which every worker inherits)

__all__ = ["application"]
