"""Editors' picks in a browser: first on the page and in the embed, linking to their place."""

from __future__ import annotations

import os

import pytest
from django.core.management import call_command
from playwright.sync_api import Page, expect

from comments import picks
from comments.models import Thread
from tests.conftest import make_comment

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PICK = "Perbandingan dengan musim lalu membuat angka tangkapan ini lebih masuk akal."


@pytest.fixture
def demo(transactional_db: None) -> Thread:
    call_command("create_demo_article", stdout=open(os.devnull, "w"))  # noqa: SIM115
    return Thread.objects.get(key="demo-article")


@pytest.fixture
def featured(demo):
    make_comment(demo, content="Komentar biasa yang datang lebih dulu.")
    comment = make_comment(demo, content=PICK, author_name="Wulan")
    picks.feature(comment, None)
    return comment


def test_the_page_shows_the_pick_above_the_thread(page: Page, live_server, featured):
    page.goto(f"{live_server.url}/")
    block = page.get_by_role("region", name="Editors' picks")
    expect(block).to_contain_text(PICK)
    block.get_by_role("link", name="View in the thread").click()
    # Through its permalink, to the page that holds it.
    expect(page).to_have_url(f"{live_server.url}/?cpage=1#comment-{featured.pk}")


def test_the_embed_shows_the_pick_first(page: Page, blog, featured):
    page.goto(blog)
    block = page.get_by_role("region", name="Editors' picks")
    expect(block).to_contain_text(PICK)
    expect(block.locator(".editors-pick")).to_have_count(1)
    # The block comes before the thread, where the pick also keeps its place.
    order = page.evaluate(
        "() => [...document.querySelectorAll('.editors-picks, .comment-list')]"
        ".map(n => n.className)"
    )
    assert order == ["editors-picks", "comment-list"]
    expect(page.locator(f"#comment-{featured.pk}")).to_contain_text(PICK)


def test_the_embed_reads_pilihan_editor_in_indonesian(page: Page, blog, tmp_path, featured):
    # The same blog post, in Indonesian: the embed speaks the host page's language.
    english = (tmp_path / "post.html").read_text(encoding="utf-8")
    (tmp_path / "post-id.html").write_text(
        english.replace('<html lang="en">', '<html lang="id">'), encoding="utf-8"
    )
    page.goto(blog.replace("post.html", "post-id.html"))
    block = page.get_by_role("region", name="Pilihan editor")
    expect(block.get_by_role("link", name="Lihat di utas")).to_be_visible()
