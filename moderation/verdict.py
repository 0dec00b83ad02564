"""The gate's answer: what to do with a submission, and every reason why."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


class Action(StrEnum):
    APPROVE = "approve"
    HOLD = "hold"
    SPAM = "spam"
    # Stored in the trash: abuse the site's disallowed keys name too (never the spam folder,
    # which is spam's label for training).
    TRASH = "trash"
    REJECT = "reject"

    @property
    def severity(self) -> int:
        return _SEVERITY[self]


_SEVERITY = {Action.APPROVE: 0, Action.HOLD: 1, Action.SPAM: 2, Action.TRASH: 3, Action.REJECT: 4}


class CheckName(StrEnum):
    """The check a reason comes from, as stored on its decision record (Decision.check_name)."""

    CLOSED_THREAD = "closed_thread"
    BANNED = "banned"
    HONEYPOT = "honeypot"
    FORM_TOKEN = "form_token"  # noqa: S105 (a check's name, not a secret)
    RATE_LIMIT = "rate_limit"
    DUPLICATE = "duplicate"
    CAMPAIGN = "campaign"
    DISALLOWED_KEY = "disallowed_key"
    MODERATION_KEY = "moderation_key"
    LINKS = "links"
    HOLD_ALL = "hold_all"
    NEW_COMMENTER = "new_commenter"
    REJECTION_RATE = "rejection_rate"
    TRUSTED_AUTHOR = "trusted_author"
    CLASSIFIER = "classifier"
    ABUSE = "abuse"
    GATE = "gate"


class RejectCode(StrEnum):
    """Why a submission was refused. The gate speaks these; the comments app alone turns them
    into an HTTP status and a message in the commenter's language (comments.rejections)."""

    CLOSED = "closed"
    BANNED = "banned"
    RATE_LIMITED = "rate_limited"
    DUPLICATE = "duplicate"


@dataclass(frozen=True)
class Reason:
    """One check's finding, written for a moderator: "held: 3 links, 2 or more are held"."""

    check: str
    action: Action
    text: str
    # Only for a reject: why, in one word, and after how many seconds trying again may work.
    code: RejectCode | None = None
    retry_after: int | None = None
    # Only for a ban: until when (None: for good), and the reason the moderator gave them.
    until: datetime | None = None
    told: str = ""


@dataclass(frozen=True)
class Verdict:
    action: Action
    reasons: list[Reason] = field(default_factory=list)
    # The classifier's spam probability; None when no classifier has scored the submission.
    score: float | None = None
    # For a reject: the decisive reason's code and Retry-After seconds.
    code: RejectCode | None = None
    retry_after: int | None = None
    until: datetime | None = None
    told: str = ""
    # The abuse classifier's probability; None when it did not score the submission.
    abuse_score: float | None = None
    # Held for abuse, and the author has not yet seen the nudge for this text: the entry point
    # asks them first (edit it, or post it for review) and stores nothing (moderation.nudges).
    nudge: bool = False
    # The stored near-duplicates the campaign check found (ids), () when it found none, None when
    # it did not look: the storage files the comment in a campaign from this, without asking again
    # when there is nothing to file (comments.campaigns.record).
    near_duplicates: tuple[int, ...] | None = None
    # The spam version in shadow and its score of this comment (moderation.classifier.shadow):
    # kept by the storage for the shadow report, never part of the decision.
    shadow: tuple[int, float] | None = None

    @property
    def stores_comment(self) -> bool:
        return self.action != Action.REJECT and not self.nudge
