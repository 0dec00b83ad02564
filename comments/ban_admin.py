"""Bans and suspensions in the admin (issue 14): list, add, and lift.

The ban is gate state (moderation.models.Ban) but lifting one is a comments workflow (the
comments it removed go back), so its admin lives here and lifts through comments.banning, as
the API does. Moderators (can_moderate) manage bans here as they can through the API.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.widgets import AdminSplitDateTime
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext_lazy, ngettext

from comments import banning
from moderation.admin import DeskAdmin
from moderation.identity import commenter_digest
from moderation.models import Ban

# How long a ban made in the admin lasts; "" keeps the date and time typed below it.
BAN_LENGTHS = [
    ("", gettext_lazy("until the date and time below (empty: for good)")),
    ("1", gettext_lazy("suspend for 1 day")),
    ("7", gettext_lazy("suspend for 7 days")),
    ("30", gettext_lazy("suspend for 30 days")),
    ("90", gettext_lazy("suspend for 90 days")),
]


class LabelledSplitDateTime(AdminSplitDateTime):
    """Django's date and time boxes, each named for assistive technology: the stock widget puts
    "Date:" and "Time:" beside them as plain text, which no screen reader ties to the box."""

    def get_context(self, name: str, value: Any, attrs: dict[str, Any] | None) -> dict[str, Any]:
        context = super().get_context(name, value, attrs)
        names = (context["date_label"], context["time_label"])
        for subwidget, spoken in zip(context["widget"]["subwidgets"], names, strict=True):
            subwidget["attrs"]["aria-label"] = str(spoken).rstrip(":\uff1a ")
        return context


class BanAdminForm(forms.ModelForm):
    """A ban typed by a moderator: a suspension's end from a choice of lengths or a date and
    time, and a commenter by email, of which only the keyed digest is kept."""

    length = forms.TypedChoiceField(
        label=gettext_lazy("How long"),
        choices=BAN_LENGTHS,
        coerce=int,
        empty_value=None,
        required=False,
        help_text=gettext_lazy("A suspension ends on its own; pick a length or a date below."),
    )

    class Meta:
        model = Ban
        fields = ["kind", "value", "length", "until", "reason", "note"]
        widgets = {"until": LabelledSplitDateTime}
        help_texts = {
            "value": gettext_lazy(
                "Commenter: their email (only a keyed digest of it is stored). Signed-in user: "
                "the user's id. Network: an address or range, like 203.0.113.0/24."
            ),
            "until": gettext_lazy(
                "The suspension ends at this date and time (site time zone). Empty: for good."
            ),
        }

    def clean_value(self) -> str:
        value: str = self.cleaned_data["value"].strip()
        if self.cleaned_data.get("kind") == Ban.Kind.COMMENTER and "@" in value:
            return commenter_digest(value)
        return value

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        days = cleaned.get("length")
        if days:
            cleaned["until"] = timezone.now() + timedelta(days=days)
        return cleaned


@admin.register(Ban)
class BanAdmin(DeskAdmin):
    """Bans and suspensions. A commenter is named by a keyed digest; ban one by email from a
    comment (Comments: "Ban the authors and remove their comments"), here by typing the email,
    or from the API."""

    form = BanAdminForm
    list_display = ["kind", "short_value", "until", "reason", "created_by", "created"]
    list_filter = ["kind", "until"]
    search_fields = ["value", "reason", "note"]
    actions = ["lift_bans"]
    readonly_fields = ["created", "created_by", "removed"]

    def get_fields(self, request: HttpRequest, obj: Ban | None = None) -> list[str]:  # type: ignore[override]
        fields = ["kind", "value", "length", "until", "reason", "note", *self.readonly_fields]
        return fields if obj is None else [f for f in fields if f != "length"]

    def save_model(self, request: HttpRequest, obj: Ban, form: Any, change: bool) -> None:
        if not obj.created_by:
            obj.created_by = request.user.get_username()
        super().save_model(request, obj, form, change)

    @admin.display(description=gettext_lazy("who"))
    def short_value(self, ban: Ban) -> str:
        return ban.value if ban.kind != Ban.Kind.COMMENTER else f"{ban.value[:12]}…"

    def has_moderate_permission(self, request: HttpRequest) -> bool:
        return bool(request.user.has_perm("comments.can_moderate"))

    def has_module_permission(self, request: HttpRequest) -> bool:
        return self.has_moderate_permission(request)

    def has_view_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return self.has_moderate_permission(request)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return self.has_moderate_permission(request)

    def has_change_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return self.has_moderate_permission(request)

    def has_delete_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return self.has_moderate_permission(request)

    def get_actions(self, request: HttpRequest) -> dict[str, Any]:
        # Django's "Delete selected" would drop the rows and leave the removed comments in the
        # trash; lifting is the one way a ban ends early.
        actions = super().get_actions(request)
        actions.pop("delete_selected", None)
        return actions

    def delete_model(self, request: HttpRequest, obj: Ban) -> None:
        restored = banning.lift(obj, request.user.get_username())
        self._say_restored(request, restored)

    @admin.action(
        description=gettext_lazy("Lift the selected bans (their removed comments return)")
    )
    def lift_bans(self, request: HttpRequest, queryset: QuerySet[Ban]) -> None:
        actor = request.user.get_username()
        lifted = restored = 0
        for made in queryset:
            restored += banning.lift(made, actor)
            lifted += 1
        self.message_user(
            request,
            ngettext("Lifted %(count)d ban.", "Lifted %(count)d bans.", lifted) % {"count": lifted},
            messages.SUCCESS,
        )
        self._say_restored(request, restored)

    def _say_restored(self, request: HttpRequest, restored: int) -> None:
        if restored:
            self.message_user(
                request,
                ngettext(
                    "%(count)d removed comment went back where it was.",
                    "%(count)d removed comments went back where they were.",
                    restored,
                )
                % {"count": restored},
                messages.SUCCESS,
            )
