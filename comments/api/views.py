"""The REST API. Views stay thin: serializers validate, comments.services does the work."""

from __future__ import annotations

import logging
from typing import Any

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.debug import sensitive_post_parameters
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiParameter,
    OpenApiResponse,
    extend_schema,
    inline_serializer,
)
from rest_framework import generics, serializers, status
from rest_framework.exceptions import PermissionDenied, ValidationError
from rest_framework.renderers import JSONRenderer
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from comments import banning, queue_order, read_cache, reporting
from comments.api import serializers as api
from comments.api.exceptions import RateLimited
from comments.api.pagination import CommentPage, ThreadPage, order_of
from comments.api.permissions import CanModerate
from comments.comment_pages import NEWEST, ORDERS
from comments.conf import comments_setting
from comments.forms import CommentForm
from comments.models import Comment, Thread
from comments.picks import NotPublished, feature, picks_of
from comments.rejections import nudge_message, rejection
from comments.services import (
    ModerationAction,
    delete_by_author,
    edit_comment,
    edit_window,
    may_edit,
    moderate,
    submit_comment,
)
from comments.submissions import build_submission
from moderation import nudges, tokens
from moderation.addresses import client_address, network_key
from moderation.conf import gate_setting
from moderation.limits import LimiterUnavailable, check_rates
from moderation.models import Ban
from moderation.verdict import Verdict

logger = logging.getLogger(__name__)

THREAD_PARAMETER = OpenApiParameter("thread", str, required=True, description="thread key")
ORDER_PARAMETER = OpenApiParameter(
    "order",
    str,
    enum=list(ORDERS),
    description="oldest or newest first; without it, the article page's order (comment_order)",
)
EDIT_TOKEN_HEADER = OpenApiParameter(
    "X-Edit-Token",
    str,
    OpenApiParameter.HEADER,
    required=True,
    description="the edit_token returned when the comment was created",
)
FIELD_ERRORS = OpenApiResponse(
    OpenApiTypes.OBJECT, description='Field errors: {"field": ["message", ...], ...}'
)
# Moderation answers 403 to anyone without the permission, and 404 for what does not exist.
MODERATOR_ONLY = {403: api.ErrorSerializer, 404: api.ErrorSerializer}
REJECTIONS = {
    400: FIELD_ERRORS,
    403: api.ErrorSerializer,
    409: api.ErrorSerializer,
    413: api.ErrorSerializer,
    429: api.ErrorSerializer,
}


def rejected(verdict: Verdict) -> Response:
    """A rejected submission: its status (403 closed, 409 duplicate, 429 too fast) and why."""
    refused = rejection(verdict)
    response = Response({"detail": refused.message, "code": refused.code}, status=refused.status)
    if refused.retry_after:
        response["Retry-After"] = str(refused.retry_after)
    return response


def django_request(request: Request) -> HttpRequest:
    """The HttpRequest behind DRF's, for what the form view reads too (address, cookies, user).

    On purpose, not DRF's own view of it: the public endpoints have no DRF authentication, so
    DRF's `request.user` is always anonymous there, while a reader signed in to this site who
    posts from its pages is that user to the gate, as with the form. One place says so, instead
    of `_request` at each call.
    """
    return request._request


def limit_uncached_reads(request: Request) -> None:
    """A read the cache cannot answer costs queries: count it against the client's network.

    Cached reads are never limited. If the counters are unreachable the read is served: a read
    changes nothing, and refusing readers because Redis blinked would cost more than it saves.
    """
    network = network_key(client_address(django_request(request)))
    if network is None:
        return
    rates = comments_setting("uncached_read_rates")
    try:
        exceeded = check_rates("comments:read", network, rates, f"address {network}")
    except LimiterUnavailable:
        logger.warning("rate limiter unavailable; serving an uncached read unlimited")
        return
    if exceeded is not None:
        raise RateLimited(wait=exceeded.retry_after)


def public_status(comment: Comment) -> str:
    # A spam verdict answers "pending", like a held one: spammers learn nothing.
    return "approved" if comment.is_published else "pending"


