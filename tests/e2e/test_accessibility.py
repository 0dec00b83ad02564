"""axe-core finds no WCAG 2.2 A/AA violation on what readers and moderators use: the article page
and its states, the report page, the embed on another origin (English and Indonesian, desktop and
390 px), and the moderation desk in the admin (queue, comment, commenter page, campaigns, bans,
keyboard help)."""

from __future__ import annotations

import os

import pytest
from django.core.management import call_command
from playwright.sync_api import Browser, expect

from comments.models import Comment, Report, Thread
from moderation.identity import commenter_digest
from tests.conftest import make_campaign, make_comment
from tests.e2e.accessibility import assert_accessible
from tests.e2e.conftest import logged_in_moderator

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
SIZES = pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280px", "390px"])


@pytest.fixture
def demo(transactional_db: None) -> Thread:
    call_command("create_demo_article", stdout=open(os.devnull, "w"))  # noqa: SIM115
    thread = Thread.objects.get(key="demo-article")
    parent = make_comment(thread, content="Apakah datanya bisa diunduh? https://example.org/data")
    make_comment(thread, parent=parent, author_name="Сергей", content="Yes, the link works.")
    return thread


@SIZES
@pytest.mark.parametrize("locale", ["en-US", "id-ID"])
def test_the_article_page_and_its_form_errors(
    browser: Browser, live_server, demo, viewport, locale
):
    context = browser.new_context(locale=locale, viewport=viewport)
    page = context.new_page()
    page.goto(live_server.url + "/")
    assert_accessible(page)
    # The same page after a submission the form refuses: errors beside the fields.
    page.locator("#comments form button[type=submit]").last.click()
    assert_accessible(page)
    context.close()


def test_the_report_page(browser: Browser, live_server, demo):
    # axe runs as a script, so this context keeps JavaScript (the page itself needs none).
    context = browser.new_context(locale="id-ID")
    page = context.new_page()
    comment = Comment.objects.filter(thread=demo).latest("pk")
    page.goto(f"{live_server.url}/comments/{comment.pk}/report/")
    expect(page.locator("h1")).to_be_visible()
    assert_accessible(page)
    context.close()


@SIZES
@pytest.mark.parametrize("lang", ["en", "id"])
def test_the_embed_on_another_site(browser: Browser, blog, tmp_path, demo, viewport, lang):
    english = (tmp_path / "post.html").read_text(encoding="utf-8")
    (tmp_path / f"post-{lang}.html").write_text(
        english.replace('<html lang="en">', f'<html lang="{lang}">'), encoding="utf-8"
    )
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    page.goto(blog.replace("post.html", f"post-{lang}.html"))
    expect(page.locator("#comments form")).to_be_visible()
    assert_accessible(page, "#comments")
    context.close()


@pytest.fixture
def desk(demo: Thread) -> dict[str, Comment]:
    """A queue as a moderator finds it: a held comment, a reported one, and a campaign."""
    held = make_comment(
        demo,
        status=Comment.Status.PENDING,
        content="Sebuahkatayangsangatpanjangtanpaspasiyangdulumenyembunyikansemuakolomlainnya",
    )
    reported = make_comment(demo, author_email="pelapor@example.id", content="Kamu bodoh sekali.")
    Report.objects.create(comment=reported, reason="abuse")
    make_campaign(demo, 3)
    return {"held": held, "reported": reported}


ADMIN_PAGES = [
    "/admin/",
    "/admin/comments/comment/?status__exact=pending",
    "/admin/comments/comment/?reported=open",
    "/admin/comments/comment/dashboard/",
    "/admin/comments/campaign/",
    "/admin/moderation/ban/",
    "/admin/moderation/ban/add/",
    "/admin/comments/thread/",
]


@SIZES
def test_the_moderation_desk(browser: Browser, live_server, desk, django_user_model, viewport):
    context, page = logged_in_moderator(browser, live_server, django_user_model)
    page.set_viewport_size(viewport)
    held = desk["held"]
    # What readers see meanwhile: the held comment is not on the article.
    page.goto(live_server.url + "/")
    expect(page.get_by_text(held.content)).to_have_count(0)
    pages = [
        *ADMIN_PAGES,
        f"/admin/comments/comment/{held.pk}/change/",
        f"/admin/comments/comment/{held.pk}/reply/",
        f"/admin/comments/comment/commenter/{commenter_digest(held.author_email)}/",
    ]
    for path in pages:
        response = page.goto(live_server.url + path)
        assert response is not None and response.status == 200, path
        assert_accessible(page)
    # The keyboard help, opened with "?" in the queue.
    page.goto(live_server.url + "/admin/comments/comment/?status__exact=pending")
    page.keyboard.press("?")
    expect(page.locator("#kb-help")).to_be_visible()
    assert_accessible(page)
    context.close()
