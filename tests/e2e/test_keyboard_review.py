"""Reviewing the queue from the keyboard in a real browser: j/k, a, s, r and ? (issue 14)."""

from __future__ import annotations

import os
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone
from playwright.sync_api import Browser, Page, expect

from comments.models import Comment, Thread
from tests.conftest import make_comment
from tests.e2e.conftest import logged_in_moderator

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

QUEUE = "/admin/comments/comment/?status__exact=pending"


@pytest.fixture
def demo(transactional_db: None) -> Thread:
    call_command("create_demo_article", stdout=open(os.devnull, "w"))  # noqa: SIM115
    return Thread.objects.get(key="demo-article")


@pytest.fixture
def held(demo: Thread) -> list[Comment]:
    """Three held comments, in the order the queue lists them (newest first)."""
    now = timezone.now()
    texts = ["Komentar pertama di antrean.", "Komentar kedua di antrean.", "Komentar ketiga."]
    return [
        make_comment(
            demo,
            status=Comment.Status.PENDING,
            content=text,
            created=now - timedelta(minutes=i),
        )
        for i, text in enumerate(texts)
    ]


def highlighted(page: Page):
    return page.locator("#result_list tbody tr.kb-current")


def status_of(comment: Comment) -> str:
    return Comment.objects.get(pk=comment.pk).status


def test_j_and_a_approve_then_s_marks_spam_and_the_list_keeps_its_place(
    browser: Browser, live_server, django_user_model, held
):
    first, second, third = held
    context, page = logged_in_moderator(browser, live_server, django_user_model)
    page.goto(live_server.url + QUEUE)
    expect(page.get_by_text("Keyboard:")).to_be_visible()

    page.keyboard.press("j")
    expect(highlighted(page)).to_contain_text(first.content)
    page.keyboard.press("a")
    expect(page.get_by_text(f"Comment {first.pk}: Approved.")).to_be_visible()
    assert status_of(first) == Comment.Status.APPROVED
    # Back on the same list, on the comment that came after the approved one.
    assert page.url == live_server.url + QUEUE
    expect(highlighted(page)).to_contain_text(second.content)

    page.keyboard.press("j")
    page.keyboard.press("k")
    expect(highlighted(page)).to_contain_text(second.content)
    page.keyboard.press("s")
    expect(page.get_by_text(f"Comment {second.pk}: Spam.")).to_be_visible()
    assert status_of(second) == Comment.Status.SPAM
    expect(highlighted(page)).to_contain_text(third.content)
    assert status_of(third) == Comment.Status.PENDING
    context.close()

    reader = browser.new_context(locale="en-US").new_page()
    reader.goto(live_server.url + "/")
    expect(reader.get_by_text(first.content)).to_be_visible()
    expect(reader.get_by_text(second.content)).to_have_count(0)
    reader.context.close()


def test_question_mark_shows_the_help_and_escape_closes_it_and_typing_moderates_nothing(
    browser: Browser, live_server, django_user_model, held
):
    context, page = logged_in_moderator(browser, live_server, django_user_model)
    page.goto(live_server.url + QUEUE)
    page.keyboard.press("j")
    help_dialog = page.get_by_role("dialog", name="Keyboard shortcuts")
    expect(help_dialog).to_be_hidden()

    page.keyboard.press("?")
    expect(help_dialog).to_be_visible()
    expect(help_dialog.get_by_role("heading", name="Keyboard shortcuts")).to_be_visible()
    expect(help_dialog).to_contain_text("Reply as moderator")
    expect(help_dialog).to_be_focused()
    page.keyboard.press("a")  # keys do nothing under the help
    page.keyboard.press("Escape")
    expect(help_dialog).to_be_hidden()
    expect(highlighted(page)).to_be_focused()

    search = page.locator("#searchbar")
    search.click()
    search.press_sequentially("a s t")
    expect(search).to_have_value("a s t")
    page.locator("#changelist-form").click(position={"x": 1, "y": 1})
    page.keyboard.press("Control+a")
    page.keyboard.press("Alt+s")
    page.wait_for_timeout(300)
    context.close()
    assert {status_of(c) for c in held} == {Comment.Status.PENDING}

    reader = browser.new_context(locale="en-US").new_page()
    reader.goto(live_server.url + "/")
    expect(reader.get_by_text(held[0].content)).to_have_count(0)
    reader.context.close()


def test_r_replies_as_moderator_and_comes_back_to_the_queue(
    browser: Browser, live_server, django_user_model, held
):
    first = held[0]
    context, page = logged_in_moderator(browser, live_server, django_user_model)
    # The reply is stored with Bob's email, which no public page may show (checked after).
    django_user_model.objects.filter(username="bob").update(email="bob.moderator@example.id")
    page.goto(live_server.url + QUEUE)
    page.keyboard.press("j")
    page.keyboard.press("r")
    expect(page.get_by_role("heading", name="Reply as moderator")).to_be_visible()
    reply_box = page.get_by_label("Your reply")
    expect(reply_box).to_be_focused()
    reply_box.fill("Terima kasih, sudah kami perbaiki.")
    page.get_by_role("button", name="Post reply").click()
    expect(page.get_by_text("Reply posted as comment")).to_be_visible()
    assert page.url == live_server.url + QUEUE
    context.close()

    reply = Comment.objects.get(parent=first)
    assert (reply.status, reply.author_name) == (Comment.Status.APPROVED, "bob")
    assert reply.author_email == "bob.moderator@example.id"
    assert status_of(first) == Comment.Status.APPROVED
    reader = browser.new_context(locale="en-US").new_page()
    reader.goto(live_server.url + "/")
    expect(reader.get_by_text("Terima kasih, sudah kami perbaiki.")).to_be_visible()
    reader.context.close()
