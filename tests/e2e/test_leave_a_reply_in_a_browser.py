from __future__ import annotations

import re

import pytest
from django.core.management import call_command
from playwright.sync_api import Browser, Locator, Page, expect

from comments.models import Comment

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

EMAIL = "pembaca.browser@example.org"


@pytest.fixture
def demo(transactional_db: None) -> None:
    call_command("create_demo_article", stdout=open("/dev/null", "w"))  # noqa: SIM115


def field(page: Page, label: str) -> Locator:
    """A form field by its visible label, with or without the required mark."""
    return page.get_by_label(re.compile(rf"^{label}( \*)?$"))


def fill_form(page: Page, content: str) -> None:
    field(page, "Comment").fill(content)
    field(page, "Name").fill("Pembaca Browser")
    field(page, "Email").fill(EMAIL)
    field(page, "Website").fill("https://pembaca.example/")


def test_a_reader_posts_a_comment_and_lands_on_it(page: Page, live_server, demo):
    page.goto(live_server.url + "/")
    expect(page.get_by_role("heading", name="Leave a Reply")).to_be_visible()
    expect(page.get_by_text("Your email address will not be published.")).to_be_visible()
    fill_form(page, "Tulisan yang jernih, terima kasih redaksi.")
    page.get_by_role("button", name="Post Comment").click()
    comment = Comment.objects.get()
    expect(page).to_have_url(re.compile(rf"/\?cpage=1&posted={comment.pk}#comment-{comment.pk}$"))
    expect(page.locator(f"#comment-{comment.pk}")).to_contain_text("Tulisan yang jernih")
    expect(page.locator(f"#comment-{comment.pk} .comment-posted")).to_have_text(
        "Your comment is published."
    )
    link = page.locator(f"#comment-{comment.pk} a.url")
    expect(link).to_have_attribute("rel", "nofollow ugc noopener")
    assert EMAIL not in page.content()


def test_remember_me_keeps_the_fields_in_this_browser_only(page: Page, live_server, demo):
    page.goto(live_server.url + "/")
    fill_form(page, "Komentar pertama dari peramban ini.")
    page.get_by_label("Save my name, email, and website").check()
    page.get_by_role("button", name="Post Comment").click()
    page.wait_for_url(re.compile(r"#comment-\d+$"))
    page.goto(live_server.url + "/")
    expect(field(page, "Name")).to_have_value("Pembaca Browser")
    expect(field(page, "Email")).to_have_value(EMAIL)
    expect(page.get_by_label("Save my name, email, and website")).to_be_checked()
    # Unticking forgets them again.
    field(page, "Comment").fill("Komentar kedua, kali ini tanpa disimpan.")
    page.get_by_label("Save my name, email, and website").uncheck()
    page.get_by_role("button", name="Post Comment").click()
    page.wait_for_url(re.compile(r"#comment-\d+$"))
    page.goto(live_server.url + "/")
    expect(field(page, "Name")).to_have_value("")


def test_it_works_without_javascript_including_replies(browser: Browser, live_server, demo):
    context = browser.new_context(java_script_enabled=False, locale="id-ID")
    page = context.new_page()
    page.goto(live_server.url + "/")
    expect(page.get_by_role("heading", name="Tinggalkan Balasan")).to_be_visible()
    field(page, "Komentar").fill("Tanpa JavaScript pun bisa.")
    field(page, "Nama").fill("Tanpa Skrip")
    field(page, "Email").fill(EMAIL)
    page.get_by_role("button", name="Kirim Komentar").click()
    first = Comment.objects.get()
    page.locator(f"#comment-{first.pk} .comment-reply-link").click()
    expect(page.get_by_text("Membalas Tanpa Skrip")).to_be_visible()
    field(page, "Komentar").fill("Ini balasan bertingkat.")
    field(page, "Nama").fill("Pembalas")
    field(page, "Email").fill("pembalas@example.org")
    page.get_by_role("button", name="Kirim Komentar").click()
    reply = Comment.objects.exclude(pk=first.pk).get()
    assert reply.parent_id == first.pk
    expect(page.locator(f"#comment-{first.pk} ol.children #comment-{reply.pk}")).to_be_visible()
    context.close()
