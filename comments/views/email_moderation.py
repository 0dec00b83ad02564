"""The Approve / Spam links in moderators' emails.

Opening a link shows the comment and one button; the button does it. A plain GET never changes
anything: mail scanners and link previews open every link in an email.
"""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from comments.models import Comment
from comments.notifications import read_link_token
from comments.services import ModerationAction, moderate
from comments.views.errors import error_page


@require_http_methods(["GET", "POST"])
def moderate_from_email(request: HttpRequest, token: str) -> HttpResponse:
    found = read_link_token(token)
    comment = moderator = None
    action = ""
    if found is not None:
        comment_id, action, user_id = found
        moderator = get_user_model().objects.filter(pk=user_id, is_active=True).first()
        comment = Comment.objects.select_related("thread").filter(pk=comment_id).first()
    if comment is None or moderator is None or not moderator.has_perm("comments.can_moderate"):
        return error_page(
            request,
            400,
            _("This link does not work"),
            _(
                "It has expired, was changed, or its moderator may no longer moderate. "
                "Open the comment in the admin instead."
            ),
        )
    chosen = ModerationAction(action)
    done = False
    if request.method == "POST":
        moderate(comment, chosen, moderator, via="email")
        done = True
    context = {"comment": comment, "action": chosen, "done": done}
    return render(request, "comments/email_moderation.html", context)
