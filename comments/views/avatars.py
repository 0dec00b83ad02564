"""Serves identicons drawn on this server, so no avatar request goes to a third party."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from comments.avatars import AVATAR_KEY_RE, identicon_svg


@require_safe
@cache_control(public=True, max_age=30 * 24 * 3600, immutable=True)
def identicon(request: HttpRequest, key: str) -> HttpResponse:
    if not AVATAR_KEY_RE.match(key):
        raise Http404("not an avatar")
    return HttpResponse(identicon_svg(key), content_type="image/svg+xml")
