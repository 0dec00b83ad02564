"""Readers report a comment from the page (no JavaScript) and from the embed (issue 14)."""

from __future__ import annotations

import os

import pytest
from django.core.management import call_command
from playwright.sync_api import Page, expect

from comments.models import Report, Thread
from tests.conftest import make_comment

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def demo(transactional_db: None) -> Thread:
    call_command("create_demo_article", stdout=open(os.devnull, "w"))  # noqa: SIM115
    return Thread.objects.get(key="demo-article")


def test_a_reader_reports_from_the_page_without_javascript(browser, live_server, demo):
    context = browser.new_context(java_script_enabled=False, locale="en-US")
    page = context.new_page()
    comment = make_comment(demo, content="Nomor telepon tetangga saya 0812 ini.")
    page.goto(f"{live_server.url}/")
    page.locator(f"#comment-{comment.pk} .comment-report-link").click()
    expect(page.locator("h1")).to_have_text("Report a comment")
    page.get_by_label("Shares personal information").check()
    page.get_by_label("A note for the moderators (optional)").fill("Ada nomor telepon.")
    page.get_by_role("button", name="Send report").click()
    expect(page.locator(".report-received")).to_have_text(
        "Thank you. The moderators will look at it."
    )
    report = Report.objects.get()
    assert (report.reason, report.note) == ("personal_info", "Ada nomor telepon.")
    context.close()


def test_a_reader_reports_from_the_embed(page: Page, demo, blog):
    comment = make_comment(demo, content="Komentar yang akan dilaporkan dari embed.")
    page.goto(blog)
    page.locator(f"#comment-{comment.pk} .comment-report-link").click()
    form = page.locator(f"#comment-{comment.pk} .comment-report-form")
    form.get_by_label("Why should the moderators look at this comment?").select_option("spam")
    form.get_by_role("button", name="Send report").click()
    expect(page.locator(f"#comment-{comment.pk} .report-answer")).to_have_text(
        "Thank you. The moderators will look at it."
    )
    expect(page.locator(f"#comment-{comment.pk} .comment-report-link")).to_have_count(0)
    assert Report.objects.get().reason == "spam"
