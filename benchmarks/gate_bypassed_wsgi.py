"""Our app with the gate bypassed, for measuring what the gate costs (benchmarks/load.py only).

Every submission is approved without a single check; storing it (the comment and its one decision
record) is unchanged, so the difference to config.wsgi is exactly the gate's work.
"""

# The application first: it sets Django up, and the gate's modules import models.
from config.wsgi import application
from moderation import gate
from moderation.submission import Submission
from moderation.verdict import Action, Reason, Verdict


def approve_unchecked(submission: Submission) -> Verdict:
    return Verdict(Action.APPROVE, [Reason("gate", Action.APPROVE, "approved: gate bypassed")])


# comments.services calls `gate.review` through the module, so every worker (forked after this
# import) sees the patch.
gate.review = approve_unchecked

__all__ = ["application"]
