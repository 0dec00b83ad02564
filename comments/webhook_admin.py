"""Webhook endpoints and their delivery log in the admin, with "Send test event".

Site owners configure endpoints: superusers and staff with the models' own permissions, not
the Moderators group. An endpoint's secret and its full URL (a chat hook's URL is a secret too)
appear only on its change page, to whoever may change it; lists show the host alone.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import OuterRef, QuerySet, Subquery
from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import URLPattern, path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from comments import webhooks
from comments.webhook_models import (
    SUBSCRIBABLE,
    WebhookDelivery,
    WebhookEndpoint,
    masked,
)
from moderation.admin import DeskAdmin, SaveOnlyWhatCanChange

EDITABLE = ["name", "kind", "url", "chat_id", "events", "active"]
DELIVERY_FIELDS = (
    "endpoint",
    "event_type",
    "status",
    "attempts",
    "last_status_code",
    "last_latency_ms",
    "last_error",
    "next_attempt_at",
    "created",
    "finished",
    "body",
)


class EndpointForm(forms.ModelForm):
    """The events as boxes to tick, not JSON to type."""

    events = forms.MultipleChoiceField(
        label=gettext_lazy("events"),
        choices=SUBSCRIBABLE,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    class Meta:
        model = WebhookEndpoint
        fields = EDITABLE
        widgets = {"url": forms.TextInput(attrs={"size": 80, "autocomplete": "off"})}


@admin.register(WebhookEndpoint)
class WebhookEndpointAdmin(DeskAdmin):
    form = EndpointForm
    list_display = ["name", "kind", "url_host", "events_shown", "active", "last_delivery"]
    list_filter = ["kind", "active"]
    actions = ["send_test_event"]

    def get_queryset(self, request: HttpRequest) -> QuerySet[WebhookEndpoint]:
        latest = WebhookDelivery.objects.filter(endpoint=OuterRef("pk")).order_by("-created", "-pk")
        return (
            super()
            .get_queryset(request)
            .annotate(last_status=Subquery(latest.values("status")[:1]))
        )

    def get_fields(self, request: HttpRequest, obj: Any = None) -> list[str]:  # type: ignore[override]
        if obj is None:
            return EDITABLE  # the secret is made on the first save
        if self.has_change_permission(request, obj):
            return [*EDITABLE, "secret_shown", "created", "test_button"]
        # Looking is not configuring: the URL's path and the secret stay hidden.
        return ["name", "kind", "url_host", "chat_id", "events_shown", "active", "secret_masked"]

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> list[str]:
        return [
            "url_host",
            "events_shown",
            "secret_shown",
            "secret_masked",
            "created",
            "test_button",
        ]

    @admin.display(description=gettext_lazy("host"))
    def url_host(self, endpoint: WebhookEndpoint) -> str:
        return endpoint.host

    @admin.display(description=gettext_lazy("events"))
    def events_shown(self, endpoint: WebhookEndpoint) -> str:
        return ", ".join(endpoint.events or [])

    @admin.display(description=gettext_lazy("last delivery"))
    def last_delivery(self, endpoint: WebhookEndpoint) -> str:
        status = getattr(endpoint, "last_status", None)
        return str(WebhookDelivery.Status(status).label) if status else "-"

    @admin.display(description=gettext_lazy("secret"))
    def secret_shown(self, endpoint: WebhookEndpoint) -> str:
        if endpoint.kind != WebhookEndpoint.Kind.SIGNED_JSON:
            return _("Not used by chat endpoints.")
        return format_html(
            '<code class="webhook-secret">{}</code><div class="help">{}</div>',
            endpoint.secret,
            _("Receivers check X-Comment-Signature with it. Keep it out of chats and tickets."),
        )

    @admin.display(description=gettext_lazy("secret"))
    def secret_masked(self, endpoint: WebhookEndpoint) -> str:
        return masked(endpoint.secret) if endpoint.secret else "-"

    @admin.display(description=gettext_lazy("test"))
    def test_button(self, endpoint: WebhookEndpoint) -> str:
        # Inside the change form, so it posts with the form's CSRF token; the view ignores
        # the form's fields, and nothing typed on the page is saved by it.
        return format_html(
            '<button type="submit" class="button" formaction="{}" formnovalidate>{}</button>',
            reverse("admin:comments_webhookendpoint_send_test", args=[endpoint.pk]),
            _("Send test event"),
        )

    def get_urls(self) -> list[URLPattern]:
        own = [
            path(
                "<int:object_id>/send-test/",
                self.admin_site.admin_view(self.send_test_view),
                name="comments_webhookendpoint_send_test",
            )
        ]
        return own + super().get_urls()

    def send_test_view(self, request: HttpRequest, object_id: int) -> HttpResponse:
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        endpoint = get_object_or_404(WebhookEndpoint, pk=object_id)
        if not self.has_change_permission(request, endpoint):
            raise PermissionDenied
        self._send_test(request, endpoint)
        return HttpResponseRedirect(
            reverse("admin:comments_webhookendpoint_change", args=[endpoint.pk])
        )

    @admin.action(description=gettext_lazy("Send test event"), permissions=["change"])
    def send_test_event(self, request: HttpRequest, queryset: QuerySet[WebhookEndpoint]) -> None:
        for endpoint in queryset:
            self._send_test(request, endpoint)

    def _send_test(self, request: HttpRequest, endpoint: WebhookEndpoint) -> None:
        delivery = webhooks.send_test(endpoint)
        if delivery.status == WebhookDelivery.Status.SUCCEEDED:
            text = _("Test event delivered to %(name)s: HTTP %(code)s in %(ms)s ms.") % {
                "name": endpoint.name,
                "code": delivery.last_status_code,
                "ms": delivery.last_latency_ms,
            }
            self.message_user(request, text, messages.SUCCESS)
        else:
            text = _("Test event to %(name)s failed: %(error)s.") % {
                "name": endpoint.name,
                "error": delivery.last_error or "-",
            }
            self.message_user(request, text, messages.ERROR)


@admin.register(WebhookDelivery)
class WebhookDeliveryAdmin(SaveOnlyWhatCanChange):
    """The log: what was sent where and how it went. Read-only; deleting follows the model's
    permission (deleting an endpoint deletes its log, which needs it)."""

    list_display = [
        "created",
        "status",
        "endpoint",
        "event_type",
        "attempts",
        "last_status_code",
        "last_latency_ms",
        "finished",
    ]
    list_filter = ["status", "endpoint", "event_type"]
    list_select_related = ["endpoint"]
    fields = DELIVERY_FIELDS
    readonly_fields = DELIVERY_FIELDS

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False
