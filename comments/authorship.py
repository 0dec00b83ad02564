"""Proof that a browser wrote a comment: a signed cookie with the ids it posted.

The email cannot prove authorship (anyone can type anyone's email), and the cookie must not carry
the email either, so it lists comment ids only, signed with the server's secret.
"""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse

COOKIE_NAME = "comment_author"
_SALT = "comments.authorship"
# Enough for a regular commenter; the oldest ids drop off first.
_MAX_IDS = 50
_MAX_AGE = 365 * 24 * 3600


def own_comment_ids(request: HttpRequest) -> set[int]:
    raw = request.get_signed_cookie(COOKIE_NAME, default="", salt=_SALT, max_age=_MAX_AGE)
    ids = set()
    for part in str(raw).split(","):
        if part.isdigit():
            ids.add(int(part))
    return ids


def remember_author(request: HttpRequest, response: HttpResponse, comment_id: int) -> None:
    raw = request.get_signed_cookie(COOKIE_NAME, default="", salt=_SALT, max_age=_MAX_AGE)
    ids = [part for part in str(raw).split(",") if part.isdigit()]
    ids.append(str(comment_id))
    response.set_signed_cookie(
        COOKIE_NAME,
        ",".join(ids[-_MAX_IDS:]),
        salt=_SALT,
        max_age=_MAX_AGE,
        httponly=True,
        samesite="Lax",
        secure=settings.SESSION_COOKIE_SECURE,
    )
