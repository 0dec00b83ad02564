"""The OpenAPI schema describes what the API really answers: real responses validated against it."""

from __future__ import annotations

import json

import pytest
from django.test import Client
from openapi_core import OpenAPI
from openapi_core.contrib.django import DjangoOpenAPIRequest, DjangoOpenAPIResponse

from comments.models import Comment
from tests.comments.test_api import post
from tests.conftest import make_comment


@pytest.fixture
def openapi(client, db) -> OpenAPI:
    schema = client.get("/api/v1/schema/", HTTP_ACCEPT="application/json")
    return OpenAPI.from_dict(json.loads(schema.content))


def check(openapi: OpenAPI, response) -> None:
    openapi.validate_response(
        DjangoOpenAPIRequest(response.wsgi_request), DjangoOpenAPIResponse(response)
    )


def test_public_responses_match_the_schema(openapi, client, thread, tune_gate):
    make_comment(thread)
    check(openapi, client.get("/api/v1/comments/", {"thread": thread.key}))
    check(openapi, client.get("/api/v1/comments/", {"thread": "missing"}))
    check(openapi, client.get("/api/v1/comments/token/", {"thread": thread.key}))
    created = post(client, thread)
    check(openapi, created)
    check(openapi, post(client, thread, content="x"))
    tune_gate(flood_interval=15)
    check(openapi, post(client, thread, content="cepat sekali", author_email="b@example.id"))
    body = created.json()
    edited = client.patch(
        f"/api/v1/comments/{body['id']}/",
        {"content": "diubah sedikit"},
        content_type="application/json",
        HTTP_X_EDIT_TOKEN=body["edit_token"],
    )
    check(openapi, edited)
    check(
        openapi,
        client.delete(f"/api/v1/comments/{body['id']}/", HTTP_X_EDIT_TOKEN=body["edit_token"]),
    )


def test_moderation_responses_match_the_schema(openapi, thread, django_user_model):
    from django.contrib.auth.models import Group

    user = django_user_model.objects.create_user("bob", password="pw-12345678")
    user.groups.add(Group.objects.get(name="Moderators"))
    moderator = Client()
    moderator.force_login(user)
    comment = make_comment(thread, status=Comment.Status.PENDING)
    check(openapi, moderator.get("/api/v1/moderation/comments/"))
    check(openapi, moderator.post(f"/api/v1/moderation/comments/{comment.pk}/approve/"))
    check(
        openapi,
        moderator.post(
            "/api/v1/moderation/threads/",
            {"key": "baru", "title": "Baru", "url": ""},
            content_type="application/json",
        ),
    )
    check(openapi, moderator.post(f"/api/v1/moderation/threads/{thread.key}/close/"))