class CommentListCreateView(generics.GenericAPIView[Comment]):
    """Published comments of a thread, oldest (or newest) first; and posting a new one."""

    authentication_classes: list[type] = []
    permission_classes: list[type] = []
    pagination_class = ThreadPage
    serializer_class = api.PublicCommentSerializer

    def get_queryset(self) -> QuerySet[Comment]:
        comments = Comment.objects.filter(thread=self.thread).published().in_reading_order()
        return comments.reverse() if self.order == NEWEST else comments

    @extend_schema(
        parameters=[THREAD_PARAMETER, ORDER_PARAMETER],
        responses={
            200: api.PublicCommentSerializer(many=True),
            400: FIELD_ERRORS,
            404: api.ErrorSerializer,
        },
    )
    def get(self, request: Request) -> HttpResponse:
        # Refused before the cache is asked: only a canonical order names a cached page.
        self.order = order = order_of(request)
        self.thread = Thread.objects.get_by_key_or_404(request.query_params.get("thread", ""))
        paginator = ThreadPage(self.thread.key, self.thread.per_page, order)
        self._paginator = paginator

        def render() -> bytes:
            limit_uncached_reads(request)
            paginator.featured = [api.public_comment_data(c) for c in picks_of(self.thread)]
            page = self.paginate_queryset(self.get_queryset())
            comments = [api.public_comment_data(comment) for comment in page or []]
            return JSONRenderer().render(self.get_paginated_response(comments).data)

        page = read_cache.cached_page(self.thread.pk, paginator.cache_part(request), render)
        return HttpResponse(page, content_type="application/json")

    @extend_schema(
        request=api.CommentCreateSerializer,
        responses={201: api.CreatedSerializer, 200: api.NudgeSerializer, **REJECTIONS},
        description=(
            "201: stored (published or held). 200 with nudge true: nothing stored; the text "
            "may break the community guidelines (the abuse classifier would hold it). Edit it, "
            "or send the same text again with the nudge_token to post it for review."
        ),
    )
    def post(self, request: Request) -> Response:
        incoming = api.CommentCreateSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        data = incoming.validated_data
        result = submit_comment(build_submission(django_request(request), data["thread_obj"], data))
        if result.verdict.nudge:
            token = nudges.issue(data["thread_obj"].key, data["content"])
            return Response({"nudge": True, "detail": nudge_message(), "nudge_token": token})
        if result.comment is None:
            return rejected(result.verdict)
        comment = result.comment
        body = api.created_data(
            comment, public_status(comment), result.edit_secret, comment.created + edit_window()
        )
        return Response(body, status=status.HTTP_201_CREATED)

    @classmethod
    def as_view(cls, **initkwargs: Any) -> Any:
        return sensitive_post_parameters("author_email")(super().as_view(**initkwargs))


class CommentDetailView(APIView):
    """The author's own comment: edit or delete within the window, with the edit token."""

    authentication_classes: list[type] = []
    permission_classes: list[type] = []

    def _own(self, request: Request, pk: int) -> Comment:
        comment = get_object_or_404(Comment.objects.select_related("thread"), pk=pk)
        secret = request.headers.get("X-Edit-Token", "")
        if not may_edit(comment, secret):
            raise PermissionDenied(
                "Wrong or missing edit token, or the edit window of "
                f"{comments_setting('edit_minutes')} minutes has passed."
            )
        return comment

    @extend_schema(
        parameters=[EDIT_TOKEN_HEADER],
        request=api.CommentEditSerializer,
        responses={
            200: inline_serializer(
                "Edited", {"id": serializers.IntegerField(), "status": serializers.CharField()}
            ),
            **REJECTIONS,
            404: api.ErrorSerializer,
        },
    )
    def patch(self, request: Request, pk: int) -> Response:
        comment = self._own(request, pk)
        incoming = api.CommentEditSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        try:
            # The same length rules and messages as a new comment.
            content = CommentForm.base_fields["content"].clean(incoming.validated_data["content"])
        except DjangoValidationError as error:
            return Response({"content": error.messages}, status=400)
        data = {
            "content": content,
            "author_name": comment.author_name,
            "author_email": comment.author_email,
            "author_url": comment.author_url,
            "parent": comment.parent,
        }
        submission = build_submission(
            django_request(request), comment.thread, data, editing=comment
        )
        verdict = edit_comment(comment, submission)
        if not verdict.stores_comment:
            return rejected(verdict)
        return Response({"id": comment.pk, "status": public_status(comment)})

    @extend_schema(
        parameters=[EDIT_TOKEN_HEADER],
        responses={204: None, 403: api.ErrorSerializer, 404: api.ErrorSerializer},
    )
    def delete(self, request: Request, pk: int) -> Response:
        delete_by_author(self._own(request, pk))
        return Response(status=status.HTTP_204_NO_CONTENT)


