"""A thread read newest first (`order=newest`) as well as oldest first, for the embed's sort.

The order is part of the cached page's name: each order is one copy, whatever its spelling,
and a value that is not an order is refused with 400 before anything is cached.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from comments import read_cache
from comments.models import Comment
from tests.conftest import make_comment

URL = "/api/v1/comments/"


@pytest.fixture
def comments(thread) -> list[Comment]:
    start = timezone.now() - timedelta(hours=1)
    made = [
        make_comment(thread, content=f"Urutan ke-{n}.", created=start + timedelta(minutes=n))
        for n in range(5)
    ]
    read_cache.changed([thread.pk])
    return made


def contents(response) -> list[str]:
    assert response.status_code == 200, response.content
    return [c["content"] for c in response.json()["results"]]


def queries(**params: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = Client().get(URL, params)
    assert response.status_code == 200, response.content
    return len(captured)


def test_it_reads_oldest_first_by_default(comments, thread):
    expected = [f"Urutan ke-{n}." for n in range(5)]
    assert contents(Client().get(URL, {"thread": thread.key})) == expected
    assert contents(Client().get(URL, {"thread": thread.key, "order": "oldest"})) == expected


def test_it_reads_newest_first_and_its_next_link_keeps_the_order(comments, thread):
    first = Client().get(URL, {"thread": thread.key, "order": "newest", "page_size": "2"})
    assert contents(first) == ["Urutan ke-4.", "Urutan ke-3."]
    link = first.json()["next"]
    assert link == f"/api/v1/comments/?order=newest&page=2&page_size=2&thread={thread.key}"
    second = Client().get(link)
    assert contents(second) == ["Urutan ke-2.", "Urutan ke-1."]
    assert second.json()["previous"] == (
        f"/api/v1/comments/?order=newest&page_size=2&thread={thread.key}"
    )


def test_without_an_order_it_reads_in_the_article_pages_order(comments, thread, tune_comments):
    tune_comments(comment_order="newest")
    page = Client().get(URL, {"thread": thread.key, "page_size": "2"})
    assert contents(page) == ["Urutan ke-4.", "Urutan ke-3."]
    assert page.json()["order"] == "newest"
    # Then the site's order is the one left out of the links, and oldest is named.
    assert page.json()["next"] == f"/api/v1/comments/?page=2&page_size=2&thread={thread.key}"
    oldest = Client().get(URL, {"thread": thread.key, "page_size": "2", "order": "oldest"}).json()
    assert oldest["order"] == "oldest"
    assert oldest["next"] == (
        f"/api/v1/comments/?order=oldest&page=2&page_size=2&thread={thread.key}"
    )


def test_the_answer_says_its_order(comments, thread):
    assert Client().get(URL, {"thread": thread.key}).json()["order"] == "oldest"
    newest = Client().get(URL, {"thread": thread.key, "order": "newest"}).json()
    assert newest["order"] == "newest"


def test_the_default_order_is_left_out_of_the_links(comments, thread):
    page = Client().get(URL, {"thread": thread.key, "order": "oldest", "page_size": "2"}).json()
    assert page["next"] == f"/api/v1/comments/?page=2&page_size=2&thread={thread.key}"


def test_equal_times_are_ordered_by_id_both_ways(thread):
    now = timezone.now()
    made = [make_comment(thread, content=f"Serentak {n}.", created=now) for n in range(3)]
    names = [c.content for c in made]
    assert contents(Client().get(URL, {"thread": thread.key})) == names
    assert contents(Client().get(URL, {"thread": thread.key, "order": "newest"})) == names[::-1]


def test_each_order_is_its_own_cached_copy(comments, thread):
    oldest = contents(Client().get(URL, {"thread": thread.key}))
    newest = contents(Client().get(URL, {"thread": thread.key, "order": "newest"}))
    assert oldest == newest[::-1]


@pytest.mark.parametrize("spelling", ["", " ", "oldest", " oldest "])
def test_spellings_of_the_default_order_share_one_copy(comments, thread, spelling):
    queries(thread=thread.key)
    assert queries(thread=thread.key, order=spelling) <= 1  # only the thread is looked up


def test_spellings_of_newest_share_one_copy(comments, thread):
    queries(thread=thread.key, order="newest")
    assert queries(thread=thread.key, order=" newest") <= 1


@pytest.mark.parametrize("order", ["NEWEST", "desc", "-created", "newest,oldest", "0", "\x00"])
def test_an_unknown_order_is_a_400_naming_the_choices(comments, thread, order):
    with CaptureQueriesContext(connection) as captured:
        response = Client().get(URL, {"thread": thread.key, "order": order})
    assert response.status_code == 400
    assert response.json() == {"order": ["One of oldest, newest."]}
    assert len(captured) == 0  # refused before the thread or the cache is asked


def test_a_new_comment_moves_the_newest_first_page_on(comments, thread):
    assert contents(Client().get(URL, {"thread": thread.key, "order": "newest"}))[0] == (
        "Urutan ke-4."
    )
    make_comment(thread, content="Yang paling baru.")
    read_cache.changed([thread.pk])
    assert contents(Client().get(URL, {"thread": thread.key, "order": "newest"}))[0] == (
        "Yang paling baru."
    )


def test_the_schema_states_the_order_and_its_400(client):
    schema = client.get("/api/v1/schema/", {"format": "json"}).json()
    operation = schema["paths"]["/api/v1/comments/"]["get"]
    order = next(p for p in operation["parameters"] if p["name"] == "order")
    assert sorted(order["schema"]["enum"]) == ["newest", "oldest"]
    assert "400" in operation["responses"]
