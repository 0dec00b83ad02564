"""A moderator bans a commenter from the admin; their comments leave the page and their next
comment is refused with the reason (issue 14)."""

from __future__ import annotations

import os

import pytest
from django.core.management import call_command
from playwright.sync_api import Browser, expect

from comments.models import Comment, Thread
from moderation.models import Ban
from tests.conftest import make_comment
from tests.e2e.conftest import logged_in_moderator

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def demo(transactional_db: None) -> Thread:
    call_command("create_demo_article", stdout=open(os.devnull, "w"))  # noqa: SIM115
    return Thread.objects.get(key="demo-article")


def test_a_moderator_bans_a_commenter_from_the_admin(
    browser: Browser, live_server, demo, django_user_model
):
    troll = make_comment(demo, author_email="pengganggu@example.id", content="Komentar kasar.")
    kept = make_comment(demo, author_email="pembaca@example.id", content="Komentar biasa.")
    admin, page = logged_in_moderator(browser, live_server, django_user_model)
    page.goto(live_server.url + "/admin/comments/comment/?status__exact=approved")
    page.locator(f'input[name="_selected_action"][value="{troll.pk}"]').check()
    page.locator('select[name="action"]').select_option("ban_authors")
    page.get_by_role("button", name="Go").click()
    expect(page.get_by_text("Banned 1 commenter. Moved 1 comment to the trash.")).to_be_visible()
    admin.close()

    assert Ban.objects.get().kind == Ban.Kind.COMMENTER
    assert Comment.objects.get(pk=troll.pk).status == Comment.Status.TRASH
    reader = browser.new_context(locale="en-US")
    article = reader.new_page()
    article.goto(live_server.url + "/")
    expect(article.get_by_text("Komentar biasa.")).to_be_visible()
    expect(article.get_by_text("Komentar kasar.")).to_have_count(0)
    reader.close()
    assert Comment.objects.get(pk=kept.pk).status == Comment.Status.APPROVED
