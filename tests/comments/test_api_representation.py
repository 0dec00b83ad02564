"""The hand-built API bodies say exactly what the serializers (and so the schema) say."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from comments.api import serializers as api
from tests.conftest import make_comment

pytestmark = pytest.mark.django_db


def test_a_public_comment_is_what_its_serializer_gives(thread):
    parent = make_comment(thread, content="Induk <b>tebal</b>", author_url="https://contoh.id/a")
    reply = make_comment(thread, parent=parent, depth=2, author_url="javascript:alert(1)")
    for comment in (parent, reply):
        assert api.public_comment_data(comment) == api.PublicCommentSerializer(comment).data
    assert api.public_comment_data(reply)["author_url"] == ""  # only http(s) is ever a link


@pytest.mark.parametrize("published", [True, False])
def test_a_created_body_is_what_its_serializer_gives(thread, published):
    status = "approved" if published else "pending"
    comment = make_comment(thread, status=status)
    until = timezone.now() + timedelta(minutes=15)
    expected = api.CreatedSerializer(
        {
            "id": comment.pk,
            "status": status,
            "edit_token": "rahasia",
            "editable_until": until,
            "comment": comment if published else None,
        }
    ).data
    assert api.created_data(comment, status, "rahasia", until) == expected
