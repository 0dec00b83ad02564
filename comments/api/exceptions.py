"""DRF's exception handler, with the statuses this API promises."""

from __future__ import annotations

from typing import Any

from django.http import Http404
from rest_framework.exceptions import APIException, Throttled
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler


class RateLimited(Throttled):
    """429 with Retry-After, and the same code as the gate's own rate-limit answers."""

    default_code = "rate_limited"


def exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    response = drf_exception_handler(exc, context)
    # Every {"detail": ...} answer also carries a machine-readable "code", as the schema says.
    if response is not None and isinstance(response.data, dict) and "detail" in response.data:
        response.data.setdefault("code", _code(exc))
    return response


def _code(exc: Exception) -> str:
    if isinstance(exc, Http404):
        return "not_found"
    if isinstance(exc, APIException):
        codes = exc.get_codes()
        return codes if isinstance(codes, str) else exc.default_code
    return "error"
