"""What the gate asks about comments already stored, answered by the app that stores them.

`moderation` never imports the comments app (a test walks the imports): the gate decides on
plain values, and the few questions it has about history go through this interface. The
comments app implements it and registers it in its `AppConfig.ready()`; a host project that
stores comments its own way registers its own.
"""

from __future__ import annotations

from collections.abc import Iterable
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
class ModeratedComment:
    """A comment whose status a person set: a training label."""

    content: str
    author_name: str
    author_url: str
    is_spam: bool


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

    def approved_comment_of(
        self, user_id: int | None, proven_ids: frozenset[int], email: str
    ) -> int | None:
        """The id of a published comment of this signed-in user, or one of `proven_ids` (the
        author cookie's) written with `email`; None when there is none."""
        ...

    def moderated(self) -> Iterable[ModeratedComment]:
        """Every comment a moderator approved or marked as spam."""
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
