"""The moderators' side: the queue, bulk actions, each comment's history and the dashboard."""

from __future__ import annotations

import json
from typing import Any

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.db.models.constants import LOOKUP_SEP
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import URLPattern, path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.text import Truncator
from django.utils.timesince import timesince
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from comments import (
    banning,
    dashboard,
    personal_data,
    picks,
    queue_order,
    read_cache,
    report_admin,
    reporting,
    review_admin,
)
from comments.commenter_admin import author_link, commenter_view
from comments.models import THREAD_SETTINGS, Comment, Decision, Thread
from comments.requests import acting_user
from comments.review_admin import QueueOrderFilter, ScoreBandFilter, row_actions
from comments.services import ModerationAction, delete_comments, moderate
from moderation.admin import (
    DeskAdmin,
    SaveOnlyWhatCanChange,
    as_percent,
    warn_if_classifier_unavailable,
)
from moderation.identity import canonical_email, commenter_digest

PRIVATE_FIELDS = ("author_email", "ip_address", "user_agent")
# Never a filter for anyone: the hash is a check on the author's edit token, nothing to browse.
SECRET_FIELDS = ("edit_secret_hash",)


class DecisionInline(admin.TabularInline):
    """Every reason the gate gave, and every moderator action, oldest first."""

    model = Decision
    extra = 0
    can_delete = False
    fields = ("created", "source", "check_name", "action", "reason", "actor")
    readonly_fields = fields
    verbose_name_plural = gettext_lazy("History: the gate's reasons and moderators' actions")
    # One heading and one line per decision: Django's tabular template repeats each row's
    # text above it as a caption.
    template = "admin/comments/comment/readonly_rows.html"
    empty_text = gettext_lazy("No decisions recorded yet.")

    def has_add_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False  # history is what happened: nobody edits it

    def has_delete_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False

    def has_view_permission(self, request: HttpRequest, obj: object = None) -> bool:
        # Whoever may see a comment may see why it has its status.
        return bool(request.user.has_perm("comments.view_comment"))


class ReportedFilter(admin.SimpleListFilter):
    """The Reported queue: comments with readers' reports no moderator has cleared yet."""

    title = gettext_lazy("readers' reports")
    parameter_name = "reported"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, str]]:
        return [("open", _("reported, not yet reviewed"))]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Comment]) -> QuerySet[Comment]:
        if self.value() == "open":
            return queryset.filter(pk__in=reporting.reported_comments().values("pk"))
        return queryset


@admin.register(Thread)
class ThreadAdmin(DeskAdmin):
    list_display = ["key", "title", "is_open", "premoderate", "created"]
    list_filter = ["is_open", "premoderate"]
    search_fields = ["key", "title"]
    fieldsets = [
        (None, {"fields": ["key", "title", "url", "is_open", "created"]}),
        (
            gettext_lazy("This article's settings (empty: as the whole site)"),
            {"fields": tuple(THREAD_SETTINGS)},
        ),
    ]

    def save_model(self, request: HttpRequest, obj: Thread, form: Any, change: bool) -> None:
        super().save_model(request, obj, form, change)
        # Its page size is part of its cached pages.
        read_cache.changed([obj.pk])


