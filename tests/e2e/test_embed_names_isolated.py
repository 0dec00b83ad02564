"""The embed puts every author name in a <bdi> element, built as DOM, never as HTML."""

from __future__ import annotations

import os

import pytest
from django.core.management import call_command
from playwright.sync_api import Page, expect

from comments.models import Thread
from tests.conftest import make_comment

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def demo(transactional_db: None) -> Thread:
    call_command("create_demo_article", stdout=open(os.devnull, "w"))  # noqa: SIM115
    return Thread.objects.get(key="demo-article")


def test_it_wraps_names_in_bdi_in_the_list_and_the_reply_note(page: Page, demo, blog):
    plain = make_comment(demo, author_name="Rina <b>bold</b>")
    linked = make_comment(demo, author_name="Budi", author_url="https://budi.example")
    page.goto(blog)
    name = page.locator(f"#comment-{plain.pk} .comment-author > bdi")
    expect(name).to_have_text("Rina <b>bold</b>")
    assert name.locator("b").count() == 0
    expect(page.locator(f"#comment-{linked.pk} .comment-author > a.url > bdi")).to_have_text("Budi")
    page.locator(f"#comment-{plain.pk} .comment-reply-link").click()
    expect(page.locator("bdi", has_text="Rina <b>bold</b>")).to_have_count(2)
