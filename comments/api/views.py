"""The public REST API (Django REST framework)."""

from __future__ import annotations

from django.shortcuts import get_object_or_404
from rest_framework import serializers
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from comments.models import Thread
from moderation import tokens
from moderation.conf import gate_setting


class TokenQuerySerializer(serializers.Serializer[None]):
    thread = serializers.CharField(max_length=200)


class FormTokenView(APIView):
    """A fresh form token for a thread, for scripts that render the form themselves."""

    authentication_classes: list[type] = []
    permission_classes: list[type] = []

    def get(self, request: Request) -> Response:
        query = TokenQuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        thread = get_object_or_404(Thread, key=query.validated_data["thread"])
        response = Response(
            {
                "thread": thread.key,
                "form_token": tokens.issue(thread.key),
                "expires_in": gate_setting("form_token_max_age"),
                "min_seconds": gate_setting("form_min_seconds"),
            }
        )
        response["Cache-Control"] = "no-store"
        return response
