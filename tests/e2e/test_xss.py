"""Script-injection attempts in content, names and websites never run, on the page or the embed."""

from __future__ import annotations

import os
import re

import pytest
from django.core.management import call_command
from playwright.sync_api import Page, expect

from comments.models import Thread
from tests.conftest import make_comment
from tests.e2e.xss_payloads import BAD_WEBSITES, PAYLOADS, TRICKY_WEBSITES

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def poisoned(transactional_db: None) -> Thread:
    call_command("create_demo_article", stdout=open(os.devnull, "w"))  # noqa: SIM115
    thread = Thread.objects.get(key="demo-article")
    for n, payload in enumerate(PAYLOADS):
        make_comment(
            thread, content=payload, author_name=payload[:80], author_email=f"x{n}@example.org"
        )
    for n, url in enumerate(BAD_WEBSITES + TRICKY_WEBSITES):
        make_comment(
            thread,
            content=f"website {n}",
            author_name=f"Site {n}",
            author_url=url[:200],
            author_email=f"w{n}@example.org",
        )
    return thread


def assert_nothing_ran(page: Page) -> None:
    for comment in page.locator(".comment-body").all()[:40]:
        comment.hover()
    assert page.evaluate("window.__xss") is None
    links = page.eval_on_selector_all(
        "a.url", "links => links.map(a => [a.getAttribute('href'), a.getAttribute('rel')])"
    )
    assert len(links) == len(TRICKY_WEBSITES)
    for href, rel in links:
        assert re.match(r"^https?://", href), href
        assert rel == "nofollow ugc noopener"


def test_nothing_runs_on_the_demo_page(page: Page, live_server, poisoned):
    # Every payload on one page (the demo shows 50 to a page).
    poisoned.comments_per_page = 100
    poisoned.save(update_fields=["comments_per_page"])
    response = page.goto(live_server.url + "/")
    assert response is not None
    assert "script-src 'self'" in response.headers["content-security-policy"]
    page.wait_for_load_state("networkidle")
    assert page.locator(".comment").count() == len(PAYLOADS) + 9
    assert_nothing_ran(page)
    # The payloads are shown as the text people typed.
    assert page.get_by_text("<script>window.__xss=1</script>", exact=True).count() >= 1


def test_nothing_runs_in_the_embed(page: Page, poisoned, blog):
    page.goto(blog)
    page.wait_for_load_state("networkidle")
    page.wait_for_selector(".comment-list .comment")
    # The embed shows a page at a time: every page, for every payload.
    more = page.locator(".cg-load-more")
    while more.is_visible():
        shown = page.locator(".comment").count()
        more.click()
        expect(page.locator(".comment")).not_to_have_count(shown)
    assert page.locator(".comment").count() == len(PAYLOADS) + 9
    assert_nothing_ran(page)
