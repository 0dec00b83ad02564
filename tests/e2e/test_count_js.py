"""count.js on another site's article list: every span filled in its language, in few requests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, Request, expect

from comments.api.count_views import MAX_KEYS
from comments.models import Comment, Thread
from tests.conftest import make_comment
from tests.e2e.conftest import another_origin

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

COUNTS_PATH = "/api/v1/threads/counts/"


@pytest.fixture
def news_site(tmp_path: Path, live_server, settings) -> Iterator[tuple[Path, str]]:
    """A directory of pages served from another origin, allowed to call the API (CORS)."""
    with another_origin(tmp_path, settings) as origin:
        yield tmp_path, origin


def write_page(site: tuple[Path, str], name: str, body: str, api: str, lang: str = "en") -> str:
    directory, origin = site
    (directory / name).write_text(
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>News</title>'
        f"</head><body>{body}"
        f'<script src="{api}/static/comments/count.js" data-api="{api}" defer></script>'
        "</body></html>",
        encoding="utf-8",
    )
    return f"{origin}/{name}"


def count_requests(page: Page) -> list[str]:
    seen: list[str] = []

    def remember(request: Request) -> None:
        if COUNTS_PATH in request.url:
            seen.append(request.url)

    page.on("request", remember)
    return seen


def test_it_fills_every_span_in_its_language_with_one_request(page: Page, live_server, news_site):
    busy = Thread.objects.create(key="banjir-jakarta", title="Banjir Jakarta")
    quiet = Thread.objects.create(key="harga-beras", title="Harga beras")
    for n in range(3):
        make_comment(busy, content=f"Komentar {n}", author_email=f"warga{n}@example.org")
    make_comment(busy, status=Comment.Status.PENDING, content="Masih ditahan.")
    make_comment(busy, status=Comment.Status.SPAM, content="slot gacor")
    make_comment(quiet, content="Satu saja.")
    url = write_page(
        news_site,
        "list.html",
        '<ul><li>Floods <span id="en-busy" data-comment-count="banjir-jakarta">…</span></li>'
        '<li>Rice <span id="en-quiet" data-comment-count="harga-beras"></span></li>'
        '<li>New <span id="en-none" data-comment-count="belum-ada-utas"></span></li>'
        '<li>Again <span id="en-busy-2" data-comment-count="banjir-jakarta"></span></li></ul>'
        '<section lang="id"><span id="id-busy" data-comment-count="banjir-jakarta"></span>'
        '<span id="id-none" data-comment-count="belum-ada-utas"></span></section>'
        '<span id="data-lang" data-lang="id" data-comment-count="harga-beras"></span>',
        live_server.url,
    )
    requests = count_requests(page)
    page.goto(url)

    expect(page.locator("#en-busy")).to_have_text("3 comments")
    expect(page.locator("#en-busy-2")).to_have_text("3 comments")
    expect(page.locator("#en-quiet")).to_have_text("1 comment")
    expect(page.locator("#en-none")).to_have_text("No comments yet")
    expect(page.locator("#id-busy")).to_have_text("3 komentar")
    expect(page.locator("#id-none")).to_have_text("Belum ada komentar")
    expect(page.locator("#data-lang")).to_have_text("1 komentar")
    assert len(requests) == 1, requests


def test_an_indonesian_page_with_more_keys_than_the_limit_asks_in_chunks(
    page: Page, live_server, news_site
):
    thread = Thread.objects.create(key="artikel-0", title="Artikel 0")
    make_comment(thread)
    spans = "".join(
        f'<p><span id="s{n}" data-comment-count="artikel-{n}"></span></p>'
        for n in range(MAX_KEYS + 30)
    )
    url = write_page(news_site, "id.html", spans, live_server.url, lang="id")
    requests = count_requests(page)
    page.goto(url)

    expect(page.locator("#s0")).to_have_text("1 komentar")
    expect(page.locator(f"#s{MAX_KEYS + 29}")).to_have_text("Belum ada komentar")
    expect(page.locator("[data-comment-count]:empty")).to_have_count(0)
    assert len(requests) == 2, requests


def test_markup_in_a_page_never_becomes_markup_from_the_script(page: Page, live_server, news_site):
    url = write_page(
        news_site,
        "odd.html",
        '<span id="odd" data-comment-count="&lt;img src=x onerror=alert(1)&gt;">kept</span>'
        '<span id="fine" data-comment-count="biasa"></span>',
        live_server.url,
    )
    page.goto(url)
    expect(page.locator("#fine")).to_have_text("No comments yet")
    expect(page.locator("#odd")).to_have_text("No comments yet")
    assert page.locator("img").count() == 0