class CommentReportView(APIView):
    """Report a published comment (spam, abuse, off topic, personal information, other).

    The answer is the same whether the report was new, repeated or hid the comment: nobody
    learns from it what others reported, or that anyone did.
    """

    authentication_classes: list[type] = []
    permission_classes: list[type] = []

    @extend_schema(
        request=api.ReportSerializer,
        responses={
            202: inline_serializer("ReportReceived", {"status": serializers.CharField()}),
            400: FIELD_ERRORS,
            404: api.ErrorSerializer,
            429: api.ErrorSerializer,
        },
    )
    def post(self, request: Request, pk: int) -> Response:
        incoming = api.ReportSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        comment = get_object_or_404(Comment, pk=pk, status=Comment.Status.APPROVED)
        http = django_request(request)
        data = incoming.validated_data
        user_id = http.user.pk if http.user.is_authenticated else None
        exceeded = reporting.receive(
            comment, user_id, client_address(http), data["reason"], data["note"]
        )
        if exceeded is not None:
            raise RateLimited(wait=exceeded.retry_after)
        return Response({"status": "received"}, status=status.HTTP_202_ACCEPTED)


class FormTokenView(APIView):
    """A fresh form token for a thread, for scripts that render the form themselves."""

    authentication_classes: list[type] = []
    permission_classes: list[type] = []

    @extend_schema(
        parameters=[THREAD_PARAMETER],
        responses={
            200: api.FormTokenSerializer,
            400: FIELD_ERRORS,
            404: api.ErrorSerializer,
        },
    )
    def get(self, request: Request) -> Response:
        key = request.query_params.get("thread", "")
        if not key:
            return Response({"thread": ["This parameter is required."]}, status=400)
        thread = Thread.objects.get_by_key_or_404(key)
        response = Response(
            api.FormTokenSerializer(
                {
                    "thread": thread.key,
                    "form_token": tokens.issue(thread.key),
                    "expires_in": gate_setting("form_token_max_age"),
                    "min_seconds": gate_setting("form_min_seconds"),
                }
            ).data
        )
        response["Cache-Control"] = "no-store"
        return response


class ModerationQueueView(generics.ListAPIView[Comment]):
    """Comments by status (pending by default), newest first unless `order` says otherwise."""

    permission_classes = [CanModerate]
    serializer_class = api.ModerationCommentSerializer
    pagination_class = CommentPage

    def get_queryset(self) -> QuerySet[Comment]:
        if self.request.query_params.get("queue") == "reported":
            return (
                reporting.reported_comments()
                .select_related("thread")
                .prefetch_related("decisions")
                .order_by("-created", "-pk")
            )
        wanted = self.request.query_params.get("status", Comment.Status.PENDING)
        if wanted not in Comment.Status.values:
            raise ValidationError({"status": [f"One of {', '.join(Comment.Status.values)}."]})
        order = self.request.query_params.get("order", queue_order.NEWEST)
        if order not in queue_order.ORDERS:
            raise ValidationError({"order": [f"One of {', '.join(queue_order.ORDERS)}."]})
        return (
            Comment.objects.filter(status=wanted)
            .select_related("thread")
            .prefetch_related("decisions")
            .order_by(*queue_order.ordering(order))
        )

    @extend_schema(
        parameters=[
            OpenApiParameter("status", str, enum=Comment.Status.values),
            OpenApiParameter(
                "queue", str, enum=["reported"], description="reported: comments with reports"
            ),
            OpenApiParameter(
                "order",
                str,
                enum=list(queue_order.ORDERS),
                description="newest (the default), oldest, or uncertain: scores nearest a "
                "threshold first, whose decisions teach the model most",
            ),
        ],
        responses={
            200: api.ModerationCommentSerializer(many=True),
            400: FIELD_ERRORS,
            **MODERATOR_ONLY,
        },
    )
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return super().get(request, *args, **kwargs)


# A moderator's actions on a comment besides its status: making it an editor's pick or not.
PICK_ACTIONS = {"feature": True, "unfeature": False}


class ModerationActionView(APIView):
    """Approve, spam, ham (not spam) or trash one comment; or (un)feature it as an editor's
    pick."""

    permission_classes = [CanModerate]

    @extend_schema(
        request=None,
        parameters=[
            OpenApiParameter(
                "action",
                str,
                OpenApiParameter.PATH,
                enum=[a.value for a in ModerationAction] + list(PICK_ACTIONS),
            )
        ],
        responses={
            200: api.ModerationCommentSerializer,
            404: api.ErrorSerializer,
            403: api.ErrorSerializer,
            409: api.ErrorSerializer,
        },
    )
    def post(self, request: Request, pk: int, action: str) -> Response:
        if action not in PICK_ACTIONS and action not in {a.value for a in ModerationAction}:
            return Response({"detail": "Unknown action.", "code": "unknown_action"}, status=404)
        comment = get_object_or_404(Comment, pk=pk)
        user = request.user if request.user.is_authenticated else None
        if action in PICK_ACTIONS:
            try:
                feature(comment, user, featured=PICK_ACTIONS[action], via="api")
            except NotPublished:
                return Response(
                    {
                        "detail": "Only a published comment can be an editor's pick.",
                        "code": "not_published",
                    },
                    status=409,
                )
        else:
            moderate(comment, ModerationAction(action), user, via="api")
        fresh = Comment.objects.prefetch_related("decisions").select_related("thread").get(pk=pk)
        return Response(api.ModerationCommentSerializer(fresh, context={"request": request}).data)


