"""What the gate asks about comments already stored, answered by the app that stores them.

`moderation` never imports the comments app (a test walks the imports): the gate decides on
plain values, and the few questions it has about history go through this interface. The
comments app implements it and registers it in its `AppConfig.ready()`; a host project that
stores comments its own way registers its own.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from django.core.exceptions import ImproperlyConfigured


@dataclass(frozen=True)
class Earlier:
    """An earlier comment with the same words: its id, and whether it came from this address."""

    pk: int
    same_address: bool


@dataclass(frozen=True)
class Record:
    """A commenter's decided comments in a window: approved, and rejected (spam, or trashed by
    a moderator or the gate; an author deleting their own comment is no rejection)."""

    approved: int
    rejected: int

    @property
    def decided(self) -> int:
        return self.approved + self.rejected

    @property
    def rejection_rate(self) -> float | None:
        return self.rejected / self.decided if self.decided else None


@dataclass(frozen=True)
class CampaignFacts:
    """A campaign of near-duplicate comments (moderation.campaigns), as moderators left it."""

    pk: int
    status: str  # a moderation.campaigns.Review value
    size: int
    commenters: int
    networks: int
    first_seen: datetime


@dataclass(frozen=True)
class NearDuplicate:
    """A stored comment that shares a band key with the submission, and its campaign if any."""

    pk: int
    content: str
    commenter: str  # its commenter digest, "" when erased
    address: str | None
    campaign: CampaignFacts | None


@dataclass(frozen=True)
class ModeratedComment:
    """A comment whose status a person set: a training label."""

    content: str
    author_name: str
    author_url: str
    is_spam: bool


@dataclass(frozen=True)
class DecidedComment:
    """A comment a moderator decided (approved or marked as spam), for the shadow check."""

    pk: int
    content: str
    author_name: str
    author_url: str
    is_spam: bool


@dataclass(frozen=True)
class ShadowScored:
    """A comment a version in shadow scored: its text, the active model's score, the shadow's,
    and the moderators' label once they decided (None before)."""

    pk: int
    content: str
    author_name: str
    author_url: str
    live_score: float | None
    shadow_score: float
    is_spam: bool | None


@dataclass(frozen=True)
class AbuseLabel:
    """A comment a person judged for abuse: marked abusive, or approved."""

    content: str
    is_abusive: bool


class CommentHistory(Protocol):
    def earlier_same_words(
        self,
        thread_id: int,
        key: str,
        since: datetime,
        address: str | None,
        exclude_id: int | None,
    ) -> Earlier | None:
        """A comment of the thread since `since`, not trashed, whose content key is `key`;
        one from `address` first."""
        ...

    def approved_comments_of(
        self, user_id: int | None, proven_ids: frozenset[int], email: str, limit: int
    ) -> list[int]:
        """Ids of up to `limit` published comments of this signed-in user, or among
        `proven_ids` (the author cookie's) written with `email`; newest first."""
        ...

    def commenter_record(self, digest: str, user_id: int | None, since: datetime) -> Record:
        """How the comments since `since` of this commenter (moderation.identity.
        commenter_digest of their email, or their signed-in user) were decided."""
        ...

    def near_duplicates(
        self, keys: Sequence[int], since: datetime, exclude_id: int | None
    ) -> list[NearDuplicate]:
        """Comments stored since `since` that share a band key with `keys`, those sharing the
        most first, at most a few dozen; the gate compares their words itself."""
        ...

    def moderated(self) -> Iterable[ModeratedComment]:
        """Every comment a moderator approved or marked as spam."""
        ...

    def moderated_abuse(self) -> Iterable[AbuseLabel]:
        """Every comment a moderator marked as abusive, or approved (the abuse model's labels)."""
        ...

    def shadow_scored(self, version: int, limit: int) -> list[ShadowScored]:
        """The latest `limit` comments the spam version `version` scored in shadow."""
        ...

    def labels_since(self, since: datetime | None) -> int:
        """How many comments a moderator approved or marked as spam since `since` (ever, when
        None): the labels a model trained before then has not learnt from."""
        ...

    def recently_decided(self, limit: int) -> list[DecidedComment]:
        """The `limit` comments a moderator approved or marked as spam most recently, newest
        decision first."""
        ...


_registered: CommentHistory | None = None


def register(history: CommentHistory) -> None:
    global _registered
    _registered = history


def current() -> CommentHistory:
    if _registered is None:
        raise ImproperlyConfigured(
            "No comment history is registered for the gate: add the 'comments' app to "
            "INSTALLED_APPS, or call moderation.history.register() with your own."
        )
    return _registered
