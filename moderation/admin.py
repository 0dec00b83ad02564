"""The gate's side of the admin: rules, the policy switch, model versions, privacy audits, bans.

Also what the comments admin shows of the gate: the thresholds in force as percentages, and
change pages without Save buttons when nothing on them can be changed.
"""

from __future__ import annotations

from typing import Any

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import (
    Http404,
    HttpRequest,
    HttpResponse,
    HttpResponseBadRequest,
    HttpResponseNotAllowed,
    HttpResponseRedirect,
)
from django.template.response import TemplateResponse
from django.urls import URLPattern, path, reverse
from django.utils import timezone
from django.utils.formats import date_format, number_format
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django_tasks.base import TaskResult, TaskResultStatus

from moderation import tasks
from moderation.classifier import registry, shadow, slot, store
from moderation.classifier.evaluate import Thresholds
from moderation.conf import gate_setting
from moderation.models import GatePolicy, PrivacyRequest, Rule, SpamModel


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


def active_thresholds() -> Thresholds | None:
    """The thresholds the gate applies with the active model, or None when none is active.

    Read from the model's row, not the loaded classifier: showing them needs no model in memory.
    """
    row = (
        SpamModel.objects.filter(kind=SpamModel.Kind.SPAM, active=True)
        .only("hold_threshold", "spam_threshold", "decision_threshold", "regime")
        .first()
    )
    if row is None:
        return None
    return slot.in_force(
        Thresholds(row.hold_threshold, row.spam_threshold, row.decision_threshold, row.regime)
    )


def as_percent(value: float) -> str:
    """A score or threshold as moderators read it: 0.873 -> "87.3%", 0.2 -> "20%", in the
    language's own decimal mark; a threshold above 1 (never reached) -> "never"."""
    if value > 1:
        return _("never")
    percent = round(value * 100, 1)
    places = 0 if percent == int(percent) else 1
    return f"{number_format(percent, places)}%"


class DeskAdmin(admin.ModelAdmin):
    """The admin pages of the moderation desk: the desk's stylesheet on each of them."""

    class Media:
        css = {"all": ("moderation/admin_desk.css",)}


class SaveOnlyWhatCanChange(DeskAdmin):
    """No Save buttons on a change page where nothing can be changed: every field read-only and
    no inline that can be edited. Django hides them only for users without change permission."""

    def render_change_form(
        self,
        request: HttpRequest,
        context: dict[str, Any],
        add: bool = False,
        change: bool = False,
        form_url: str = "",
        obj: Any = None,
    ) -> HttpResponse:
        if not add and not _has_editable_part(context):
            context.update(
                show_save=False,
                show_save_and_continue=False,
                show_save_and_add_another=False,
                show_save_as_new=False,
            )
        return super().render_change_form(request, context, add, change, form_url, obj)


def _has_editable_part(context: dict[str, Any]) -> bool:
    adminform = context.get("adminform")
    # Read-only fields are not in the form at all, so any visible form field can be changed.
    if adminform is not None and any(not field.is_hidden for field in adminform.form):
        return True
    # An inline with can_delete=False offers no deletion even to whoever may delete its rows.
    return any(
        inline.has_add_permission or inline.has_change_permission or inline.formset.can_delete
        for inline in context.get("inline_admin_formsets", [])
    )


@admin.register(Rule)
class RuleAdmin(DeskAdmin):
    list_display = ["pattern", "kind", "enabled", "note", "created"]
    list_filter = ["kind", "enabled"]
    list_editable = ["enabled"]
    search_fields = ["pattern", "note"]


