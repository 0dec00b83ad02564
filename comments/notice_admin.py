"""Each moderator's choice of the events emailed to them, in the admin ("Notification
preferences").

A moderator (can_moderate) sees and changes only their own choice: the list takes them
straight to it. A superuser sees everyone's and may set one for any moderator. Chat rooms and
webhooks are chosen per site, on their endpoints (comments.webhook_admin).
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils.translation import gettext_lazy

from comments import notifications
from comments.conf import comments_setting
from comments.models import NotificationPreference
from comments.webhook_models import SUBSCRIBABLE
from moderation.admin import DeskAdmin


class PreferenceForm(forms.ModelForm):
    email_events = forms.MultipleChoiceField(
        label=gettext_lazy("Email me about"),
        choices=SUBSCRIBABLE,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=gettext_lazy(
            "At most a few emails an hour; the rest come together in one digest. Tick nothing "
            "to get no email."
        ),
    )

    class Meta:
        model = NotificationPreference
        fields = ["user", "email_events"]


@admin.register(NotificationPreference)
class NotificationPreferenceAdmin(DeskAdmin):
    form = PreferenceForm
    list_display = ["user", "events_shown"]

    def _may(self, request: HttpRequest, obj: NotificationPreference | None = None) -> bool:
        if not request.user.has_perm("comments.can_moderate"):
            return False
        return obj is None or request.user.is_superuser or obj.user_id == _user_id(request)

    def has_module_permission(self, request: HttpRequest) -> bool:
        return self._may(request)

    def has_view_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return self._may(request, obj)

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return self._may(request, obj)

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return self._may(request, obj)

    def has_add_permission(self, request: HttpRequest) -> bool:
        if not self._may(request):
            return False
        # One choice per moderator: a moderator who has one changes it.
        return request.user.is_superuser or not self._own(request).exists()

    def _own(self, request: HttpRequest) -> QuerySet[NotificationPreference]:
        return NotificationPreference.objects.filter(user_id=_user_id(request))

    def get_queryset(self, request: HttpRequest) -> QuerySet[NotificationPreference]:
        rows = super().get_queryset(request).select_related("user")
        return rows if request.user.is_superuser else rows.filter(user_id=_user_id(request))

    def get_fields(self, request: HttpRequest, obj: Any = None) -> list[str]:  # type: ignore[override]
        return ["user", "email_events"] if request.user.is_superuser else ["email_events"]

    def get_changeform_initial_data(self, request: HttpRequest) -> dict[str, Any]:
        return {"email_events": list(comments_setting("email_events"))}

    def formfield_for_foreignkey(
        self, db_field: Any, request: HttpRequest, **kwargs: Any
    ) -> forms.ModelChoiceField | None:
        if db_field.name == "user":
            # Only those who can be emailed about moderation: active moderators with an email.
            ids = [user_id for user_id, _address in notifications.moderators()]
            kwargs["queryset"] = get_user_model().objects.filter(pk__in=ids)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def save_model(
        self, request: HttpRequest, obj: NotificationPreference, form: Any, change: bool
    ) -> None:
        if not request.user.is_superuser:
            obj.user_id = _user_id(request)
        super().save_model(request, obj, form, change)

    def changelist_view(
        self, request: HttpRequest, extra_context: dict[str, Any] | None = None
    ) -> HttpResponse:
        if request.user.is_superuser or not self._may(request):
            return super().changelist_view(request, extra_context)
        # A moderator has one choice, theirs: the list is a detour.
        own = self._own(request).first()
        if own is None:
            return HttpResponseRedirect(reverse("admin:comments_notificationpreference_add"))
        return HttpResponseRedirect(
            reverse("admin:comments_notificationpreference_change", args=[own.pk])
        )

    @admin.display(description=gettext_lazy("email me about"))
    def events_shown(self, preference: NotificationPreference) -> str:
        labels = dict(SUBSCRIBABLE)
        chosen = [str(labels.get(event, event)) for event in preference.email_events or []]
        return ", ".join(chosen) or str(gettext_lazy("no email"))


def _user_id(request: HttpRequest) -> int:
    # Every view here checked can_moderate first, so a user is signed in.
    return int(request.user.pk or 0)
