"""Error pages that say what went wrong in the reader's language, and never leak request data."""

from __future__ import annotations

from django.core.exceptions import RequestDataTooBig
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

_API_CODES = {
    503: "unavailable",
    400: "bad_request",
    403: "permission_denied",
    404: "not_found",
    413: "too_large",
    500: "server_error",
}


def error_page(request: HttpRequest, status: int, title: str, message: str) -> HttpResponse:
    # The API speaks JSON even when Django itself answers (an unmatched URL, a crash).
    if request.path.startswith("/api/"):
        return JsonResponse(
            {"detail": message, "code": _API_CODES.get(status, "error")}, status=status
        )
    return render(
        request, "comments/error.html", {"title": title, "message": message}, status=status
    )


def bad_request(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    if isinstance(exception, RequestDataTooBig):
        return error_page(
            request,
            413,
            _("The comment is too large"),
            _("What was sent is larger than a comment can be. Nothing was saved."),
        )
    return error_page(
        request,
        400,
        _("Bad request"),
        _("The request could not be understood. Nothing was saved."),
    )


def permission_denied(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return error_page(request, 403, _("Not allowed"), _("You do not have permission to do that."))


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    return error_page(
        request,
        403,
        _("The form has expired"),
        _(
            "Your comment was not saved because the form's security check failed. Cookies must "
            "be enabled. Go back, reload the page and send the comment again."
        ),
    )


def page_not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return error_page(
        request, 404, _("Not found"), _("There is no page or discussion at this address.")
    )


def server_error(request: HttpRequest) -> HttpResponse:
    return error_page(
        request,
        500,
        _("Something went wrong"),
        _("The server failed to handle the request. Please try again in a moment."),
    )


def unavailable(request: HttpRequest) -> HttpResponse:
    return error_page(
        request,
        503,
        _("Briefly unavailable"),
        _(
            "The site cannot save or show comments for a moment. Nothing was saved; please try "
            "again in a few seconds."
        ),
    )
