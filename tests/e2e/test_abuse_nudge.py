"""The nudge before posting (issue 17), in a real browser: on the article page and in the embed,
in English and Indonesian, on a desktop and a 390 px phone. An abusive comment is answered
first with the notice, its text kept; posting it again unchanged sends it to the moderators.
Nothing is stored before that second post. Screenshots go to e2e-screenshots/."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from django.core.management import call_command
from playwright.sync_api import Browser, Page, ViewportSize, expect

from comments.models import Comment, Thread
from tests.e2e.accessibility import assert_accessible

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

SCREENSHOTS = Path(os.environ.get("E2E_SCREENSHOTS", "e2e-screenshots")).resolve()
DESKTOP: ViewportSize = {"width": 1280, "height": 900}
PHONE: ViewportSize = {"width": 390, "height": 844}
ABUSIVE = "Dasar goblok lu, otak udang, mending diem aja bangsat!"
NUDGE = {
    "en": "Your comment may break our community guidelines.",
    "id": "Komentar Anda mungkin melanggar pedoman komunitas kami.",
}
LABELS = {
    "en": ("Comment", "Name", "Email", "Post Comment", "awaiting moderation"),
    "id": ("Komentar", "Nama", "Email", "Kirim Komentar", "menunggu moderasi"),
}


@pytest.fixture
def demo(transactional_db: None, active_abuse) -> Thread:
    call_command("create_demo_article", stdout=open(os.devnull, "w"))  # noqa: SIM115
    return Thread.objects.get(key="demo-article")


def shoot(page: Page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def fill(page: Page, lang: str, text: str) -> None:
    comment, name, email, _, _ = LABELS[lang]
    page.get_by_label(re.compile(f"^{comment}")).fill(text)
    page.get_by_label(re.compile(f"^{name}")).fill("Pembaca Marah")
    page.get_by_label(re.compile(f"^{email}")).fill("marah@example.id")


@pytest.mark.parametrize(
    ("locale", "viewport", "size"), [("en-US", DESKTOP, "1280"), ("id-ID", PHONE, "390")]
)
def test_the_page_nudges_then_queues_the_same_text(
    browser: Browser, live_server, demo, locale, viewport, size
):
    lang = locale[:2]
    context = browser.new_context(locale=locale, viewport=viewport)
    page = context.new_page()
    page.goto(live_server.url + "/")
    fill(page, lang, ABUSIVE)
    with page.expect_navigation():
        page.get_by_role("button", name=LABELS[lang][3]).click()
    summary = page.locator("#error-summary")
    expect(summary).to_contain_text(NUDGE[lang])
    expect(summary).to_be_focused()
    expect(page.locator("#id_content")).to_have_value(ABUSIVE)
    assert not Comment.objects.exists()
    assert_accessible(page)
    shoot(page, f"nudge-page-{lang}-{size}")

    with page.expect_navigation():
        page.get_by_role("button", name=LABELS[lang][3]).click()
    page.wait_for_url(re.compile(r"posted=\d+#comment-\d+$"))
    comment = Comment.objects.get()
    assert comment.status == Comment.Status.PENDING
    expect(page.locator(f"#comment-{comment.pk}")).to_contain_text(LABELS[lang][4])
    context.close()


@pytest.mark.parametrize(
    ("lang", "viewport", "size"), [("en", PHONE, "390"), ("id", DESKTOP, "1280")]
)
def test_the_embed_nudges_then_queues_the_same_text(
    browser: Browser, live_server, blog, demo, tmp_path, lang, viewport, size
):
    page_path = tmp_path / f"nudge-{lang}.html"
    page_path.write_text(
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        "<title>A blog post</title></head><body><h1>A blog post</h1>"
        f'<div id="comments" data-thread="demo-article" data-api="{live_server.url}"></div>'
        f'<script src="{live_server.url}/static/comments/embed.js" defer></script>'
        "</body></html>",
        encoding="utf-8",
    )
    context = browser.new_context(viewport=viewport, locale="en-US")
    page = context.new_page()
    page.goto(blog.replace("post.html", page_path.name))
    expect(page.get_by_role("button", name=LABELS[lang][3])).to_be_visible()
    fill(page, lang, ABUSIVE)
    page.get_by_role("button", name=LABELS[lang][3]).click()
    expect(page.locator("#comments .form-error")).to_contain_text(NUDGE[lang])
    expect(page.locator("#embed-content")).to_have_value(ABUSIVE)
    expect(page.locator("#embed-content")).to_be_focused()
    assert not Comment.objects.exists()
    shoot(page, f"nudge-embed-{lang}-{size}")

    page.get_by_role("button", name=LABELS[lang][3]).click()
    expect(page.locator("#comments .cg-notice")).to_contain_text(LABELS[lang][4])
    assert Comment.objects.get().status == Comment.Status.PENDING
    context.close()
