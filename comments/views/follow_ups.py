"""The links in follow-up emails: confirm a subscription, and unsubscribe.

Both pages show a button on GET and act on POST: mail scanners and link previews open every
link in an email, and opening must not subscribe anyone. The unsubscribe address is also the
RFC 8058 one-click target: a mail client POSTs `List-Unsubscribe=One-Click` to it with no
cookie and no CSRF token, so that view alone is csrf_exempt. Its signed token is what
authorises it; a forged cross-site POST would need the token, and could only stop emails.
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from comments import follow_ups
from comments.models import FollowUp
from comments.views.errors import error_page


@never_cache
@require_http_methods(["GET", "POST"])
def confirm(request: HttpRequest, token: str) -> HttpResponse:
    subscription = follow_ups.from_confirm_token(token)
    if subscription is None:
        return _broken_link(request)
    if subscription.unsubscribed is not None:
        return error_page(
            request,
            410,
            _("You unsubscribed"),
            _("This subscription was ended, so the link no longer confirms it. Nothing changed."),
        )
    already = subscription.confirmed is not None
    done = False
    if request.method == "POST" and not already:
        done = follow_ups.confirm(subscription)
        already = not done
    context = {"subscription": subscription, "done": done, "already": already}
    return render(request, "comments/follow_up_confirm.html", context)


@csrf_exempt
@never_cache
@require_http_methods(["GET", "POST"])
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    subscription_id = follow_ups.unsubscribe_id(token)
    if subscription_id is None:
        return _broken_link(request)
    done = False
    if request.method == "POST":
        # Idempotent: a second click, or a mail client that retries, gets the same answer.
        follow_ups.unsubscribe(subscription_id)
        done = True
    subscription = FollowUp.objects.select_related("thread").filter(pk=subscription_id).first()
    context = {"subscription": subscription, "done": done}
    return render(request, "comments/follow_up_unsubscribe.html", context)


def _broken_link(request: HttpRequest) -> HttpResponse:
    return error_page(
        request,
        400,
        _("This link does not work"),
        _("It has expired or was changed. Post a comment again to ask for follow-up emails."),
    )