@admin.register(Comment)
class CommentAdmin(SaveOnlyWhatCanChange):
    list_display = [
        "excerpt",
        author_link,
        "thread_key",
        "status",
        "score_shown",
        "main_reason",
        "age",
    ]
    list_filter = [
        "status",
        ReportedFilter,
        ScoreBandFilter,
        QueueOrderFilter,
        "featured",
        "thread",
        "created",
    ]
    list_select_related = ["thread"]
    search_fields = ["content", "author_name"]
    date_hierarchy = "created"
    actions = [
        "approve",
        "mark_spam",
        "mark_ham",
        "trash",
        "mark_abusive",
        "feature",
        "unfeature",
        "dismiss_reports",
        "ban_authors",
        "export_authors_data",
        "erase_authors_data",
    ]
    inlines = [report_admin.ReportInline, DecisionInline]
    change_form_template = "admin/comments/comment/change_form.html"
    change_list_template = "admin/comments/comment/change_list.html"

    def get_fields(  # type: ignore[override]
        self, request: HttpRequest, obj: Comment | None = None
    ) -> list[str]:
        fields = [
            "thread",
            "parent",
            "status",
            "score_in_full",
            "author_name",
            "author_url",
            "content",
            "user",
            "created",
            "depth",
            *PRIVATE_FIELDS,
        ]
        if not can_see_private(request):
            fields = [f for f in fields if f not in PRIVATE_FIELDS]
        return fields

    def get_list_display(self, request: HttpRequest) -> list[Any]:
        # A moderator's queue has the buttons under each comment's text, as WordPress has them:
        # a column of their own would push the last columns out of sight at 1280 px.
        columns = list(super().get_list_display(request))
        if not self.has_moderate_permission(request):
            # The commenter page is for moderators: a viewer sees the name without a link to it.
            return ["author_name" if c is author_link else c for c in columns]
        return ["comment_and_actions" if c == "excerpt" else c for c in columns]

    def get_list_display_links(self, request: HttpRequest, list_display: Any) -> Any:
        if self.has_moderate_permission(request):
            return None  # the comment's cell holds its own link, beside the buttons
        return super().get_list_display_links(request, list_display)

    def get_actions(self, request: HttpRequest) -> dict[str, Any]:
        # In a list of one status, offer only what changes something ("Approve" not on the
        # approved list); without a status filter every action stays.
        actions = super().get_actions(request)
        for name in review_admin.pointless_bulk_actions(request.GET.get("status__exact")):
            actions.pop(name, None)
        return actions

    def change_view(
        self,
        request: HttpRequest,
        object_id: str,
        form_url: str = "",
        extra_context: dict[str, Any] | None = None,
    ) -> HttpResponse:
        comment = Comment.objects.filter(pk=object_id).first() if object_id.isdigit() else None
        extra = dict(extra_context or {})
        if comment is not None and self.has_moderate_permission(request):
            extra["moderation_buttons"] = review_admin.moderation_buttons(comment)
            if comment.status in review_admin.REPLYABLE:
                extra["reply_url"] = reverse("admin:comments_comment_reply", args=[comment.pk])
        return super().change_view(request, object_id, form_url, extra)

    def get_readonly_fields(self, request: HttpRequest, obj: Comment | None = None) -> list[str]:
        # Status changes go through the moderation buttons, which record who and why.
        return self.get_fields(request, obj)

    def lookup_allowed(self, lookup: str, value: str, request: HttpRequest | None = None) -> bool:
        # Django allows any filter on the model's own fields in the query string, so without
        # this a moderator could read an email from result counts (?author_email__startswith=).
        # Lookups through relations are limited to list_filter by Django itself.
        field = lookup.split(LOOKUP_SEP, 1)[0]
        if field in SECRET_FIELDS:
            return False
        if field in PRIVATE_FIELDS and (request is None or not can_see_private(request)):
            return False
        return super().lookup_allowed(lookup, value, request)

    def get_search_fields(self, request: HttpRequest) -> list[str]:
        fields = list(self.search_fields)
        return [*fields, "author_email"] if can_see_private(request) else fields

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def delete_model(self, request: HttpRequest, obj: Comment) -> None:
        delete_comments(Comment.objects.filter(pk=obj.pk))

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[Comment]) -> None:
        delete_comments(queryset)

    def has_moderate_permission(self, request: HttpRequest) -> bool:
        return bool(request.user.has_perm("comments.can_moderate"))

    def changelist_view(
        self, request: HttpRequest, extra_context: dict[str, Any] | None = None
    ) -> HttpResponse:
        # The queue opens on what needs a decision: the pending comments.
        if request.method == "GET" and not request.GET:
            return HttpResponseRedirect(f"{request.path}?status__exact=pending")
        warn_if_classifier_unavailable(request)
        return super().changelist_view(request, extra_context)

    def get_queryset(self, request: HttpRequest) -> QuerySet[Comment]:
        return (
            super()
            .get_queryset(request)
            .prefetch_related("decisions", report_admin.prefetch_open_reports())
        )

    def get_ordering(self, request: HttpRequest) -> Any:
        order = review_admin.chosen_order(request)
        return queue_order.ordering(order) if order else super().get_ordering(request)

    def get_urls(self) -> list[URLPattern]:
        own = [
            path(
                "dashboard/",
                self.admin_site.admin_view(self.dashboard_view),
                name="comments_comment_dashboard",
            ),
            path(
                "<int:object_id>/moderate/<str:action>/",
                self.admin_site.admin_view(self.moderate_view),
                name="comments_comment_moderate",
            ),
            path(
                "<int:object_id>/reply/",
                self.admin_site.admin_view(self.reply_view),
                name="comments_comment_reply",
            ),
            path(
                "commenter/<str:digest>/",
                self.admin_site.admin_view(commenter_view(self.admin_site)),
                name="comments_comment_commenter",
            ),
        ]
        return own + super().get_urls()

    def dashboard_view(self, request: HttpRequest) -> HttpResponse:
        if not self.has_view_permission(request):
            raise PermissionDenied
        context = {
            **self.admin_site.each_context(request),
            "title": _("Comments dashboard"),
            **dashboard.figures(timezone.now()),
        }
        return TemplateResponse(request, "admin/comments/dashboard.html", context)

    def moderate_view(self, request: HttpRequest, object_id: int, action: str) -> HttpResponse:
        if request.method != "POST":
            return HttpResponse(status=405)
        if not self.has_moderate_permission(request):
            raise PermissionDenied
        try:
            chosen = ModerationAction(action)
        except ValueError:
            raise PermissionDenied from None
        comment = get_object_or_404(Comment, pk=object_id)
        moderate(comment, chosen, acting_user(request))
        self.message_user(
            request,
            _("Comment %(id)s: %(status)s.")
            % {"id": comment.pk, "status": comment.get_status_display()},
        )
        # The queue's buttons (and keys) send the list's address, to come back to it.
        back = review_admin.safe_next(request, request.POST.get("next", ""))
        return HttpResponseRedirect(
            back or reverse("admin:comments_comment_change", args=[comment.pk])
        )

    def reply_view(self, request: HttpRequest, object_id: int) -> HttpResponse:
        return review_admin.reply_page(self, request, object_id)

    def _bulk(
        self, request: HttpRequest, queryset: QuerySet[Comment], action: ModerationAction
    ) -> None:
        comments = list(queryset)
        for comment in comments:
            moderate(comment, action, acting_user(request))
        self.message_user(
            request,
            ngettext(
                "%(count)d comment: %(status)s.", "%(count)d comments: %(status)s.", len(comments)
            )
            % {"count": len(comments), "status": Comment.Status(action.status).label},
            messages.SUCCESS,
        )

    @admin.action(description=gettext_lazy("Approve"), permissions=["moderate"])
    def approve(self, request: HttpRequest, queryset: QuerySet[Comment]) -> None:
        self._bulk(request, queryset, ModerationAction.APPROVE)

    @admin.action(description=gettext_lazy("Mark as spam"), permissions=["moderate"])
    def mark_spam(self, request: HttpRequest, queryset: QuerySet[Comment]) -> None:
        self._bulk(request, queryset, ModerationAction.SPAM)

    @admin.action(description=gettext_lazy("Not spam"), permissions=["moderate"])
    def mark_ham(self, request: HttpRequest, queryset: QuerySet[Comment]) -> None:
        self._bulk(request, queryset, ModerationAction.HAM)

    @admin.action(description=gettext_lazy("Trash"), permissions=["moderate"])
    def trash(self, request: HttpRequest, queryset: QuerySet[Comment]) -> None:
        self._bulk(request, queryset, ModerationAction.TRASH)

    @admin.action(description=gettext_lazy("Trash as abusive"), permissions=["moderate"])
    def mark_abusive(self, request: HttpRequest, queryset: QuerySet[Comment]) -> None:
        self._bulk(request, queryset, ModerationAction.ABUSIVE)

    @admin.action(description=gettext_lazy("Feature as an editors' pick"), permissions=["moderate"])
    def feature(self, request: HttpRequest, queryset: QuerySet[Comment]) -> None:
        featured = skipped = 0
        for comment in queryset:
            try:
                featured += picks.feature(comment, acting_user(request))
            except picks.NotPublished:
                skipped += 1
        self.message_user(
            request,
            ngettext(
                "%(count)d comment is now an editors' pick.",
                "%(count)d comments are now editors' picks.",
                featured,
            )
            % {"count": featured},
            messages.SUCCESS,
        )
        if skipped:
            self.message_user(
                request,
                ngettext(
                    "%(count)d comment is not published and cannot be an editors' pick.",
                    "%(count)d comments are not published and cannot be editors' picks.",
                    skipped,
                )
                % {"count": skipped},
                messages.WARNING,
            )

    @admin.action(
        description=gettext_lazy("Remove from the editors' picks"), permissions=["moderate"]
    )
    def unfeature(self, request: HttpRequest, queryset: QuerySet[Comment]) -> None:
        removed = sum(picks.feature(c, acting_user(request), featured=False) for c in queryset)
        self.message_user(
            request,
            ngettext(
                "%(count)d comment is no longer an editors' pick.",
                "%(count)d comments are no longer editors' picks.",
                removed,
            )
            % {"count": removed},
            messages.SUCCESS,
        )

    @admin.action(
        description=gettext_lazy("Ban the authors and remove their comments"),
        permissions=["moderate"],
    )
    def ban_authors(self, request: HttpRequest, queryset: QuerySet[Comment]) -> None:
        seen: set[str] = set()
        removed = 0
        for comment in queryset:
            digest = commenter_digest(comment.author_email)
            if digest in seen:
                continue
            seen.add(digest)
            made = banning.ban_author_and_remove(comment, actor=request.user.get_username())
            removed += len(made.removed)
        banned = ngettext(
            "Banned %(count)d commenter.", "Banned %(count)d commenters.", len(seen)
        ) % {"count": len(seen)}
        moved = ngettext(
            "Moved %(count)d comment to the trash.",
            "Moved %(count)d comments to the trash.",
            removed,
        ) % {"count": removed}
        self.message_user(request, f"{banned} {moved}", messages.SUCCESS)

    @admin.action(description=gettext_lazy("Dismiss readers' reports"), permissions=["moderate"])
    def dismiss_reports(self, request: HttpRequest, queryset: QuerySet[Comment]) -> None:
        comments = list(queryset)
        cleared = reporting.clear_reports(comments, request.user.get_username(), dismissed=True)
        self.message_user(
            request,
            ngettext("%(count)d report dismissed.", "%(count)d reports dismissed.", cleared)
            % {"count": cleared},
            messages.SUCCESS,
        )

    def has_private_permission(self, request: HttpRequest) -> bool:
        return can_see_private(request) and self.has_moderate_permission(request)

    @admin.action(
        description=gettext_lazy("Export the personal data of these comments' authors"),
        permissions=["private"],
    )
    def export_authors_data(
        self, request: HttpRequest, queryset: QuerySet[Comment]
    ) -> HttpResponse:
        emails = sorted({canonical_email(c.author_email) for c in queryset if c.author_email})
        actor = f"admin: {request.user.get_username()}"
        data = [personal_data.export(email, actor) for email in emails]
        response = HttpResponse(
            json.dumps(data, ensure_ascii=False, indent=1), content_type="application/json"
        )
        response["Content-Disposition"] = 'attachment; filename="personal-data.json"'
        return response

    @admin.action(
        description=gettext_lazy("Erase the personal data of these comments' authors"),
        permissions=["private"],
    )
    def erase_authors_data(
        self, request: HttpRequest, queryset: QuerySet[Comment]
    ) -> HttpResponse | None:
        emails = sorted({canonical_email(c.author_email) for c in queryset if c.author_email})
        if request.POST.get("confirm") != "yes":
            context = {
                **self.admin_site.each_context(request),
                "emails": len(emails),
                "comments": sum(personal_data.comments_of(e).count() for e in emails),
                "selected": queryset.values_list("pk", flat=True),
                "title": _("Erase personal data?"),
            }
            return TemplateResponse(request, "admin/comments/comment/erase_confirm.html", context)
        actor = f"admin: {request.user.get_username()}"
        delete = request.POST.get("delete_content") == "yes"
        count = sum(personal_data.erase(email, actor, delete_content=delete) for email in emails)
        people = ngettext(
            "Erased the data of %(count)d person.",
            "Erased the data of %(count)d people.",
            len(emails),
        ) % {"count": len(emails)}
        if delete:
            changed = ngettext(
                "%(count)d comment deleted.", "%(count)d comments deleted.", count
            ) % {"count": count}
        else:
            changed = ngettext(
                "%(count)d comment anonymised.", "%(count)d comments anonymised.", count
            ) % {"count": count}
        self.message_user(request, f"{people} {changed}")
        return None

    @admin.display(description=gettext_lazy("comment"))
    def excerpt(self, comment: Comment) -> str:
        return Truncator(comment.content).chars(80)

    @admin.display(description=gettext_lazy("comment"))
    def comment_and_actions(self, comment: Comment) -> str:
        return format_html(
            '<a href="{}">{}</a>{}',
            reverse("admin:comments_comment_change", args=[comment.pk]),
            self.excerpt(comment),
            row_actions(comment),
        )

    @admin.display(description=gettext_lazy("thread"), ordering="thread__key")
    def thread_key(self, comment: Comment) -> str:
        return comment.thread.key

    @admin.display(description=review_admin.score_heading, ordering="score")
    def score_shown(self, comment: Comment) -> str:
        return "-" if comment.score is None else as_percent(comment.score)

    @admin.display(description=gettext_lazy("spam score"))
    def score_in_full(self, comment: Comment) -> str:
        return review_admin.score_in_full(comment.score)

    @admin.display(description=gettext_lazy("age"), ordering="created")
    def age(self, comment: Comment) -> str:
        return timesince(comment.created)

    @admin.display(description=gettext_lazy("main reason"))
    def main_reason(self, comment: Comment) -> str:
        # The first reason that is not a plain approval is what a moderator wants to see.
        decisions = list(comment.decisions.all())
        telling = [d for d in decisions if d.action != Decision.Action.APPROVE]
        chosen = telling[0] if telling else (decisions[0] if decisions else None)
        reason = chosen.reason if chosen else ""
        # Readers' open reports share the cell: a column of their own would not fit at 1280 px.
        reported = report_admin.open_reports(comment)
        if not reported:
            return reason
        return format_html('<span class="open-reports">{}</span> {}', reported, reason)


def can_see_private(request: HttpRequest) -> bool:
    return bool(request.user.has_perm("comments.view_author_private"))


from comments import ban_admin, campaign_admin, notice_admin, webhook_admin  # noqa: E402, F401 (register their admins)
