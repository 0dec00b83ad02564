"""Reading a thread costs the same few queries whatever its size."""

from __future__ import annotations

from django.core.cache import cache
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext

from comments import read_cache
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
    read_cache.changed([thread.pk])  # bulk_create sends no signals


def queries(client, url: str, **params) -> int:
    # A plain client: the privacy guard's own look at stored emails is not the page's query.
    with CaptureQueriesContext(connection) as captured:
        response = Client().get(url, params)
    assert response.status_code == 200
    return len(captured)


def test_the_api_read_is_constant_and_at_most_five_queries(client, thread):
    fill(thread, 10)
    small = queries(client, "/api/v1/comments/", thread=thread.key, page_size=200)
    fill(thread, 190)
    large = queries(client, "/api/v1/comments/", thread=thread.key, page_size=200)
    assert small == large
    assert large <= 5
    # Read again: served from the cache, only the thread itself is looked up.
    assert queries(client, "/api/v1/comments/", thread=thread.key, page_size=200) <= 1


def test_a_cached_read_changes_exactly_when_the_thread_does(client, thread, django_user_model):
    from comments.models import Thread
    from comments.services import ModerationAction, delete_comments, moderate

    other = Thread.objects.create(key="lain", title="Lain")
    make_comment(other, content="di utas lain")
    pending = make_comment(thread, status=Comment.Status.PENDING, content="menunggu")

    def contents(key: str) -> list[str]:
        body = client.get("/api/v1/comments/", {"thread": key}).json()
        return [c["content"] for c in body["results"]]

    assert contents(thread.key) == [] and contents("lain") == ["di utas lain"]
    moderate(pending, ModerationAction.APPROVE, None)
    assert contents(thread.key) == ["menunggu"]
    assert queries(client, "/api/v1/comments/", thread="lain") <= 1  # still cached
    # The services stamp the thread of what they change (test_read_cache_invalidation covers
    # each path); a comment written straight to the database is stamped by hand.
    make_comment(thread, content="baru")
    read_cache.changed([thread.pk])
    assert contents(thread.key) == ["menunggu", "baru"]
    delete_comments(Comment.objects.filter(content="baru"))
    assert contents(thread.key) == ["menunggu"]


def test_the_page_read_is_constant_in_thread_size(client, thread):
    make_comment(thread)
    small = queries(client, "/")
    fill(thread, 300)
    large = queries(client, "/")
    assert small == large


def test_a_change_stamps_its_thread_again_when_it_commits(
    thread, django_capture_on_commit_callbacks
):
    # A read between the first stamp and the commit sees the old rows and may cache them under
    # the new stamp; the stamp after the commit retires that copy.
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        read_cache.changed([thread.pk])
        during = read_cache.version(thread.pk)
    assert read_cache.version(thread.pk) != during


def test_a_cache_emptied_by_a_restart_never_serves_a_page_from_before(thread):
    comment = make_comment(thread, content="sebelum")

    def contents() -> list[str]:
        body = Client().get("/api/v1/comments/", {"thread": thread.key}).json()
        return [c["content"] for c in body["results"]]

    assert contents() == ["sebelum"]  # now cached, also in this process's memory
    cache.clear()  # Redis restarted empty...
    Comment.objects.filter(pk=comment.pk).update(content="sesudah")  # ...and missed a stamp
    assert contents() == ["sesudah"]
