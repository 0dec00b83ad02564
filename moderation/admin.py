from __future__ import annotations

from typing import Any

from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from moderation.classifier import registry, store
from moderation.conf import gate_setting
from moderation.models import Ban, GatePolicy, PrivacyRequest, Rule, SpamModel


def warn_if_classifier_unavailable(request: HttpRequest) -> None:
    if not gate_setting("classifier"):
        return
    problem = registry.status()
    if problem:
        messages.warning(
            request,
            _("Spam classifier unavailable, so every new comment is held: %(problem)s")
            % {"problem": problem},
        )


@admin.register(Rule)
class RuleAdmin(admin.ModelAdmin):
    list_display = ["pattern", "kind", "enabled", "note", "created"]
    list_filter = ["kind", "enabled"]
    list_editable = ["enabled"]
    search_fields = ["pattern", "note"]


@admin.register(GatePolicy)
class GatePolicyAdmin(admin.ModelAdmin):
    list_display = ["__str__", "hold_all", "updated"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return not GatePolicy.objects.exists()

    def has_delete_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False


@admin.register(SpamModel)
class SpamModelAdmin(admin.ModelAdmin):
    list_display = [
        "__str__",
        "created",
        "active",
        "roc_auc",
        "f1",
        "hold_threshold",
        "spam_threshold",
        "comments",
    ]
    readonly_fields = [
        "created",
        "active",
        "sha256",
        "features_version",
        "regularisation",
        "hold_threshold",
        "spam_threshold",
        "decision_threshold",
        "metrics",
        "training",
        "train_seconds",
    ]
    exclude = ["blob"]
    actions = ["activate"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # models come from `manage.py train_spam_model`

    def changelist_view(
        self, request: HttpRequest, extra_context: dict[str, Any] | None = None
    ) -> HttpResponse:
        warn_if_classifier_unavailable(request)
        return super().changelist_view(request, extra_context)

    def get_queryset(self, request: HttpRequest) -> QuerySet[SpamModel]:
        return super().get_queryset(request).defer("blob")

    @admin.display(description="ROC-AUC")
    def roc_auc(self, row: SpamModel) -> object:
        return row.metrics.get("roc_auc")

    @admin.display(description="F1")
    def f1(self, row: SpamModel) -> object:
        return row.metrics.get("f1")

    @admin.display(description=gettext_lazy("training comments"))
    def comments(self, row: SpamModel) -> object:
        return format_html("{}", row.training.get("comments", ""))

    @admin.action(description=gettext_lazy("Make the selected version active"))
    def activate(self, request: HttpRequest, queryset: QuerySet[SpamModel]) -> None:
        if queryset.count() != 1:
            self.message_user(request, _("Select exactly one version."), messages.ERROR)
            return
        row = queryset.get()
        store.make_active(row)
        registry.forget()
        self.message_user(
            request,
            _("%(model)s is active; every process uses it within a minute.") % {"model": row},
        )


@admin.register(PrivacyRequest)
class PrivacyRequestAdmin(admin.ModelAdmin):
    list_display = ["created", "kind", "comments", "actor", "email_digest"]
    list_filter = ["kind"]
    readonly_fields = ["created", "kind", "comments", "actor", "email_digest"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False


@admin.register(Ban)
class BanAdmin(admin.ModelAdmin):
    """Bans and suspensions. A commenter is named by a keyed digest; ban one by email from a
    comment (Comments: "Ban the authors and remove their comments") or the API."""

    list_display = ["kind", "short_value", "until", "reason", "created_by", "created"]
    list_filter = ["kind", "until"]
    search_fields = ["value", "reason", "note"]
    readonly_fields = ["created", "created_by", "removed"]

    @admin.display(description=gettext_lazy("who"))
    def short_value(self, ban: Ban) -> str:
        return ban.value if ban.kind != Ban.Kind.COMMENTER else f"{ban.value[:12]}…"
