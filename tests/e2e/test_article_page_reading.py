"""The article page as a reader uses it (issue 16), in a real browser: keyboard only, a failed
post that lands on the form with its errors listed and focus on them, fixing an error, Reply
moving the form under the comment, the characters left, and pages of comments. Screenshots of
each state go to e2e-screenshots/ (en and id, 1280 and 390 px)."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from django.core.management import call_command
from playwright.sync_api import Browser, Page, ViewportSize, expect

from comments.models import Comment, Thread
from tests.conftest import make_comment

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

SCREENSHOTS = Path(__file__).resolve().parents[2] / "e2e-screenshots"
DESKTOP: ViewportSize = {"width": 1280, "height": 900}
PHONE: ViewportSize = {"width": 390, "height": 844}


@pytest.fixture
def demo(transactional_db: None) -> Thread:
    call_command("create_demo_article", stdout=open(os.devnull, "w"))  # noqa: SIM115
    thread = Thread.objects.get(key="demo-article")
    first = make_comment(
        thread,
        author_name="Dewi",
        content="Apakah datanya terbuka?\n\nSumbernya https://data.example/tangkapan ya.",
    )
    make_comment(thread, parent=first, author_name="Сергей", content="Yes, it is open data.")
    make_comment(thread, author_name="Wahyu", content="Semoga dipakai koperasi lain juga.")
    return thread


def shoot(page: Page, name: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def focused(page: Page) -> str:
    return str(page.evaluate("document.activeElement && document.activeElement.id"))


def tab_to(page: Page, element_id: str, limit: int = 40) -> None:
    for _ in range(limit):
        page.keyboard.press("Tab")
        if focused(page) == element_id:
            return
    raise AssertionError(f"#{element_id} never got focus; last: {focused(page)}")


@pytest.mark.parametrize(
    ("locale", "viewport", "size"),
    [("en-US", DESKTOP, "1280"), ("id-ID", PHONE, "390"), ("en-US", PHONE, "390")],
)
def test_a_reader_fixes_an_error_and_posts_with_the_keyboard_alone(
    browser: Browser, live_server, demo, locale, viewport, size
):
    context = browser.new_context(locale=locale, viewport=viewport)
    page = context.new_page()
    page.goto(live_server.url + "/")
    lang = locale[:2]
    shoot(page, f"page-{lang}-{size}")
    # The skip link is the first stop inside the comments, and leads to the form.
    tab_to(page, "id_content")
    page.keyboard.type("Liputannya jelas, terima kasih.")
    page.keyboard.press("Tab")
    page.keyboard.type("Pembaca Kibor")
    page.keyboard.press("Tab")
    page.keyboard.type("bukan-email")
    tab_to(page, "submit")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.endswith("/comments/post/#respond")
    # Focus is on the summary, which names the wrong field and links to it.
    expect(page.locator("#error-summary")).to_be_focused()
    email = page.locator("#id_author_email")
    expect(email).to_have_attribute("aria-invalid", "true")
    expect(email).to_have_attribute("aria-describedby", "email-notes id_author_email_error")
    shoot(page, f"page-error-{lang}-{size}")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")  # the summary's link to the email field
    expect(email).to_be_focused()
    email.press("Control+a")
    page.keyboard.type("kibor@example.org")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"posted=\d+#comment-\d+$"))
    comment = Comment.objects.get(author_name="Pembaca Kibor")
    confirmation = page.locator(f"#comment-{comment.pk} [role=status]")
    expect(confirmation).to_be_visible()
    shoot(page, f"page-posted-{lang}-{size}")
    context.close()


def test_reply_moves_the_form_under_the_comment_and_back(browser: Browser, live_server, demo):
    context = browser.new_context(locale="en-US", viewport=PHONE)
    page = context.new_page()
    page.goto(live_server.url + "/")
    dewi = Comment.objects.get(author_name="Dewi")
    page.locator(f"#comment-{dewi.pk} > .comment-body .comment-reply-link").click()
    expect(page.locator(f"#comment-{dewi.pk} > #respond")).to_be_visible()
    expect(page.locator("#id_content")).to_be_focused()
    expect(page.locator(".replying-to")).to_contain_text("Replying to Dewi")
    shoot(page, "page-replying-en-390")
    page.locator("#cancel-comment-reply-link").click()
    expect(page.locator(f"#comment-{dewi.pk} > #respond")).to_have_count(0)
    expect(page.locator("#id_parent")).to_have_value("")
    # Again, and this time the reply is sent, and lands under Dewi.
    page.locator(f"#comment-{dewi.pk} > .comment-body .comment-reply-link").click()
    page.keyboard.type("Setuju dengan pertanyaan ini.")
    page.locator("#id_author_name").fill("Penjawab")
    page.locator("#id_author_email").fill("penjawab@example.org")
    page.locator("#submit").click()
    reply = Comment.objects.get(author_name="Penjawab")
    assert reply.parent_id == dewi.pk
    expect(page.locator(f"#comment-{dewi.pk} ol.children #comment-{reply.pk}")).to_be_visible()
    context.close()


def test_the_comment_box_counts_what_is_left(page: Page, live_server, demo):
    page.goto(live_server.url + "/")
    page.locator("#id_content").fill("x" * 4990)
    expect(page.locator("#comment-char-count")).to_have_text(re.compile(r"^10 characters left$"))
    expect(page.locator("#id_content_note")).to_have_text("Up to 5,000 characters.")


def test_links_in_comments_and_pages_of_comments(browser: Browser, live_server, demo):
    demo.comments_per_page = 1
    demo.save(update_fields=["comments_per_page"])
    context = browser.new_context(locale="id-ID", viewport=DESKTOP)
    page = context.new_page()
    page.goto(live_server.url + "/")
    link = page.get_by_role("link", name="https://data.example/tangkapan")
    expect(link).to_have_attribute("rel", "nofollow ugc noopener")
    page.get_by_role("link", name="Komentar berikutnya").click()
    expect(page).to_have_url(re.compile(r"\?cpage=2#comments$"))
    expect(page.get_by_text("Semoga dipakai koperasi lain juga.")).to_be_visible()
    expect(page.get_by_text("Halaman 2 dari 2")).to_be_visible()
    page.get_by_role("link", name="Terbaru dulu").click()
    expect(page.get_by_text("Semoga dipakai koperasi lain juga.")).to_be_visible()
    context.close()