@admin.register(GatePolicy)
class GatePolicyAdmin(DeskAdmin):
    list_display = ["__str__", "hold_all", "updated"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return not GatePolicy.objects.exists()

    def has_delete_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False


@admin.register(SpamModel)
class SpamModelAdmin(SaveOnlyWhatCanChange):
    list_display = [
        "__str__",
        "kind",
        "created",
        "active",
        "roc_auc",
        "f1",
        "hold_at",
        "spam_at",
        "comments",
        "shadow_link",
    ]
    # A version is what training made of it; only which one is active changes (the action).
    readonly_fields = [
        "created",
        "active",
        "sha256",
        "features_version",
        "regularisation",
        "hold_threshold",
        "spam_threshold",
        "decision_threshold",
        "regime",
        "metrics",
        "training",
        "train_seconds",
    ]
    exclude = ["blob"]
    actions = ["activate"]
    # Spam and abuse versions side by side; each kind has its own active one.
    list_filter = ["kind", "active"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # models come from training: `manage.py train_spam_model` or the button

    def changelist_view(
        self, request: HttpRequest, extra_context: dict[str, Any] | None = None
    ) -> HttpResponse:
        warn_if_classifier_unavailable(request)
        can_retrain = self.has_change_permission(request)
        extra_context = {**(extra_context or {}), "can_retrain": can_retrain}
        return super().changelist_view(request, extra_context)

    def get_urls(self) -> list[URLPattern]:
        own = [
            path(
                "retrain/",
                self.admin_site.admin_view(self.retrain_view),
                name="moderation_spammodel_retrain",
            ),
            path(
                "<int:pk>/shadow/",
                self.admin_site.admin_view(self.shadow_view),
                name="moderation_spammodel_shadow",
            ),
        ]
        return own + super().get_urls()

    def retrain_view(self, request: HttpRequest) -> HttpResponse:
        """Queue the training of a new version (the changelist's button; POST, CSRF-checked by
        admin_view). It is not activated: a moderator reads its figures and activates it."""
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        if not self.has_change_permission(request):
            raise PermissionDenied
        kind = request.POST.get("kind", "spam")
        if kind not in ("spam", "abuse"):
            return HttpResponseBadRequest("kind: spam or abuse")
        result = tasks.queue_retraining(kind)
        if result is None:
            self.message_user(
                request,
                _("A new version is already being trained or waits for a worker."),
                messages.WARNING,
            )
        elif result.status == TaskResultStatus.FAILED:
            self.message_user(
                request,
                _("Training failed: %(error)s") % {"error": _last_line(result)},
                messages.ERROR,
            )
        elif result.status == TaskResultStatus.SUCCESSFUL:
            # Without a database queue (TASKS_BACKEND=immediate) the task ran in this request.
            self.message_user(
                request,
                _("Trained v%(version)s. Review its figures, then make it active.")
                % {"version": (result.return_value or {}).get("version", "?")},
            )
        else:
            self.message_user(
                request,
                _(
                    "Training of a new version is queued. A worker stores it here, not active, "
                    "in a minute or more: review its figures, then make it active."
                ),
            )
        return HttpResponseRedirect(reverse("admin:moderation_spammodel_changelist"))

    def has_activate_permission(self, request: HttpRequest) -> bool:
        return bool(request.user.has_perm("moderation.activate_model"))

    def shadow_view(self, request: HttpRequest, pk: int) -> HttpResponse:
        """What version `pk` would change on the site (moderation.classifier.shadow), and its
        "Activate" button: refused when the version is worse, unless "activate anyway" is
        ticked. Viewing needs the view permission, activating `activate_model`."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        row = SpamModel.objects.filter(pk=pk).defer("blob").first()
        if row is None:
            raise Http404(f"there is no model v{pk}")
        changelist = reverse("admin:moderation_spammodel_changelist")
        try:
            report = shadow.check(row.pk)
        except shadow.ShadowError as error:
            self.message_user(request, str(error), messages.ERROR)
            return HttpResponseRedirect(changelist)
        if request.method == "POST":
            if not self.has_activate_permission(request):
                raise PermissionDenied
            if request.POST.get("shadow") == "start":
                until = shadow.start_shadow(row, SHADOW_DAYS)
                shown = date_format(timezone.localtime(until), "DATETIME_FORMAT")
                self.message_user(
                    request,
                    _("%(model)s scores every new comment in shadow until %(until)s.")
                    % {"model": row, "until": shown},
                )
                return HttpResponseRedirect(request.path)
            if report.worse and request.POST.get("anyway") != "yes":
                self.message_user(
                    request,
                    _("Not activated: %(why)s.") % {"why": report.why},
                    messages.ERROR,
                )
            else:
                name = str(row)  # before it says "(active)"
                store.make_active(row)
                registry.forget()
                self.message_user(
                    request,
                    _("%(model)s is active; every process uses it within a minute.")
                    % {"model": name},
                )
                return HttpResponseRedirect(changelist)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("Shadow check of %(model)s") % {"model": row},
            "row": row,
            "report": report,
            "can_activate": self.has_activate_permission(request) and not row.active,
            "shadow_days": SHADOW_DAYS,
        }
        return TemplateResponse(request, "admin/moderation/spammodel/shadow.html", context)

    @admin.display(description=gettext_lazy("before it goes live"))
    def shadow_link(self, row: SpamModel) -> str:
        if row.kind != SpamModel.Kind.SPAM:
            return "-"
        url = reverse("admin:moderation_spammodel_shadow", args=[row.pk])
        return format_html('<a href="{}">{}</a>', url, _("shadow check"))

    def get_queryset(self, request: HttpRequest) -> QuerySet[SpamModel]:
        return super().get_queryset(request).defer("blob")

    @admin.display(description="ROC-AUC")
    def roc_auc(self, row: SpamModel) -> object:
        return row.metrics.get("roc_auc")

    @admin.display(description="F1")
    def f1(self, row: SpamModel) -> object:
        return row.metrics.get("f1")

    @admin.display(description=gettext_lazy("hold threshold"), ordering="hold_threshold")
    def hold_at(self, row: SpamModel) -> str:
        return as_percent(row.hold_threshold)

    @admin.display(description=gettext_lazy("spam threshold"), ordering="spam_threshold")
    def spam_at(self, row: SpamModel) -> str:
        return as_percent(row.spam_threshold)

    @admin.display(description=gettext_lazy("training comments"))
    def comments(self, row: SpamModel) -> object:
        return format_html("{}", row.training.get("comments", ""))

    @admin.action(
        description=gettext_lazy("Make the selected version active"),
        permissions=["activate"],
    )
    def activate(self, request: HttpRequest, queryset: QuerySet[SpamModel]) -> HttpResponse | None:
        if queryset.count() != 1:
            self.message_user(request, _("Select exactly one version."), messages.ERROR)
            return None
        row = queryset.get()
        if row.kind == SpamModel.Kind.SPAM and not row.active:
            # A spam version goes live from its shadow check, where its changes are shown.
            return HttpResponseRedirect(reverse("admin:moderation_spammodel_shadow", args=[row.pk]))
        store.make_active(row)
        registry.forget()
        self.message_user(
            request,
            _("%(model)s is active; every process uses it within a minute.") % {"model": row},
        )
        return None


# How long the shadow page's "Run in shadow" lasts (the command takes any length).
SHADOW_DAYS = 7


def _last_line(result: TaskResult[Any]) -> str:
    """The exception's line of a failed task's traceback ("...TrainingError: need at least")."""
    lines = [line for error in result.errors for line in error.traceback.splitlines() if line]
    return lines[-1] if lines else "-"


@admin.register(PrivacyRequest)
class PrivacyRequestAdmin(SaveOnlyWhatCanChange):
    list_display = ["created", "kind", "comments", "actor", "email_digest"]
    list_filter = ["kind"]
    readonly_fields = ["created", "kind", "comments", "actor", "email_digest"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False
