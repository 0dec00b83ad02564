"""What every entry point (HTML form, embed, API) hands to the gate: plain values, no request."""

from __future__ import annotations

from dataclasses import dataclass
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
    ip_address: str | None = None
    user_agent: str = ""
    user_id: int | None = None
    form_token: str = ""
    honeypot: str = ""
