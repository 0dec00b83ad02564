"""Spam campaigns in the admin: the list, read-only, with "Mark all spam" and "Not a campaign".

Both actions call comments.campaigns, as the API does. Seeing campaigns and acting on them takes
the comments.can_moderate permission, like every other moderation action.
"""

from __future__ import annotations

from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from comments import campaigns
from comments.models import Campaign, Comment
from comments.requests import acting_user
from moderation.admin import DeskAdmin

SHOWN_MEMBERS = 100
SHOWN_FIELDS = (
    "status",
    "size",
    "commenters",
    "networks",
    "threads",
    "first_seen",
    "last_seen",
    "reviewed_by",
    "reviewed_at",
    "comments_shown",
)


@admin.register(Campaign)
class CampaignAdmin(DeskAdmin):
    list_display = [
        "number",
        # The sample comes second: last, it fell off the right edge at 1280 px.
        "sample_excerpt",
        "status",
        "size",
        "commenters",
        "networks",
        "threads",
        "first_seen",
        "last_seen",
    ]
    list_filter = ["status"]
    actions = ["mark_all_spam", "mark_not_campaign"]
    fields = SHOWN_FIELDS
    readonly_fields = SHOWN_FIELDS

    def get_queryset(self, request: HttpRequest) -> QuerySet[Campaign]:
        return campaigns.listed()

    def has_moderate_permission(self, request: HttpRequest) -> bool:
        return bool(request.user.has_perm("comments.can_moderate"))

    def has_view_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return self.has_moderate_permission(request)

    def has_module_permission(self, request: HttpRequest) -> bool:
        return self.has_moderate_permission(request)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False

    @admin.action(description=gettext_lazy("Mark all spam"), permissions=["moderate"])
    def mark_all_spam(self, request: HttpRequest, queryset: QuerySet[Campaign]) -> None:
        for campaign in queryset:
            done = campaigns.mark_spam(campaign, acting_user(request))
            text = _("Campaign #%(id)d: %(changed)d comments marked spam.") % {
                "id": campaign.pk,
                "changed": done.changed,
            }
            if done.kept:
                text += " " + _("%(kept)d kept: a moderator approved them.") % {"kept": done.kept}
            self.message_user(request, text, messages.SUCCESS)

    @admin.action(description=gettext_lazy("Not a campaign"), permissions=["moderate"])
    def mark_not_campaign(self, request: HttpRequest, queryset: QuerySet[Campaign]) -> None:
        for campaign in queryset:
            done = campaigns.not_campaign(campaign, acting_user(request))
            text = _("Campaign #%(id)d: not a campaign; %(changed)d held comments published.") % {
                "id": campaign.pk,
                "changed": done.changed,
            }
            if done.kept:
                text += " " + _("%(kept)d still held for other reasons.") % {"kept": done.kept}
            self.message_user(request, text, messages.SUCCESS)

    @admin.display(description=gettext_lazy("campaign"), ordering="pk")
    def number(self, campaign: Campaign) -> str:
        return f"#{campaign.pk}"

    @admin.display(description=gettext_lazy("sample"))
    def sample_excerpt(self, campaign: Campaign) -> str:
        # Plain text: the admin escapes it, and a spammer's markup stays text.
        return Truncator(getattr(campaign, "sample", None) or "").chars(100)

    @admin.display(description=gettext_lazy("comments"))
    def comments_shown(self, campaign: Campaign) -> str:
        members = (
            Comment.objects.filter(campaign_membership__campaign=campaign)
            .select_related("thread")
            .order_by("pk")[:SHOWN_MEMBERS]
        )
        rows = format_html_join(
            "",
            '<li><a href="{}">#{}</a> {} · {} · {}</li>',
            (
                (
                    reverse("admin:comments_comment_change", args=[c.pk]),
                    c.pk,
                    c.get_status_display(),
                    c.thread.key,
                    Truncator(c.content).chars(120),
                )
                for c in members
            ),
        )
        return format_html("<ul>{}</ul>", rows)
