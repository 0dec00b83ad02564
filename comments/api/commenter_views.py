"""The commenter page over the API: one commenter (named by their commenter digest) as
moderators see them, and moderators' notes about them. Emails only with view_author_private."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import User
from django.http import Http404
from drf_spectacular.utils import extend_schema, extend_schema_field
from rest_framework import serializers, status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from comments import commenters
from comments.api.permissions import CanModerate
from comments.api.serializers import BanSerializer, ModerationCommentSerializer
from comments.api.views import FIELD_ERRORS, MODERATOR_ONLY
from comments.models import CommenterNote, Report


class StatusCountsSerializer(serializers.Serializer[Any]):
    pending = serializers.IntegerField()
    approved = serializers.IntegerField()
    spam = serializers.IntegerField()
    trash = serializers.IntegerField()


class RecordSerializer(serializers.Serializer[Any]):
    """Decided comments in the window; author-deleted ones are no rejection."""

    approved = serializers.IntegerField()
    rejected = serializers.IntegerField()
    decided = serializers.IntegerField()
    rejection_rate = serializers.FloatField(allow_null=True, help_text="null: none decided")


class ReportShownSerializer(serializers.ModelSerializer[Report]):
    """A reader's report of one of their comments; never who reported."""

    class Meta:
        model = Report
        fields = ["comment", "reason", "note", "created", "cleared"]


class NoteSerializer(serializers.ModelSerializer[CommenterNote]):
    written_by = serializers.CharField(
        source="written_by.username", read_only=True, allow_null=True
    )

    class Meta:
        model = CommenterNote
        fields = ["id", "text", "written_by", "created"]


class NewNoteSerializer(serializers.Serializer[Any]):
    text = serializers.CharField(max_length=commenters.NOTE_MAX_LENGTH)


class CommenterSerializer(serializers.Serializer[Any]):
    """A commenter: a commenters.Profile, with their emails for those who may see them."""

    digest = serializers.CharField()
    user_ids = serializers.ListField(child=serializers.IntegerField())
    emails = serializers.SerializerMethodField()
    first_seen = serializers.DateTimeField(allow_null=True)
    last_seen = serializers.DateTimeField(allow_null=True)
    counts = StatusCountsSerializer(help_text="their comments by status")
    window_days = serializers.IntegerField(help_text="the rejection rate's window")
    record = RecordSerializer(help_text="their comments of the last window_days")
    recent_comments = ModerationCommentSerializer(many=True, source="recent")
    reports_by_reason = serializers.DictField(child=serializers.IntegerField())
    recent_reports = ReportShownSerializer(many=True)
    notes = NoteSerializer(many=True)
    bans = BanSerializer(many=True, help_text="the active ones")

    @extend_schema_field(
        serializers.ListField(
            child=serializers.CharField(),
            allow_null=True,
            help_text="null without the permission to see authors' emails",
        )
    )
    def get_emails(self, profile: commenters.Profile) -> list[str] | None:
        request = self.context.get("request")
        if request is None or not request.user.has_perm("comments.view_author_private"):
            return None
        return commenters.mailbox_spellings(profile.digest)


def found(digest: str) -> commenters.Profile:
    profile = commenters.profile(digest)
    if profile is None:
        raise Http404("no such commenter")
    return profile


class CommenterView(APIView):
    """A commenter: their comments by status, rejection rate, reports, notes and active bans."""

    permission_classes = [CanModerate]

    @extend_schema(responses={200: CommenterSerializer, **MODERATOR_ONLY})
    def get(self, request: Request, digest: str) -> Response:
        body = CommenterSerializer(found(digest), context={"request": request}).data
        return Response(body)


class CommenterNotesView(APIView):
    """Add a moderator's note about a commenter (never shown to the public)."""

    permission_classes = [CanModerate]

    @extend_schema(
        request=NewNoteSerializer,
        responses={201: NoteSerializer, 400: FIELD_ERRORS, **MODERATOR_ONLY},
    )
    def post(self, request: Request, digest: str) -> Response:
        found(digest)
        incoming = NewNoteSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        user = request.user if isinstance(request.user, User) else None
        note = commenters.add_note(digest, incoming.validated_data["text"], user)
        return Response(NoteSerializer(note).data, status=status.HTTP_201_CREATED)
