"""Reviewing the queue quickly in the admin: only the actions that change a comment, one button
each in every row (the keyboard shortcuts of admin_review.js press them), scores beside the
thresholds the gate applies, score bands from those thresholds, and a moderator's reply."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.functional import lazy
from django.utils.html import format_html, format_html_join
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from comments.forms import CONTENT_MAX_LENGTH, CONTENT_MIN_LENGTH
from comments.models import Comment
from comments.queue_order import FALLBACK, ORDERS, UNCERTAIN
from comments.services import ModerationAction, reply_as_moderator
from moderation.admin import active_thresholds, as_percent
from moderation.classifier import slot

Status = Comment.Status

# What changes something for a comment in each status. "Not spam" is the approval of a spam
# comment (it also labels it for training), so a spam comment is not offered a plain Approve.
ACTIONS_BY_STATUS: dict[str, list[ModerationAction]] = {
    Status.PENDING: [
        ModerationAction.APPROVE,
        ModerationAction.SPAM,
        ModerationAction.ABUSIVE,
        ModerationAction.TRASH,
    ],
    Status.APPROVED: [ModerationAction.SPAM, ModerationAction.ABUSIVE, ModerationAction.TRASH],
    Status.SPAM: [ModerationAction.HAM, ModerationAction.ABUSIVE, ModerationAction.TRASH],
    Status.TRASH: [ModerationAction.APPROVE, ModerationAction.SPAM, ModerationAction.ABUSIVE],
}
# The bulk action (CommentAdmin.actions) that does each moderation action.
BULK_ACTIONS = {
    "approve": ModerationAction.APPROVE,
    "mark_spam": ModerationAction.SPAM,
    "mark_ham": ModerationAction.HAM,
    "trash": ModerationAction.TRASH,
    "mark_abusive": ModerationAction.ABUSIVE,
}
# The key of each action in the queue; "a" approves whatever approving means for the comment.
KEYS = {
    ModerationAction.APPROVE: "a",
    ModerationAction.HAM: "a",
    ModerationAction.SPAM: "s",
    ModerationAction.TRASH: "t",
    ModerationAction.ABUSIVE: "b",
}
LABELS = {
    ModerationAction.APPROVE: gettext_lazy("Approve"),
    ModerationAction.SPAM: gettext_lazy("Mark as spam"),
    ModerationAction.HAM: gettext_lazy("Not spam"),
    ModerationAction.TRASH: gettext_lazy("Trash"),
    ModerationAction.ABUSIVE: gettext_lazy("Abusive"),
}
# Shorter labels for the buttons in each row of the queue.
ROW_LABELS = {**LABELS, ModerationAction.SPAM: gettext_lazy("Spam")}
REPLYABLE = (Status.PENDING, Status.APPROVED)


def actions_for(status: str) -> list[ModerationAction]:
    return ACTIONS_BY_STATUS.get(status, [])


def pointless_bulk_actions(status: str | None) -> set[str]:
    """The bulk actions that would change nothing in a list filtered to one status."""
    if status not in ACTIONS_BY_STATUS:
        return set()
    useful = actions_for(status)
    return {name for name, action in BULK_ACTIONS.items() if action not in useful}


def moderation_buttons(comment: Comment) -> list[dict[str, str]]:
    """The change page's buttons for the comment's status: where each posts, its label, key."""
    return [
        {
            "url": reverse("admin:comments_comment_moderate", args=[comment.pk, action.value]),
            "label": str(LABELS[action]),
            "key": KEYS[action],
        }
        for action in actions_for(comment.status)
    ]


@admin.display(description=gettext_lazy("moderate"))
def row_actions(comment: Comment) -> str:
    """One button per useful action, inside the list's form: each posts it to the comment's
    moderation address (formaction) with the list's own CSRF token and return address."""
    buttons = format_html_join(
        "",
        '<button type="submit" class="kb-action" formaction="{}" data-kb-key="{}" '
        'title="{} ({})">{}</button>',
        (
            (
                reverse("admin:comments_comment_moderate", args=[comment.pk, action.value]),
                KEYS[action],
                LABELS[action],
                KEYS[action],
                ROW_LABELS[action],
            )
            for action in actions_for(comment.status)
        ),
    )
    reply = ""
    if comment.status in REPLYABLE:
        reply = format_html(
            '<a class="kb-action" href="{}" data-kb-key="r" title="{} (r)">{}</a>',
            reverse("admin:comments_comment_reply", args=[comment.pk]),
            _("Reply as moderator"),
            _("Reply"),
        )
    return format_html(
        '<div class="row-actions" data-comment="{}">{}{}</div>', comment.pk, buttons, reply
    )


def thresholds_text() -> str:
    thresholds = active_thresholds()
    if thresholds is None:
        return _("no spam model is active")
    return _("hold ≥ %(hold)s, spam ≥ %(spam)s") % {
        "hold": as_percent(thresholds.hold),
        "spam": as_percent(thresholds.spam),
    }


