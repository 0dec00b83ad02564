from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.db import models
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext_lazy as _

from comments.models import Comment, Thread
from moderation.admin import warn_if_classifier_unavailable
from moderation.models import Decision


class DecisionInline(admin.TabularInline):
    """Every reason the gate gave, and every moderator action, oldest first."""

    model = Decision
    extra = 0
    can_delete = False
    fields = ("created", "source", "check_name", "action", "reason", "actor")
    readonly_fields = fields

    def has_add_permission(self, request: object, obj: object = None) -> bool:
        return False


@admin.register(Thread)
class ThreadAdmin(admin.ModelAdmin):
    list_display = ["key", "title", "is_open", "created"]
    list_filter = ["is_open"]
    search_fields = ["key", "title"]


@admin.register(Comment)
class CommentAdmin(admin.ModelAdmin):
    list_display = ["author_name", "thread", "status", "score", "main_reason", "created"]
    list_filter = ["status", "created"]
    search_fields = ["content", "author_name"]
    raw_id_fields = ["thread", "parent", "user"]
    readonly_fields = ["ip_address", "user_agent", "score", "created", "depth"]
    inlines = [DecisionInline]
    # Django 6 assumes https for a website typed without a scheme; the public form already does.
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}

    @admin.display(description=_("main reason"))
    def main_reason(self, comment: Comment) -> str:
        # The first reason that is not a plain approval is what a moderator wants to see.
        reasons = [d for d in comment.decisions.all() if d.action != "approve"]
        chosen = reasons[0] if reasons else comment.decisions.first()
        return chosen.reason if chosen else ""

    def changelist_view(
        self, request: HttpRequest, extra_context: dict[str, Any] | None = None
    ) -> HttpResponse:
        warn_if_classifier_unavailable(request)
        return super().changelist_view(request, extra_context)

    def get_queryset(self, request: HttpRequest) -> QuerySet[Comment]:
        return super().get_queryset(request).prefetch_related("decisions")
