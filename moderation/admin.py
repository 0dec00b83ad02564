from __future__ import annotations

from django.contrib import admin
from django.http import HttpRequest

from moderation.models import GatePolicy, Rule


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
