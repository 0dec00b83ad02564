"""Turning a validated request into the gate's Submission: the same for the form and the API."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from comments import authorship, requests
from comments.models import Comment, Thread
from moderation.addresses import client_address
from moderation.submission import Submission


def build_submission(
    request: HttpRequest, thread: Thread, data: dict[str, Any], editing: Comment | None = None
) -> Submission:
    """`data` holds the cleaned fields of CommentForm (content, author_*, parent, ...)."""
    user = request.user
    return Submission(
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
    )
