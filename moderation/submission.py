"""What every entry point (HTML form, embed, API) hands to the gate: plain values, no request."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from comments.models import Comment, Thread


@dataclass(frozen=True)
class Submission:
    thread: Thread
    content: str
    author_name: str
    author_email: str
    author_url: str = ""
    parent: Comment | None = None
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