def _score_heading() -> str:
    if active_thresholds() is None:
        return _("spam score")
    return _("spam score (%(thresholds)s)") % {"thresholds": thresholds_text()}


# The list's column heading, worked out each time the list is drawn: the active model changes.
score_heading = lazy(_score_heading, str)()


def score_in_full(score: float | None) -> str:
    """The change page's score: "87.3% (hold ≥ 40.0%, spam ≥ 90.0%)"."""
    if score is None:
        return _("not scored")
    return f"{as_percent(score)} ({thresholds_text()})"


class ScoreBandFilter(admin.SimpleListFilter):
    """The bands the gate acts on, from the active model's thresholds (and settings overrides):
    below the hold threshold, held, spam."""

    title = gettext_lazy("spam score")
    parameter_name = "score"

    def __init__(self, request: HttpRequest, params: Any, model: Any, model_admin: Any) -> None:
        self.active = active_thresholds()
        self.thresholds = self.active or slot.in_force(FALLBACK)
        super().__init__(request, params, model, model_admin)

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, str]]:
        values = {
            "hold": as_percent(self.thresholds.hold),
            "spam": as_percent(self.thresholds.spam),
        }
        if self.active is None:
            low, mid, high = (
                _("low (< %(hold)s)"),
                _("uncertain (%(hold)s to %(spam)s)"),
                _("high (≥ %(spam)s)"),
            )
        else:
            low, mid, high = (
                _("below hold (< %(hold)s)"),
                _("held (%(hold)s to %(spam)s)"),
                _("spam (≥ %(spam)s)"),
            )
        if self.thresholds.spam > 1:
            mid, high = _("held (≥ %(hold)s)"), _("spam (never with this model)")
        return [
            ("none", _("not scored")),
            ("low", low % values),
            ("mid", mid % values),
            ("high", high % values),
        ]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Comment]) -> QuerySet[Comment]:
        hold, spam = self.thresholds.hold, self.thresholds.spam
        value = self.value()
        if value == "none":
            return queryset.filter(score__isnull=True)
        if value == "low":
            return queryset.filter(score__lt=hold)
        if value == "mid":
            return queryset.filter(score__gte=hold, score__lt=spam)
        if value == "high":
            return queryset.filter(score__gte=spam)
        return queryset


class QueueOrderFilter(admin.SimpleListFilter):
    """How the list is ordered: newest first (the default), oldest first, or uncertain first
    (comments.queue_order). CommentAdmin.get_ordering reads the choice; this filter only offers
    it and keeps the parameter from being read as a field lookup."""

    title = gettext_lazy("order")
    parameter_name = "order"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, str]]:
        return [
            ("oldest", _("oldest first")),
            (UNCERTAIN, _("uncertain first (nearest a threshold)")),
        ]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Comment]) -> QuerySet[Comment]:
        return queryset


def chosen_order(request: HttpRequest) -> str | None:
    value = request.GET.get(QueueOrderFilter.parameter_name)
    return value if value in ORDERS else None


def safe_next(request: HttpRequest, value: str) -> str | None:
    """A return address on this site (the list the moderator came from), or None."""
    if value and url_has_allowed_host_and_scheme(
        value, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return value
    return None


class ReplyForm(forms.Form):
    content = forms.CharField(
        label=gettext_lazy("Your reply"),
        min_length=CONTENT_MIN_LENGTH,
        max_length=CONTENT_MAX_LENGTH,
        widget=forms.Textarea(
            attrs={"rows": 8, "cols": 70, "maxlength": CONTENT_MAX_LENGTH, "autofocus": True}
        ),
    )
    next = forms.CharField(required=False, widget=forms.HiddenInput)


def reply_page(model_admin: Any, request: HttpRequest, object_id: int) -> HttpResponse:
    """Reply to a comment as the signed-in moderator: published at once (see
    services.reply_as_moderator); a held comment is approved with it."""
    user = request.user
    if not model_admin.has_moderate_permission(request) or not isinstance(user, User):
        raise PermissionDenied
    parent = get_object_or_404(Comment.objects.select_related("thread"), pk=object_id)
    if parent.status not in REPLYABLE:
        raise PermissionDenied
    form = ReplyForm(request.POST or None, initial={"next": request.GET.get("next", "")})
    if request.method == "POST" and form.is_valid():
        reply = reply_as_moderator(parent, user, form.cleaned_data["content"])
        model_admin.message_user(
            request,
            _("Reply posted as comment %(id)s under comment %(parent)s.")
            % {"id": reply.pk, "parent": parent.pk},
        )
        back = safe_next(request, form.cleaned_data["next"])
        return HttpResponseRedirect(
            back or reverse("admin:comments_comment_change", args=[parent.pk])
        )
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": model_admin.model._meta,
        "title": _("Reply as moderator"),
        "parent": parent,
        "form": form,
        "approves": parent.is_pending,
    }
    return TemplateResponse(request, "admin/comments/comment/reply.html", context)
