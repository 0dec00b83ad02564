from __future__ import annotations

from django.contrib import admin

from comments.models import Comment, Thread
from moderation.models import Decision


class DecisionInline(admin.TabularInline):
    model = Decision
    extra = 0
    can_delete = False
    fields = ("created", "source", "action", "reason", "actor")
    readonly_fields = fields


@admin.register(Thread)
class ThreadAdmin(admin.ModelAdmin):
    list_display = ["key", "title", "is_open", "created"]
    list_filter = ["is_open"]
    search_fields = ["key", "title"]


@admin.register(Comment)
class CommentAdmin(admin.ModelAdmin):
    list_display = ["author_name", "thread", "status", "score", "created"]
    list_filter = ["status", "created"]
    search_fields = ["content", "author_name"]
    raw_id_fields = ["thread", "parent", "user"]
    readonly_fields = ["ip_address", "user_agent", "score", "created", "depth"]
    inlines = [DecisionInline]
