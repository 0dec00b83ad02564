"""Published-comment counts of many threads in one public read, for article lists (count.js)."""

from __future__ import annotations

import hashlib
import json
import re

from django.http import HttpResponse
from django.utils.cache import get_conditional_response, patch_cache_control
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiParameter,
    OpenApiResponse,
    extend_schema,
    inline_serializer,
)
from rest_framework import serializers
from rest_framework.exceptions import ValidationError
from rest_framework.request import Request
from rest_framework.views import APIView

from comments import read_cache
from comments.api.views import django_request
from comments.models import Comment, Thread

# count.js asks in chunks of this many keys; keep the two equal.
MAX_KEYS = 100
# Thread.key's max_length.
MAX_KEY_LENGTH = 200
# Seconds a browser or a shared cache may reuse an answer. The server's own copy changes the
# moment a thread does; this is how stale a number on an article list may be at most.
MAX_AGE = 60
# No thread key holds a control character, and PostgreSQL refuses NUL outright.
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")

KEYS_PARAMETER = OpenApiParameter(
    "keys",
    str,
    required=True,
    description=(
        f"Thread keys separated by commas (up to {MAX_KEYS}, each up to {MAX_KEY_LENGTH} "
        "characters); empty items and repeats are ignored."
    ),
)


def requested_keys(request: Request) -> list[str]:
    """The distinct keys asked for, in their order; ValidationError when they cannot be keys."""
    keys: dict[str, None] = {}
    for value in request.query_params.getlist("keys"):
        for item in value.split(","):
            key = item.strip()
            if key:
                keys[key] = None
    if not keys:
        raise ValidationError({"keys": ["Give one or more thread keys, separated by commas."]})
    if len(keys) > MAX_KEYS:
        raise ValidationError({"keys": [f"At most {MAX_KEYS} keys in one request."]})
    for key in keys:
        if len(key) > MAX_KEY_LENGTH:
            raise ValidationError(
                {"keys": [f"A thread key has at most {MAX_KEY_LENGTH} characters."]}
            )
        if _CONTROL.search(key):
            raise ValidationError({"keys": ["A thread key holds no control characters."]})
    return list(keys)


def published_count(thread_id: int) -> int:
    """One thread's published comments, from the read cache while the thread is unchanged."""

    def count() -> bytes:
        return str(Comment.objects.filter(thread_id=thread_id).published().count()).encode()

    return int(read_cache.cached_page(thread_id, "count", count))


class ThreadCountsView(APIView):
    """How many published comments each of the given threads has.

    Every key asked for is in the answer; a key with no thread counts 0, as an article whose
    thread was never made has no comments (and nobody learns which keys exist). The keys are
    looked up on every request, a single indexed query: a thread created, renamed or deleted
    moves no version stamp. Each count then comes from read_cache under its thread's stamp, so
    it changes exactly when the thread does.
    """

    authentication_classes: list[type] = []
    permission_classes: list[type] = []

    @extend_schema(
        summary="Published comments per thread, for article lists",
        description=(
            "Every key asked for is in `counts`; a key without a thread counts 0. The server's "
            "copy changes the moment a thread does; an answer may be kept by caches for "
            f"{MAX_AGE} s and revalidated with its ETag."
        ),
        parameters=[KEYS_PARAMETER],
        responses={
            200: inline_serializer(
                "ThreadCounts",
                {"counts": serializers.DictField(child=serializers.IntegerField(min_value=0))},
            ),
            304: OpenApiResponse(description="Unchanged since the ETag given in If-None-Match."),
            400: OpenApiResponse(
                OpenApiTypes.OBJECT, description='{"keys": ["what is wrong with them"]}'
            ),
        },
    )
    def get(self, request: Request) -> HttpResponse:
        keys = requested_keys(request)
        thread_ids = dict(Thread.objects.filter(key__in=keys).values_list("key", "pk"))
        counts = {key: published_count(thread_ids[key]) if key in thread_ids else 0 for key in keys}
        body = json.dumps({"counts": counts}, ensure_ascii=False, separators=(",", ":"))
        response = HttpResponse(body.encode(), content_type="application/json")
        patch_cache_control(response, public=True, max_age=MAX_AGE)
        etag = f'"{hashlib.sha256(response.content).hexdigest()[:32]}"'
        response["ETag"] = etag
        # A 304 when the client's copy (If-None-Match) is this one.
        answer = get_conditional_response(django_request(request), etag=etag, response=response)
        return response if answer is None else answer
