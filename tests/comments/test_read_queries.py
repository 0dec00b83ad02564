"""Reading a thread costs the same few queries whatever its size."""

from __future__ import annotations

from django.db import connection
from django.test.utils import CaptureQueriesContext

from comments.models import Comment
from tests.conftest import make_comment


def fill(thread, count: int) -> None:
    top = [
        Comment(
            thread=thread,
            author_name=f"R{n}",
            author_email=f"r{n}@example.id",
            content=f"komentar {n}",
            status=Comment.Status.APPROVED,
        )
        for n in range(count)
    ]
    Comment.objects.bulk_create(top)


def queries(client, url: str, **params) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, params)
    assert response.status_code == 200
    return len(captured)


def test_the_api_read_is_constant_and_at_most_five_queries(client, thread):
    fill(thread, 10)
    small = queries(client, "/api/v1/comments/", thread=thread.key, page_size=200)
    fill(thread, 190)
    large = queries(client, "/api/v1/comments/", thread=thread.key, page_size=200)
    assert small == large
    assert large <= 5


def test_the_page_read_is_constant_in_thread_size(client, thread):
    make_comment(thread)
    small = queries(client, "/")
    fill(thread, 300)
    large = queries(client, "/")
    assert small == large
