"""Facts read off an HTTP request that more than one entry point needs."""

from __future__ import annotations

from urllib.parse import parse_qsl

from django.contrib.auth.models import User
from django.http import HttpRequest

_USER_AGENT_MAX = 500


def has_invalid_utf8(request: HttpRequest) -> bool:
    """True when the posted form is not valid UTF-8.

    Django decodes bad bytes to U+FFFD silently; storing that would keep a corrupted comment, so
    the entry points refuse it instead. A url-encoded body is checked exactly; a multipart body is
    already parsed by the CSRF check, so its replacement characters are the only trace left.
    """
    if request.content_type == "application/x-www-form-urlencoded":
        try:
            parse_qsl(request.body.decode("utf-8"), keep_blank_values=True, errors="strict")
        except UnicodeDecodeError:
            return True
        return False
    return any("\ufffd" in value for values in request.POST.lists() for value in values[1])


def user_agent(request: HttpRequest) -> str:
    return str(request.META.get("HTTP_USER_AGENT", ""))[:_USER_AGENT_MAX]


def acting_user(request: HttpRequest) -> User | None:
    """The signed-in user behind a moderator's request, for history rows (None if anonymous)."""
    user = request.user
    return user if isinstance(user, User) else None
