"""The moderators' side: the queue, bulk actions, each comment's history and the dashboard."""

from __future__ import annotations

import json
from typing import Any

from django.contrib import admin, messages
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.db.models.constants import LOOKUP_SEP
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import URLPattern, path, reverse
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.timesince import timesince
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from comments import banning, dashboard, personal_data, reporting
from comments.models import Comment, Decision, Thread
from comments.services import ModerationAction, delete_comments, moderate
from moderation.admin import warn_if_classifier_unavailable
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

    def has_add_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False

    def has_view_permission(self, request: HttpRequest, obj: object = None) -> bool:
        # Whoever may see a comment may see why it has its status.
        return bool(request.user.has_perm("comments.view_comment"))


class ScoreBandFilter(admin.SimpleListFilter):
    title = gettext_lazy("spam score")
    parameter_name = "score"
    BANDS = {"low": (0.0, 0.2), "mid": (0.2, 0.8), "high": (0.8, 1.01)}

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, str]]:
        return [
            ("none", _("not scored")),
            ("low", _("low (< 0.2)")),
            ("mid", _("uncertain (0.2 - 0.8)")),
            ("high", _("high (>= 0.8)")),
        ]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Comment]) -> QuerySet[Comment]:
        value = self.value()
        if value == "none":
            return queryset.filter(score__isnull=True)
        if value in self.BANDS:
            low, high = self.BANDS[value]
            return queryset.filter(score__gte=low, score__lt=high)
        return queryset


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
class ThreadAdmin(admin.ModelAdmin):
    list_display = ["key", "title", "is_open", "created"]
    list_filter = ["is_open"]
    search_fields = ["key", "title"]


@admin.register(Comment)
class CommentAdmin(admin.ModelAdmin):
    list_display = [
        "excerpt",
        "author_name",
        "thread_key",
        "status",
        "score_shown",
        "main_reason",
        "age",
    ]
    list_filter = ["status", ReportedFilter, ScoreBandFilter, "thread", "created"]
    list_select_related = ["thread"]
    search_fields = ["content", "author_name"]
    date_hierarchy = "created"
    actions = [
        "approve",
        "mark_spam",
        "mark_ham",
        "trash",
        "dismiss_reports",
        "ban_authors",
        "export_authors_data",
        "erase_authors_data",
    ]
    inlines = [DecisionInline]
    change_form_template = "admin/comments/comment/change_form.html"
    change_list_template = "admin/comments/comment/change_list.html"

    def get_fields(  # type: ignore[override]
        self, request: HttpRequest, obj: Comment | None = None
    ) -> list[str]:
        fields = [
            "thread",
            "parent",
            "status",
            "score",
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
        return super().get_queryset(request).prefetch_related("decisions")

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
        return HttpResponseRedirect(reverse("admin:comments_comment_change", args=[comment.pk]))

    def _bulk(
        self, request: HttpRequest, queryset: QuerySet[Comment], action: ModerationAction
    ) -> None:
        comments = list(queryset)
        for comment in comments:
            moderate(comment, action, acting_user(request))
        self.message_user(
            request,
            _("%(count)d comments: %(status)s.")
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
        self.message_user(
            request,
            _("Banned %(people)d commenters and removed %(count)d comments.")
            % {"people": len(seen), "count": removed},
            messages.SUCCESS,
        )

    @admin.action(description=gettext_lazy("Dismiss readers' reports"), permissions=["moderate"])
    def dismiss_reports(self, request: HttpRequest, queryset: QuerySet[Comment]) -> None:
        comments = list(queryset)
        cleared = reporting.clear_reports(comments, request.user.get_username(), dismissed=True)
        self.message_user(
            request,
            _("%(count)d reports dismissed.") % {"count": cleared},
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
        self.message_user(
            request,
            _("Erased the data of %(people)d people (%(count)d comments).")
            % {"people": len(emails), "count": count},
        )
        return None

    @admin.display(description=gettext_lazy("comment"))
    def excerpt(self, comment: Comment) -> str:
        return Truncator(comment.content).chars(80)

    @admin.display(description=gettext_lazy("thread"), ordering="thread__key")
    def thread_key(self, comment: Comment) -> str:
        return comment.thread.key

    @admin.display(description=gettext_lazy("score"), ordering="score")
    def score_shown(self, comment: Comment) -> str:
        return "-" if comment.score is None else f"{comment.score:.2f}"

    @admin.display(description=gettext_lazy("age"), ordering="created")
    def age(self, comment: Comment) -> str:
        return timesince(comment.created)

    @admin.display(description=gettext_lazy("main reason"))
    def main_reason(self, comment: Comment) -> str:
        # The first reason that is not a plain approval is what a moderator wants to see.
        decisions = list(comment.decisions.all())
        telling = [d for d in decisions if d.action != Decision.Action.APPROVE]
        chosen = telling[0] if telling else (decisions[0] if decisions else None)
        return chosen.reason if chosen else ""


def acting_user(request: HttpRequest) -> User | None:
    user = request.user
    return user if isinstance(user, User) else None


def can_see_private(request: HttpRequest) -> bool:
    return bool(request.user.has_perm("comments.view_author_private"))
