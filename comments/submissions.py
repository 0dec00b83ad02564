"""Turning a validated request into the gate's Submission: the same for the form and the API."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.http import HttpRequest
from django.utils import translation

from comments import authorship, requests
from comments.models import Comment, Thread
from moderation import nudges
from moderation.addresses import client_address
from moderation.submission import Submission


@dataclass(frozen=True)
class CommentSubmission(Submission):
    """A Submission with what the comments app alone needs once the comment is stored; the
    gate reads none of it."""

    # "", "replies" or "thread": the reader's "notify me of follow-up comments" (follow_ups).
    follow_up: str = ""
    # The request's language: what the follow-up emails are written in.
    language: str = ""


def build_submission(
    request: HttpRequest, thread: Thread, data: dict[str, Any], editing: Comment | None = None
) -> CommentSubmission:
    """`data` holds the cleaned fields of CommentForm (content, author_*, parent, ...)."""
    user = request.user
    return CommentSubmission(
        thread=thread,
        content=data["content"],
        author_name=data["author_name"],
        author_email=data["author_email"],
        author_url=data.get("author_url") or "",
        parent=data.get("parent"),
        ip_address=client_address(request),
        user_agent=requests.user_agent(request),
        user_id=user.pk if user.is_authenticated else None,
        is_staff=bool(user.is_authenticated and user.is_staff),
        proven_comment_ids=frozenset(authorship.own_comment_ids(request)),
        form_token=data.get("form_token") or "",
        honeypot=data.get("subject") or "",
        editing_id=editing.pk if editing else None,
        nudge_accepted=nudges.accepted(data.get("nudge_token") or "", thread.key, data["content"]),
        follow_up=data.get("follow_up") or "",
        language=translation.get_language() or "",
    )
