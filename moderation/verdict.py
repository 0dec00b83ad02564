"""The gate's answer: what to do with a submission, and every reason why."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from django.utils.functional import Promise


class Action(StrEnum):
    APPROVE = "approve"
    HOLD = "hold"
    SPAM = "spam"
    REJECT = "reject"

    @property
    def severity(self) -> int:
        return _SEVERITY[self]


_SEVERITY = {Action.APPROVE: 0, Action.HOLD: 1, Action.SPAM: 2, Action.REJECT: 3}


@dataclass(frozen=True)
class Reason:
    """One check's finding, written for a moderator: "held: 3 links, 2 or more are held"."""

    check: str
    action: Action
    text: str
    # Only for a reject: the HTTP status, Retry-After seconds and the commenter's message.
    status_code: int | None = None
    retry_after: int | None = None
    public_message: str | Promise = ""


@dataclass(frozen=True)
class Verdict:
    action: Action
    reasons: list[Reason] = field(default_factory=list)
    # The classifier's spam probability; None when no classifier has scored the submission.
    score: float | None = None
    # For a reject: the HTTP status the entry point answers with (403, 409, 429) and, for 429,
    # the seconds after which trying again may work.
    status_code: int | None = None
    retry_after: int | None = None
    # For a reject: what the commenter is told, in their language.
    public_message: str | Promise = ""

    @property
    def stores_comment(self) -> bool:
        return self.action != Action.REJECT
