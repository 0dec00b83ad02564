"""The commenter page in the admin: how one commenter's comments fared, what readers reported,
moderators' notes about them, their bans, and banning them. Named by the commenter digest in
its address, never the email, which only moderators allowed to see emails are shown."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

from django import forms
from django.contrib import admin, messages
from django.contrib.admin import AdminSite
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from comments import banning, commenters
from comments.models import Comment, Report
from comments.requests import acting_user

URL_NAME = "comments_comment_commenter"


def commenter_url(digest: str) -> str:
    return reverse(f"admin:{URL_NAME}", args=[digest])


@admin.display(description=gettext_lazy("name"), ordering="author_name")
def author_link(comment: Comment) -> str:
    """The author's name in the comment list, linking to their commenter page."""
    name = comment.author_name or "-"
    if not comment.author_digest:  # an erased author is nobody's commenter any more
        return name
    return format_html(
        '<a href="{}" title="{}">{}</a>',
        commenter_url(comment.author_digest),
        _("Commenter page"),
        name,
    )


class NoteForm(forms.Form):
    text = forms.CharField(
        label=gettext_lazy("Note"),
        max_length=commenters.NOTE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3, "cols": 70}),
    )


class BanForm(forms.Form):
    days = forms.TypedChoiceField(
        label=gettext_lazy("How long"),
        choices=[
            ("", gettext_lazy("for good")),
            ("1", gettext_lazy("suspend for 1 day")),
            ("7", gettext_lazy("suspend for 7 days")),
            ("30", gettext_lazy("suspend for 30 days")),
            ("90", gettext_lazy("suspend for 90 days")),
        ],
        coerce=int,
        empty_value=None,
        required=False,
    )
    reason = forms.CharField(
        label=gettext_lazy("Reason shown to them"), max_length=200, required=False
    )
    note = forms.CharField(
        label=gettext_lazy("Note for moderators"), max_length=500, required=False
    )
    remove_comments = forms.BooleanField(
        label=gettext_lazy("Also move their pending and published comments to the trash"),
        required=False,
    )


def commenter_view(site: AdminSite) -> Callable[[HttpRequest, str], HttpResponse]:
    """The page's view, for CommentAdmin.get_urls (wrapped there in site.admin_view)."""

    def view(request: HttpRequest, digest: str) -> HttpResponse:
        # The permission first: someone without it learns nothing, not even who exists.
        if not request.user.has_perm("comments.can_moderate"):
            raise PermissionDenied
        found = commenters.profile(digest)
        if found is None:
            raise Http404("no such commenter")
        note_form, ban_form = NoteForm(), BanForm()
        if request.method == "POST":
            action = request.POST.get("action")
            if action == "note":
                note_form = NoteForm(request.POST)
                if note_form.is_valid():
                    return _add_note(request, digest, note_form)
            elif action == "ban":
                ban_form = BanForm(request.POST)
                if ban_form.is_valid():
                    return _ban(request, digest, ban_form)
            elif action == "lift":
                return _lift(request, found)
            else:
                return HttpResponse(status=400)
        context = {
            **site.each_context(request),
            **_page_context(request, found),
            "note_form": note_form,
            "ban_form": ban_form,
        }
        return TemplateResponse(request, "admin/comments/commenter.html", context)

    return view


def _page_context(request: HttpRequest, found: commenters.Profile) -> dict[str, Any]:
    private = bool(request.user.has_perm("comments.view_author_private"))
    reasons = dict(Report.Reason.choices)
    rate = found.record.rejection_rate
    return {
        "title": _("Commenter %(digest)s") % {"digest": found.digest[:12]},
        "profile": found,
        "can_see_private": private,
        "emails": commenters.mailbox_spellings(found.digest) if private else [],
        "users": User.objects.filter(pk__in=found.user_ids).order_by("pk"),
        "by_status": [(label, found.counts[value]) for value, label in Comment.Status.choices],
        "rate_shown": "-" if rate is None else f"{rate:.0%}",
        "reports_by_reason": [
            (reasons.get(reason, reason), count)
            for reason, count in found.reports_by_reason.items()
        ],
        "report_count": sum(found.reports_by_reason.values()),
    }


def _back(digest: str) -> HttpResponseRedirect:
    return HttpResponseRedirect(commenter_url(digest))


def _add_note(request: HttpRequest, digest: str, form: NoteForm) -> HttpResponse:
    commenters.add_note(digest, form.cleaned_data["text"], acting_user(request))
    messages.success(request, _("Note added."))
    return _back(digest)


def _ban(request: HttpRequest, digest: str, form: BanForm) -> HttpResponse:
    data = form.cleaned_data
    days = data["days"]
    made = commenters.ban(
        digest,
        until=None if days is None else timezone.now() + timedelta(days=days),
        reason=data["reason"],
        note=data["note"],
        actor=request.user.get_username(),
        remove_comments=data["remove_comments"],
    )
    if made is None:
        messages.error(request, _("None of this commenter's comments has an email to ban."))
    elif data["remove_comments"]:
        messages.success(
            request,
            _("Banned; %(count)d of their comments moved to the trash.")
            % {"count": len(made.removed)},
        )
    else:
        messages.success(request, _("Banned."))
    return _back(digest)


def _lift(request: HttpRequest, found: commenters.Profile) -> HttpResponse:
    chosen = request.POST.get("ban", "")
    ban = next((b for b in found.bans if str(b.pk) == chosen), None)
    if ban is None:
        raise Http404("no such ban on this commenter")
    restored = banning.lift(ban, request.user.get_username())
    messages.success(
        request,
        _("Ban lifted; %(count)d comments restored.") % {"count": restored},
    )
    return _back(found.digest)
