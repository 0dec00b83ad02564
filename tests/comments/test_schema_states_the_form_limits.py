"""The API's schema states the Leave a Reply form's own limits, and the API keeps them (issue 13).

The serializer declared 200/400/20,000 characters where the form allows 80/254/5,000; the
schema promised what the form then refused.
"""

from __future__ import annotations

import pytest
from django import forms

from comments.forms import CommentForm
from tests.conftest import comment_data

FIELDS = ["content", "author_name", "author_email", "author_url", "thread"]


def form_limit(name: str) -> int:
    field = CommentForm.base_fields[name]
    assert isinstance(field, forms.CharField) and field.max_length is not None
    return field.max_length


@pytest.fixture
def schema(client, db) -> dict:
    return client.get("/api/v1/schema/", {"format": "json"}).json()


def properties(schema: dict, component: str) -> dict:
    return schema["components"]["schemas"][component]["properties"]


@pytest.mark.parametrize("field", FIELDS)
def test_the_schema_has_the_forms_maximum_length(schema, field):
    assert properties(schema, "CommentCreateRequest")[field]["maxLength"] == form_limit(field)


def test_the_edit_schema_has_the_forms_content_limit(schema):
    limit = form_limit("content")
    assert properties(schema, "PatchedCommentEditRequest")["content"]["maxLength"] == limit


def test_one_character_over_the_limit_gets_the_forms_own_message(client, thread):
    limit = form_limit("content")
    data = {**comment_data(thread, content="x" * (limit + 1)), "parent": None}
    response = client.post(
        "/api/v1/comments/", data, content_type="application/json", HTTP_ACCEPT_LANGUAGE="en"
    )
    assert response.status_code == 400
    assert f"at most {limit} characters" in response.json()["content"][0]


@pytest.mark.parametrize("value", [["a list"], {"an": "object"}, 12, True])
def test_a_value_of_the_wrong_type_is_a_field_error(client, thread, value):
    data = {**comment_data(thread), "parent": None, "content": value}
    response = client.post("/api/v1/comments/", data, content_type="application/json")
    assert response.status_code == 400
    assert "content" in response.json()


@pytest.mark.parametrize("field", ["thread", "content", "author_name"])
def test_a_nul_byte_is_a_field_error_not_a_database_error(client, thread, field):
    # PostgreSQL refuses NUL in any query; the API must refuse it first (CI's second run).
    data = {**comment_data(thread), "parent": None, field: "kata\x00kata"}
    response = client.post("/api/v1/comments/", data, content_type="application/json")
    assert response.status_code == 400
    assert field in response.json()
