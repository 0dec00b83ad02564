"""A Content-Security-Policy on the pages this project renders for readers.

Scripts, styles and images come from this server only; no inline script runs, so a comment
that slipped past escaping still could not execute. The admin and the API docs are Django's
and Swagger's own pages with their own inline code, and are left to their defaults.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils import translation
from django.utils.translation import gettext as _

logger = logging.getLogger(__name__)

POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
        "base-uri 'none'",
        "object-src 'none'",
    ]
)
EXEMPT_PREFIXES = ("/admin/", "/api/v1/docs/")


class ContentSecurityPolicyMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        is_html = response.get("Content-Type", "").startswith("text/html")
        if is_html and not request.path.startswith(EXEMPT_PREFIXES):
            response.setdefault("Content-Security-Policy", POLICY)
        return response


class BodySizeLimitMiddleware:
    """Refuse a body larger than DATA_UPLOAD_MAX_MEMORY_SIZE before anything reads it.

    Django checks the size only when `request.body` is read; DRF parses from the stream and
    would read a body of any size. A comment never needs more than a few kilobytes.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if limit is not None and length > limit:
            return too_large(request)
        return self.get_response(request)


def login_locked_out(
    request: HttpRequest,
    original_response: HttpResponse | None = None,
    credentials: dict[str, object] | None = None,
) -> HttpResponse:
    """django-axes' answer to a locked-out login: 429 with Retry-After on the site's error page.

    (Three parameters, as axes calls it: with fewer, axes would retry it on a TypeError.)
    """
    from comments.views.errors import error_page

    seconds = int(settings.AXES_COOLOFF_TIME.total_seconds())
    response = error_page(
        request,
        429,
        _("Too many login attempts"),
        _(
            "This account is locked at this address for %(minutes)d minutes after too many "
            "wrong passwords. Try again later."
        )
        % {"minutes": max(1, seconds // 60)},
    )
    response["Retry-After"] = str(seconds)
    return response


def too_large(request: HttpRequest) -> HttpResponse:
    if request.path.startswith("/api/"):
        return JsonResponse(
            {"detail": "The request body is too large for a comment.", "code": "too_large"},
            status=413,
        )
    from comments.views.errors import bad_request

    # This runs before LocaleMiddleware: choose the reader's language here.
    with translation.override(translation.get_language_from_request(request)):
        return bad_request(request, RequestDataTooBig())


class DatabaseUnavailableMiddleware:
    """A database that is restarting answers 503 with Retry-After, not a 500 crash page.

    Nothing was stored (the transaction did not commit), so the client may simply try again.
    """

    RETRY_AFTER = 5

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if not isinstance(exception, OperationalError | InterfaceError):
            return None
        logger.warning("database unavailable: %s", type(exception).__name__)
        if request.path.startswith("/api/"):
            response: HttpResponse = JsonResponse(
                {
                    "detail": "The service is briefly unavailable; try again in a few seconds.",
                    "code": "unavailable",
                },
                status=503,
            )
        else:
            from comments.views.errors import unavailable

            response = unavailable(request)
        response["Retry-After"] = str(self.RETRY_AFTER)
        return response
