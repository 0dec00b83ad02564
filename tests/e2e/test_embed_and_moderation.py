"""The embed on another site (a second origin, through CORS), and a moderator's approval."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from django.core.management import call_command
from playwright.sync_api import Browser, Page, expect

from comments.models import Comment, Thread
from moderation.models import GatePolicy
from tests.conftest import make_comment
from tests.e2e.conftest import logged_in_moderator

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

EMAIL = "pembaca.embed@example.org"
SCREENSHOTS = Path(os.environ.get("E2E_SCREENSHOTS", "e2e-screenshots")).resolve()


@pytest.fixture
def demo(transactional_db: None) -> Thread:
    call_command("create_demo_article", stdout=open(os.devnull, "w"))  # noqa: SIM115
    return Thread.objects.get(key="demo-article")


def field(page: Page, label: str):
    return page.get_by_label(re.compile(rf"^{label}( \*)?$"))


def fill(page: Page, content: str) -> None:
    field(page, "Comment").fill(content)
    field(page, "Name").fill("Embed Reader")
    field(page, "Email").fill(EMAIL)


def test_the_embed_posts_from_another_origin_and_edits_within_the_window(page: Page, demo, blog):
    make_comment(demo, content="An earlier published comment.")
    page.goto(blog)
    expect(page.get_by_role("heading", name="Leave a Reply")).to_be_visible()
    expect(page.get_by_text("An earlier published comment.")).to_be_visible()
    expect(page.get_by_text("Your email address will not be published.")).to_be_visible()

    page.get_by_role("button", name="Post Comment").click()
    expect(page.locator("#embed-content-error")).not_to_be_empty()
    assert page.evaluate("document.activeElement.id") == "embed-content"

    fill(page, "Posted through the embed, across origins.")
    page.get_by_role("button", name="Post Comment").click()
    expect(page.get_by_text("Your comment is published.")).to_be_visible()
    comment = Comment.objects.get(content="Posted through the embed, across origins.")
    expect(page.locator(f"#comment-{comment.pk}")).to_be_visible()

    page.locator(f"#comment-{comment.pk} .comment-edit-link").click()
    field(page, "Comment").fill("Posted through the embed, and corrected.")
    page.get_by_role("button", name="Save changes").click()
    expect(page.get_by_text("Your changes are saved.")).to_be_visible()
    comment.refresh_from_db()
    assert comment.content == "Posted through the embed, and corrected."
    assert EMAIL not in page.content()


def test_the_embed_shows_its_own_held_comment_and_keeps_showing_it(page: Page, demo, blog):
    GatePolicy.objects.create(hold_all=True)
    page.goto(blog)
    fill(page, "Held, but I can see it myself.")
    page.get_by_label("Save my name, email, and website in this browser").check()
    page.get_by_role("button", name="Post Comment").click()
    expect(page.get_by_text("Thank you! Your comment is awaiting moderation.")).to_be_visible()
    page.reload()
    expect(page.get_by_text("Held, but I can see it myself.")).to_be_visible()
    expect(page.get_by_text("Your comment is awaiting moderation.")).to_be_visible()
    expect(field(page, "Name")).to_have_value("Embed Reader")


def test_a_moderator_approves_in_the_admin_and_the_comment_appears(
    browser: Browser, page: Page, live_server, demo, django_user_model
):
    GatePolicy.objects.create(hold_all=True)
    page.goto(live_server.url + "/")
    fill(page, "Waiting for a moderator to say yes.")
    page.get_by_role("button", name="Post Comment").click()
    comment = Comment.objects.get()
    assert comment.status == Comment.Status.PENDING

    admin, admin_page = logged_in_moderator(browser, live_server, django_user_model)
    admin_page.goto(live_server.url + "/admin/comments/comment/")
    expect(admin_page.get_by_text("Waiting for a moderator to say yes.")).to_be_visible()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    admin_page.screenshot(path=str(SCREENSHOTS / "admin-queue.png"), full_page=True)
    admin_page.goto(f"{live_server.url}/admin/comments/comment/{comment.pk}/change/")
    admin_page.get_by_role("button", name="Approve").click()
    expect(admin_page.get_by_text("approved by bob (was pending)", exact=True)).to_be_visible()
    admin.close()

    reader_context = browser.new_context(locale="en-US")
    reader = reader_context.new_page()
    reader.goto(live_server.url + "/")
    expect(reader.get_by_text("Waiting for a moderator to say yes.")).to_be_visible()
    expect(reader.get_by_text("Your comment is awaiting moderation.")).to_have_count(0)
    reader.wait_for_load_state("networkidle")
    reader.screenshot(path=str(SCREENSHOTS / "demo-page.png"), full_page=True)
    reader_context.close()
    # Let the first page's requests finish before the live server goes away.
    page.wait_for_load_state("networkidle")
    print(f"screenshots written to {SCREENSHOTS}")
