"""What every entry point (HTML form, embed, API) hands to the gate: plain values, no request."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol


class ThreadFacts(Protocol):
    """What the gate reads of a thread (the comments app's Thread has it)."""

    @property
    def pk(self) -> Any: ...
    @property
    def key(self) -> str: ...
    @property
    def is_open(self) -> bool: ...
    @property
    def created(self) -> datetime: ...
    @property
    def premoderate(self) -> bool:
        """Every comment of this thread waits for a moderator."""
        ...

    @property
    def gate_overrides(self) -> Mapping[str, Any]:
        """Gate settings (moderation.defaults names) this thread sets for itself."""
        ...


@dataclass(frozen=True)
class Submission:
    thread: ThreadFacts
    content: str
    author_name: str
    author_email: str
    author_url: str = ""
    # The comment replied to, as the entry point found it; the gate does not read it.
    parent: Any = None
    # The client's address, already resolved through TRUSTED_PROXIES.
    ip_address: str | None = None
    user_agent: str = ""
    user_id: int | None = None
    is_staff: bool = False
    # Ids of earlier comments this client proved it wrote (the signed author cookie).
    proven_comment_ids: frozenset[int] = field(default_factory=frozenset)
    form_token: str = ""
    honeypot: str = ""
    # Set when an author edits their comment: the bot traps and limits were passed when it was
    # posted, and it must not count as a duplicate of itself.
    editing_id: int | None = None
    # The author saw the nudge for this very text and posts it anyway (moderation.nudges): held
    # for a moderator, not asked again.
    nudge_accepted: bool = False
