"""The Approve / Spam links in moderators' emails.

Opening a link shows the comment and one button; the button does it. A plain GET never changes
anything: mail scanners and link previews open every link in an email. A link works once, and
only while the comment still has the status it had when the email was sent.
"""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from comments import notifications
from comments.models import Comment
from comments.services import ModerationAction, moderate
from comments.views.errors import error_page


@require_http_methods(["GET", "POST"])
def moderate_from_email(request: HttpRequest, token: str) -> HttpResponse:
    link = notifications.read_link_token(token)
    comment = moderator = None
    if link is not None:
        moderator = get_user_model().objects.filter(pk=link.user_id, is_active=True).first()
        comment = Comment.objects.select_related("thread").filter(pk=link.comment_id).first()
    if (
        link is None
        or comment is None
        or moderator is None
        or not moderator.has_perm("comments.can_moderate")
    ):
        return error_page(
            request,
            400,
            _("This link does not work"),
            _(
                "It has expired, was changed, or its moderator may no longer moderate. "
                "Open the comment in the admin instead."
            ),
        )
    refused = _refusal(request, link, comment.status)
    if refused is not None:
        return refused
    chosen = ModerationAction(link.action)
    done = False
    if request.method == "POST":
        with transaction.atomic():
            # Locked, then checked again: two clicks (or two moderators) at the same moment
            # must not both act.
            status = (
                Comment.objects.select_for_update()
                .filter(pk=comment.pk)
                .values_list("status", flat=True)
                .first()
            )
            comment.status = status or comment.status
            refused = _refusal(request, link, status)
            if refused is None and not notifications.spend_link(link):
                refused = _already_used(request)
            if refused is not None:
                return refused
            moderate(comment, chosen, moderator, via="email")
        done = True
    context = {"comment": comment, "action": chosen, "done": done}
    return render(request, "comments/email_moderation.html", context)


def _refusal(
    request: HttpRequest, link: notifications.EmailLink, status: str | None
) -> HttpResponse | None:
    """The page refusing a spent link (410) or one about a comment decided since (409)."""
    if notifications.link_was_used(link):
        return _already_used(request)
    if status != link.status:
        current = Comment.Status(status).label if status else _("deleted")
        return error_page(
            request,
            409,
            _("This comment was already decided"),
            _(
                "Someone changed this comment after the email was sent: it is now %(status)s. "
                "Nothing was changed. Open it in the admin if it needs another decision."
            )
            % {"status": current},
        )
    return None


def _already_used(request: HttpRequest) -> HttpResponse:
    return error_page(
        request,
        410,
        _("This link was already used"),
        _(
            "Each link in a moderation email works once. Nothing was changed. Open the comment "
            "in the admin to change it again."
        ),
    )
