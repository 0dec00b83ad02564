"""Health, readiness and metrics for the machines that run this service.

/healthz says the process answers (a liveness probe: no database, so a database outage does
not get every worker restarted). /readyz says whether it can serve comments now: each part it
needs, named, with a short reason when one fails. /metrics is for Prometheus, and is a 404 to
anyone without the bearer token or an allowed address, so it does not tell that it exists.

None of them answers 500 or may be cached: a probe must see the state of now, and a reason is
a fixed phrase or an exception's class, never its text (that can hold a connection string).
"""

from __future__ import annotations

import hmac
import ipaddress
import logging
import secrets
from collections.abc import Callable

from django.conf import settings
from django.core.cache import caches
from django.db import connections
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseNotAllowed, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET

from comments import metrics
from comments.conf import comments_setting
from moderation.addresses import client_address
from moderation.classifier import registry
from moderation.conf import gate_setting

logger = logging.getLogger(__name__)

# Long enough for the read right after the write, short enough to leave nothing behind.
CACHE_PROBE_SECONDS = 10
# A reason is one line for a person reading a probe's log, not a dump.
MAX_REASON = 120


class NotReady(Exception):
    """A check's short, safe reason for failing (shown as it is)."""


def database() -> str:
    with connections["default"].cursor() as cursor:
        cursor.execute("SELECT 1")
        row = cursor.fetchone()
    if row is None or row[0] != 1:
        raise NotReady("SELECT 1 did not answer 1")
    return "ok"


def cache() -> str:
    # A key of its own per probe: two probes at once must not read each other's value.
    key, value = f"readyz:{secrets.token_hex(8)}", secrets.token_hex(8)
    default = caches["default"]
    default.set(key, value, timeout=CACHE_PROBE_SECONDS)
    if default.get(key) != value:
        # django-redis told to ignore errors answers None instead of raising.
        raise NotReady("the value written was not read back")
    return "ok"


def spam_model() -> str:
    if not gate_setting("classifier"):
        # The gate does not ask for a model then, so its absence keeps nothing from working.
        return "classifier switched off (COMMENT_GATE)"
    try:
        return f"v{registry.active().version}"
    except registry.ClassifierUnavailable as error:
        # The registry's own words: which version, and why it is not usable.
        raise NotReady(str(error)) from None


def task_backlog() -> str:
    waiting = metrics.task_backlog()
    if waiting is None:
        return "no queue (tasks run as they are enqueued)"
    limit = comments_setting("task_backlog_limit")
    if waiting > limit:
        # Workers are down or too few: moderators' mail and webhooks are late.
        raise NotReady(f"{waiting} tasks waiting, more than {limit}: is a worker running?")
    return f"{waiting} waiting"


CHECKS: dict[str, Callable[[], str]] = {
    "database": database,
    "cache": cache,
    "spam_model": spam_model,
    "task_backlog": task_backlog,
}


def run_check(name: str, check: Callable[[], str]) -> dict[str, object]:
    try:
        return {"ok": True, "detail": check()}
    except NotReady as error:
        reason = str(error)[:MAX_REASON]
    except Exception as error:
        reason = f"unavailable ({type(error).__name__})"
    logger.warning("not ready: %s: %s", name, reason)
    return {"ok": False, "detail": reason}


@csrf_exempt
@never_cache
@require_GET
def healthz(request: HttpRequest) -> HttpResponse:
    return JsonResponse({"status": "ok"})


@csrf_exempt
@never_cache
@require_GET
def readyz(request: HttpRequest) -> HttpResponse:
    checks = {name: run_check(name, check) for name, check in CHECKS.items()}
    failing = [name for name, result in checks.items() if not result["ok"]]
    if failing:
        body = {"status": "unavailable", "failing": failing, "checks": checks}
        return JsonResponse(body, status=503)
    return JsonResponse({"status": "ok", "checks": checks})


def may_scrape(request: HttpRequest) -> bool:
    """The right bearer token, or a client address in METRICS_ALLOWED_NETWORKS; with neither
    configured, nobody."""
    token = getattr(settings, "METRICS_TOKEN", "")
    scheme, _, given = request.headers.get("Authorization", "").partition(" ")
    # Compared in constant time, as bytes: compare_digest refuses non-ASCII text.
    if (
        token
        and scheme.lower() == "bearer"
        and hmac.compare_digest(given.strip().encode(), token.encode())
    ):
        return True
    networks = [
        ipaddress.ip_network(str(network), strict=False)
        for network in getattr(settings, "METRICS_ALLOWED_NETWORKS", [])
    ]
    address = client_address(request) if networks else None
    if address is None:
        return False
    client = ipaddress.ip_address(address)
    return any(client in network for network in networks)


@csrf_exempt
@never_cache
def metrics_view(request: HttpRequest) -> HttpResponse:
    # Refused before the method is looked at: a 405 would tell that something is here.
    if not may_scrape(request):
        raise Http404
    if request.method != "GET":
        return HttpResponseNotAllowed(["GET"])
    body, content_type = metrics.scrape(request.headers.get("Accept", ""))
    return HttpResponse(body, content_type=content_type)
