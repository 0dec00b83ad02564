"""GET /api/v1/threads/counts/?keys=a,b: published comments per thread, for article lists."""

from __future__ import annotations

import json

import pytest
from django.contrib.auth.models import User
from django.test import Client
from openapi_core import OpenAPI
from openapi_core.contrib.django import DjangoOpenAPIRequest, DjangoOpenAPIResponse

from comments.api.count_views import MAX_KEYS
from comments.models import Comment, Thread
from comments.services import ModerationAction, moderate
from tests.conftest import comment_data, make_comment

URL = "/api/v1/threads/counts/"


@pytest.fixture
def second(db: None) -> Thread:
    return Thread.objects.create(key="berita-kedua", title="Berita kedua")


@pytest.fixture
def bob(db: None) -> User:
    return User.objects.create_user("bob", password="pw-12345678")


def counts(client, keys: str) -> dict[str, int]:
    response = client.get(URL, {"keys": keys})
    assert response.status_code == 200, response.content
    return response.json()["counts"]


def test_it_counts_only_published_comments(client, thread, second):
    make_comment(thread)
    make_comment(thread, content="Komentar kedua yang tayang.")
    make_comment(thread, status=Comment.Status.PENDING, content="Masih ditahan.")
    make_comment(thread, status=Comment.Status.SPAM, content="slot gacor hari ini")
    make_comment(thread, status=Comment.Status.TRASH, content="Dibuang moderator.")
    make_comment(second, status=Comment.Status.PENDING)

    assert counts(client, f"{thread.key},{second.key}") == {thread.key: 2, second.key: 0}


def test_it_answers_zero_for_a_key_without_a_thread(client, thread):
    make_comment(thread)
    assert counts(client, f"belum-ada,{thread.key}") == {"belum-ada": 0, thread.key: 1}


def test_it_ignores_spaces_empty_items_and_repeats(client, thread):
    make_comment(thread)
    response = client.get(URL, {"keys": f" {thread.key} ,,{thread.key},"})
    assert response.json() == {"counts": {thread.key: 1}}


def test_it_reads_the_keys_parameter_given_twice(client, thread, second):
    make_comment(second)
    response = client.get(f"{URL}?keys={thread.key}&keys={second.key}")
    assert response.json() == {"counts": {thread.key: 0, second.key: 1}}


def test_it_serves_the_cached_count_until_the_thread_changes(client, thread, bob):
    make_comment(thread)
    held = make_comment(thread, status=Comment.Status.PENDING, content="Menunggu moderator.")
    assert counts(client, thread.key) == {thread.key: 1}

    # Written straight to the table, past every service: no stamp moves, the copy stays.
    Comment.objects.create(
        thread=thread,
        author_name="Ani",
        author_email="ani@example.net",
        content="Langsung.",
        status=Comment.Status.APPROVED,
    )
    assert counts(client, thread.key) == {thread.key: 1}

    moderate(held, ModerationAction.APPROVE, bob, via="test")
    assert counts(client, thread.key) == {thread.key: 3}

    moderate(held, ModerationAction.SPAM, bob, via="test")
    assert counts(client, thread.key) == {thread.key: 2}


def test_a_comment_posted_and_published_counts_at_once(client, thread):
    assert counts(client, thread.key) == {thread.key: 0}
    posted = client.post(
        "/api/v1/comments/",
        {**comment_data(thread), "parent": None},
        content_type="application/json",
    )
    assert posted.json()["status"] == "approved"
    assert counts(client, thread.key) == {thread.key: 1}


def test_a_held_comment_changes_no_count(client, thread, held):
    assert counts(client, thread.key) == {thread.key: 0}
    posted = client.post(
        "/api/v1/comments/",
        {**comment_data(thread), "parent": None},
        content_type="application/json",
    )
    assert posted.json()["status"] == "pending"
    assert counts(client, thread.key) == {thread.key: 0}


def test_a_cached_read_of_many_threads_costs_one_query(thread, second, django_assert_num_queries):
    # A plain client: the privacy guard's own query for the stored emails would count too.
    reader = Client()
    make_comment(thread)
    make_comment(second)
    keys = f"{thread.key},{second.key},tidak-ada"
    counts(reader, keys)
    with django_assert_num_queries(1):
        assert counts(reader, keys) == {thread.key: 1, second.key: 1, "tidak-ada": 0}


@pytest.mark.parametrize(
    "query",
    [
        "",
        "?keys=",
        "?keys=,,,",
        "?keys=" + ",".join(f"k{n}" for n in range(MAX_KEYS + 1)),
        "?keys=" + "a" * 201,
        "?keys=kunci%00",
        "?keys=baris%0Abaru",
    ],
)
def test_it_refuses_what_cannot_be_keys_with_400(client, db, query):
    response = client.get(URL + query)
    assert response.status_code == 400
    errors = response.json()["keys"]
    assert errors and all(isinstance(message, str) and message for message in errors)


def test_it_takes_as_many_keys_as_the_limit(client, thread):
    keys = [thread.key, *(f"artikel-{n}" for n in range(MAX_KEYS - 1))]
    assert len(counts(client, ",".join(keys))) == MAX_KEYS


def test_it_may_be_kept_by_public_caches_and_revalidated(client, thread):
    response = client.get(URL, {"keys": thread.key})
    cache_control = response["Cache-Control"]
    assert "public" in cache_control and "max-age=60" in cache_control
    etag = response["ETag"]

    again = client.get(URL, {"keys": thread.key}, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert again["ETag"] == etag

    make_comment(thread)
    moderate(make_comment(thread, status=Comment.Status.PENDING), ModerationAction.APPROVE, None)
    changed = client.get(URL, {"keys": thread.key}, HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200
    assert changed.json() == {"counts": {thread.key: 2}}


def test_other_sites_listed_for_cors_may_read_it(client, thread, settings):
    settings.CORS_ALLOWED_ORIGINS = ["https://blog.example"]
    response = client.get(URL, {"keys": thread.key}, HTTP_ORIGIN="https://blog.example")
    assert response["Access-Control-Allow-Origin"] == "https://blog.example"
    stranger = client.get(URL, {"keys": thread.key}, HTTP_ORIGIN="https://elsewhere.example")
    assert "Access-Control-Allow-Origin" not in stranger


def test_its_answers_match_the_schema(client, thread):
    schema = client.get("/api/v1/schema/", HTTP_ACCEPT="application/json")
    openapi = OpenAPI.from_dict(json.loads(schema.content))
    make_comment(thread)
    for response in (client.get(URL, {"keys": f"{thread.key},lain"}), client.get(URL)):
        openapi.validate_response(
            DjangoOpenAPIRequest(response.wsgi_request), DjangoOpenAPIResponse(response)
        )
