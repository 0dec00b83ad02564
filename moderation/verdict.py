"""The gate's answer: what to do with a submission, and why."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Action(StrEnum):
    APPROVE = "approve"
    HOLD = "hold"
    SPAM = "spam"
    REJECT = "reject"


@dataclass(frozen=True)
class Verdict:
    action: Action
    reasons: list[str] = field(default_factory=list)
    # The classifier's spam probability; None when no classifier has scored the submission.
    score: float | None = None
    # For a reject: the HTTP status the entry point answers with (403, 409, 429, ...).
    status_code: int | None = None
    retry_after: int | None = None

    @property
    def stores_comment(self) -> bool:
        return self.action != Action.REJECT
