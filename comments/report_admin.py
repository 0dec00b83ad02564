"""Readers' reports where moderators work: a column in the queue and a list on the comment's
page (issue 14). Who reported is never shown: only the reason, the note and when."""

from __future__ import annotations

from collections import Counter

from django.contrib import admin
from django.db.models import Prefetch, QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext_lazy, ngettext

from comments.models import Comment, Report

# The queue reads each row's open reports from one prefetch, under this name.
OPEN_REPORTS = "open_reports"


def prefetch_open_reports() -> Prefetch[str, QuerySet[Report], str]:
    return Prefetch(
        "reports",
        queryset=Report.objects.filter(cleared__isnull=True).order_by("created"),
        to_attr=OPEN_REPORTS,
    )


@admin.display(description=gettext_lazy("readers' reports"))
def open_reports(comment: Comment) -> str:
    """ "2 open: Spam, Abusive or hateful" — the reports no moderator has cleared yet."""
    reports: list[Report] = getattr(comment, OPEN_REPORTS, None) or []
    if not reports:
        return ""
    reasons = Counter(report.get_reason_display() for report in reports)
    told = ", ".join(
        reason if count == 1 else f"{reason} ×{count}" for reason, count in reasons.most_common()
    )
    count = len(reports)
    return ngettext("%(count)d open: %(reasons)s", "%(count)d open: %(reasons)s", count) % {
        "count": count,
        "reasons": told,
    }


class ReportInline(admin.TabularInline):
    """Every reader's report of the comment, oldest first; cleared ones say when."""

    model = Report
    extra = 0
    can_delete = False
    fields = ("created", "reason", "note", "cleared")
    readonly_fields = fields
    ordering = ("created",)
    verbose_name_plural = gettext_lazy("Readers' reports")
    template = "admin/comments/comment/readonly_rows.html"
    empty_text = ""  # a comment nobody reported shows no reports section at all

    def has_add_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False

    def has_view_permission(self, request: HttpRequest, obj: object = None) -> bool:
        # Reports are why a comment is in the Reported queue: whoever moderates sees them.
        return bool(request.user.has_perm("comments.can_moderate"))