class BanListCreateView(APIView):
    """Bans and suspensions: list them, or ban a commenter (by email), a user or a network."""

    permission_classes = [CanModerate]

    @extend_schema(responses={200: api.BanSerializer(many=True), **MODERATOR_ONLY})
    def get(self, request: Request) -> Response:
        bans = Ban.objects.order_by("-created")[:500]
        return Response(api.BanSerializer(bans, many=True).data)

    @extend_schema(
        request=api.BanSerializer,
        responses={201: api.BanSerializer, 400: FIELD_ERRORS, **MODERATOR_ONLY},
    )
    def post(self, request: Request) -> Response:
        incoming = api.BanSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        data = incoming.validated_data
        if data.get("email"):
            kind, value = Ban.Kind.COMMENTER, data["email"]
        elif data.get("user"):
            kind, value = Ban.Kind.USER, str(data["user"])
        else:
            kind, value = Ban.Kind.NETWORK, data["network"]
        made = banning.ban(
            kind,
            value,
            until=data.get("until"),
            reason=data["reason"],
            note=data["note"],
            actor=request.user.get_username(),
        )
        return Response(api.BanSerializer(made).data, status=status.HTTP_201_CREATED)


class BanDetailView(APIView):
    """Lift a ban; comments it removed go back where they were."""

    permission_classes = [CanModerate]

    @extend_schema(responses={204: None, **MODERATOR_ONLY})
    def delete(self, request: Request, pk: int) -> Response:
        banning.lift(get_object_or_404(Ban, pk=pk), request.user.get_username())
        return Response(status=status.HTTP_204_NO_CONTENT)


class ThreadCreateView(generics.CreateAPIView[Thread]):
    """Create a thread (the comment section of an article)."""

    permission_classes = [CanModerate]
    serializer_class = api.ThreadSerializer

    @extend_schema(responses={201: api.ThreadSerializer, 400: FIELD_ERRORS, **MODERATOR_ONLY})
    def post(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return super().post(request, *args, **kwargs)


class ThreadSettingsView(APIView):
    """A thread with its own settings (pre-moderation, closing, page size, trust ladder)."""

    permission_classes = [CanModerate]

    @extend_schema(responses={200: api.ThreadSettingsSerializer, **MODERATOR_ONLY})
    def get(self, request: Request, key: str) -> Response:
        return Response(api.ThreadSettingsSerializer(Thread.objects.get_by_key_or_404(key)).data)

    @extend_schema(
        request=api.ThreadSettingsSerializer,
        responses={200: api.ThreadSettingsSerializer, 400: FIELD_ERRORS, **MODERATOR_ONLY},
    )
    def patch(self, request: Request, key: str) -> Response:
        thread = Thread.objects.get_by_key_or_404(key)
        incoming = api.ThreadSettingsSerializer(thread, data=request.data, partial=True)
        incoming.is_valid(raise_exception=True)
        incoming.save()
        # Its page size is part of its cached pages.
        read_cache.changed([thread.pk])
        return Response(incoming.data)


class ThreadOpenCloseView(APIView):
    """Close a thread to new comments, or open it again."""

    permission_classes = [CanModerate]

    @extend_schema(
        operation_id="moderation_thread_open_close",
        request=None,
        parameters=[OpenApiParameter("action", str, OpenApiParameter.PATH, enum=["close", "open"])],
        responses={200: api.ThreadSerializer, **MODERATOR_ONLY},
    )
    def post(self, request: Request, key: str, action: str) -> Response:
        if action not in ("close", "open"):
            return Response({"detail": "Unknown action.", "code": "unknown_action"}, status=404)
        thread = Thread.objects.get_by_key_or_404(key)
        thread.is_open = action == "open"
        thread.save(update_fields=["is_open"])
        return Response(api.ThreadSerializer(thread).data)
