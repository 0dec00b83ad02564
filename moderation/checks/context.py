"""What the checks of one review share: the submission, the clock and work done once."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from moderation import history, rulebook
from moderation.classifier.normalise import fold, match_forms
from moderation.conf import gate_setting
from moderation.submission import Submission


@dataclass
class ReviewContext:
    submission: Submission
    now: float = field(default_factory=time.time)
    # What the campaign check found: the stored near-duplicates' ids, () for none; None when it
    # did not look (the review ended first, or the text is too short to fingerprint).
    near_duplicates: tuple[int, ...] | None = None

    def setting(self, name: str) -> Any:
        """A gate tunable as it applies to this submission's thread: its own, else the site's."""
        overrides = self.submission.thread.gate_overrides
        return overrides[name] if name in overrides else gate_setting(name)

    @cached_property
    def proven_approved(self) -> list[int]:
        """Published comments this submitter proved are theirs (cookie or signed-in user),
        newest first, as many as the trust ladder's settings can ask about."""
        sub = self.submission
        if sub.user_id is None and not sub.proven_comment_ids:
            return []
        limit = max(self.setting("hold_first_comments") or 0, self.setting("trusted_after") or 0)
        return history.current().approved_comments_of(
            sub.user_id, sub.proven_comment_ids, sub.author_email, max(limit, 1)
        )

    @cached_property
    def content_forms(self) -> tuple[str, ...]:
        return match_forms(self.submission.content)

    @cached_property
    def name_forms(self) -> tuple[str, ...]:
        return match_forms(self.submission.author_name)

    @cached_property
    def folded_email(self) -> str:
        return fold(self.submission.author_email)

    @cached_property
    def folded_url(self) -> str:
        return fold(self.submission.author_url)

    @cached_property
    def rules(self) -> rulebook.RuleBook:
        return rulebook.current()
