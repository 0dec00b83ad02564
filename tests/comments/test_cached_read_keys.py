"""A cached thread read is one copy per real page, built from nothing the client can forge.

The Host header went into the cached `next` link and was served to every reader (issue 12,
finding 9); each spelling of `page`/`page_size` stored another copy (finding 10). Reads that
miss the cache are rate-limited per client network.
"""

from __future__ import annotations

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from comments import read_cache
from tests.conftest import make_comment

URL = "/api/v1/comments/"


@pytest.fixture
def comments(thread):
    made = [make_comment(thread, content=f"Komentar nomor {n}.") for n in range(3)]
    read_cache.changed([thread.pk])
    return made


def queries(**params: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = Client().get(URL, params)
    assert response.status_code == 200, response.content
    return len(captured)


def test_a_forged_host_never_reaches_another_readers_links(comments, thread):
    forged = Client().get(URL, {"thread": thread.key, "page_size": "1"}, HTTP_HOST="localhost:6666")
    assert forged.status_code == 200
    assert "6666" not in forged.content.decode()
    honest = Client().get(URL, {"thread": thread.key, "page_size": "1"}).json()
    assert honest["next"] == f"/api/v1/comments/?page=2&page_size=1&thread={thread.key}"
    second = Client().get(honest["next"]).json()
    assert second["previous"].startswith("/api/v1/comments/?")
    assert [c["content"] for c in second["results"]] == ["Komentar nomor 1."]


@pytest.mark.parametrize("number", ["01", "001", "0001", " 1", "1 "])
def test_spellings_of_a_page_number_share_one_copy(comments, thread, number):
    queries(thread=thread.key, page="1")
    assert queries(thread=thread.key, page=number) <= 1  # only the thread is looked up


@pytest.mark.parametrize("size", ["", "050", "50", "abc", "-3", "0", "00050"])
def test_spellings_of_the_default_page_size_share_one_copy(comments, thread, size):
    queries(thread=thread.key)
    assert queries(thread=thread.key, page_size=size) <= 1


def test_a_page_size_over_the_maximum_is_the_maximum(comments, thread):
    queries(thread=thread.key, page_size="1000")
    assert queries(thread=thread.key, page_size="99999") <= 1
    assert queries(thread=thread.key, page_size="001000") <= 1


def test_a_page_past_the_end_is_a_404_and_not_stored(comments, thread):
    response = Client().get(URL, {"thread": thread.key, "page": "7"})
    assert response.status_code == 404
    assert response.json()["code"] == "not_found"


def test_uncached_reads_are_limited_per_network(comments, thread, tune_comments):
    tune_comments(uncached_read_rates=["3/m"])
    reader = Client(REMOTE_ADDR="198.51.100.20")
    for size in ("1", "2", "3"):
        assert reader.get(URL, {"thread": thread.key, "page_size": size}).status_code == 200
    limited = reader.get(URL, {"thread": thread.key, "page_size": "4"})
    assert limited.status_code == 429
    assert int(limited["Retry-After"]) > 0
    assert limited.json()["code"] == "rate_limited"
    # What is cached costs nothing, so it is still served.
    assert reader.get(URL, {"thread": thread.key, "page_size": "2"}).status_code == 200
    # Another network has its own count.
    other = Client(REMOTE_ADDR="192.0.2.30")
    assert other.get(URL, {"thread": thread.key, "page_size": "5"}).status_code == 200
