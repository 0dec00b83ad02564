"""Spam campaigns over the API: the list, and the moderators' two answers (comments.campaigns)."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from django.shortcuts import get_object_or_404
from django.utils.text import Truncator
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import generics, serializers
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from comments import campaigns
from comments.api.pagination import CommentPage
from comments.api.permissions import CanModerate
from comments.api.views import MODERATOR_ONLY
from comments.models import Campaign

SAMPLE_LENGTH = 300
# The path's action and the workflow it runs.
REVIEWS = {"spam": campaigns.mark_spam, "not_campaign": campaigns.not_campaign}


class CampaignSerializer(serializers.ModelSerializer[Campaign]):
    sample = serializers.SerializerMethodField(help_text="the start of its first comment")
    reviewed_by = serializers.CharField(
        source="reviewed_by.username", read_only=True, allow_null=True
    )

    class Meta:
        model = Campaign
        fields = [
            "id",
            "status",
            "size",
            "commenters",
            "networks",
            "threads",
            "first_seen",
            "last_seen",
            "sample",
            "reviewed_by",
            "reviewed_at",
        ]
        read_only_fields = fields

    def get_sample(self, campaign: Campaign) -> str:
        return Truncator(getattr(campaign, "sample", None) or "").chars(SAMPLE_LENGTH)


class ReviewedSerializer(serializers.Serializer[Any]):
    campaign = CampaignSerializer()
    changed = serializers.IntegerField(
        help_text="comments moved: to spam, or published (held for nothing but the campaign)"
    )
    kept = serializers.IntegerField(
        help_text="members left as they were: approved by a moderator, or held for more"
    )


class CampaignListView(generics.ListAPIView[Campaign]):
    """Spam campaigns, newest first (by the last comment that joined)."""

    permission_classes = [CanModerate]
    serializer_class = CampaignSerializer
    pagination_class = CommentPage

    def get_queryset(self) -> QuerySet[Campaign]:
        return campaigns.listed()

    @extend_schema(responses={200: CampaignSerializer(many=True), **MODERATOR_ONLY})
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return super().get(request, *args, **kwargs)


class CampaignReviewView(APIView):
    """Mark all of a campaign's comments spam, or say it is not a campaign."""

    permission_classes = [CanModerate]

    @extend_schema(
        operation_id="moderation_campaign_review",
        request=None,
        parameters=[OpenApiParameter("action", str, OpenApiParameter.PATH, enum=list(REVIEWS))],
        responses={200: ReviewedSerializer, **MODERATOR_ONLY},
    )
    def post(self, request: Request, pk: int, action: str) -> Response:
        review = REVIEWS.get(action)
        if review is None:
            return Response({"detail": "Unknown action.", "code": "unknown_action"}, status=404)
        campaign = get_object_or_404(Campaign, pk=pk)
        user = request.user if request.user.is_authenticated else None
        done = review(campaign, user)
        shown = CampaignSerializer(campaigns.listed().get(pk=pk)).data
        return Response({"campaign": shown, "changed": done.changed, "kept": done.kept})
