"""The embed finished (issue 16): its own scoped stylesheet, every string in English and
Indonesian, "Load more" pages in the reader's order, and deleting one's own comment.

The host is a second origin with no stylesheet of its own, under a Content-Security-Policy as
strict as this project's (scripts, styles, requests and images from the comments server only).
Screenshots go to e2e-screenshots/ (gitignored) to be looked at.
"""

from __future__ import annotations

import os
import re
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django.utils import timezone
from playwright.sync_api import Browser, FloatRect, Page, ViewportSize, expect

from comments.models import Comment, Thread
from comments.subscription_models import FollowUp
from config.security import POLICY
from tests.conftest import make_comment
from tests.e2e.accessibility import assert_accessible

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

SCREENSHOTS = Path(os.environ.get("E2E_SCREENSHOTS", "e2e-screenshots")).resolve()
DESKTOP: ViewportSize = {"width": 1280, "height": 900}
PHONE: ViewportSize = {"width": 390, "height": 844}
SIZES = pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280px", "390px"])
LANGS = pytest.mark.parametrize("lang", ["en", "id"])
PER_PAGE = 4
LONG_WORD = "Trotoarbarudidepanpasarlamasudahretaklagipadahalbarudiresmikanbulanlalu"

SAY = {
    "en": {
        "more": "Load more comments",
        "comment": "Comment",
        "name": "Name",
        "email": "Email",
        "post": "Post Comment",
        "posted": "Your comment is published.",
        "edit": "Edit",
        "editing": "Edit your comment",
        "save": "Save changes",
        "saved": "Your changes are saved.",
        "delete": "Delete",
        "ask": "Delete this comment? This cannot be undone.",
        "yes": "Delete comment",
        "no": "Keep it",
        "deleted": "Your comment was deleted.",
        "newest": "Newest first",
        "sort": "Sort comments",
        "follow_up": "Notify me of follow-up comments by email",
        "whole_thread": "All new comments in this discussion",
    },
    "id": {
        "more": "Muat komentar lainnya",
        "comment": "Komentar",
        "name": "Nama",
        "email": "Email",
        "post": "Kirim Komentar",
        "posted": "Komentar Anda sudah tayang.",
        "edit": "Sunting",
        "editing": "Sunting komentar Anda",
        "save": "Simpan perubahan",
        "saved": "Perubahan Anda sudah disimpan.",
        "delete": "Hapus",
        "ask": "Hapus komentar ini? Komentar yang dihapus tidak bisa dikembalikan.",
        "yes": "Ya, hapus komentar",
        "no": "Jangan dihapus",
        "deleted": "Komentar Anda sudah dihapus.",
        "newest": "Terbaru dulu",
        "sort": "Urutkan komentar",
        "follow_up": "Beri tahu saya lewat email jika ada komentar lanjutan",
        "whole_thread": "Semua komentar baru di diskusi ini",
    },
}


@pytest.fixture
def thread(transactional_db: None) -> Thread:
    """The demo article with a few pages of comments: a reply, a long word, a website."""
    call_command("create_demo_article", stdout=open(os.devnull, "w"))  # noqa: SIM115
    thread = Thread.objects.get(key="demo-article")
    thread.comments_per_page = PER_PAGE
    thread.save(update_fields=["comments_per_page"])
    start = timezone.now() - timedelta(days=1)
    texts = [
        "Jalan di depan rumah saya juga berlubang sejak musim hujan.",
        f"Coba lihat ini: {LONG_WORD}",
        "The council promised repairs last year; nothing happened.",
        "Semoga anggarannya benar-benar dipakai untuk perbaikan.",
        "Is there a map of the roads they plan to fix first?",
        "Warga sudah mengirim foto ke aduan kota, belum dibalas.",
        "I cycle there every morning and the potholes are getting deeper.",
        "Terima kasih sudah meliput masalah ini.",
        "Last week a scooter fell into the one by the school.",
    ]
    made = [
        make_comment(
            thread,
            content=text,
            author_name=f"Pembaca {n + 1}",
            author_email=f"pembaca{n}@example.id",
            author_url="https://warga.example" if n == 2 else "",
            created=start + timedelta(minutes=10 * n),
        )
        for n, text in enumerate(texts)
    ]
    # A reply to the first comment, written last: newest first, it comes before its parent.
    make_comment(
        thread,
        parent=made[0],
        content="Di jalan saya sudah ditambal minggu lalu.",
        author_name="Sari",
        author_email="sari@example.id",
        created=start + timedelta(hours=5),
    )
    return thread


def host_page(tmp_path: Path, blog: str, api: str, lang: str, order: str | None = None) -> str:
    """The blog post in `lang`, under this project's own CSP with the comments server for 'self'.

    Given as a <meta> (a static server sends no headers of its own), which cannot carry
    frame-ancestors.
    """
    policy = "; ".join(
        part.replace("'self'", api)
        for part in POLICY.split("; ")
        if not part.startswith("frame-ancestors")
    )
    extra = f' data-order="{order}"' if order else ""
    name = f"post-{lang}-{order or 'default'}.html"
    (tmp_path / name).write_text(
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{policy}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        "<title>A blog post</title></head><body><h1>A blog post</h1>"
        "<p>Somebody else's article, on a page with no stylesheet of its own.</p>"
        f'<div id="comments" data-thread="demo-article" data-api="{api}"{extra}></div>'
        f'<script src="{api}/static/comments/embed.js" defer></script>'
        "</body></html>",
        encoding="utf-8",
    )
    return blog.replace("post.html", name)


def console_problem(kind: str, text: str) -> bool:
    """An error in the console that is not axe-core's: axe reads every stylesheet's rules again
    with XMLHttpRequest (the embed uses fetch), which the browser refuses for another origin's
    stylesheet without CORS; axe then goes on with the computed styles. A request that fails is
    still caught by `requestfailed`, unless it was axe's XMLHttpRequest."""
    if kind != "error":
        return False
    return not (text.startswith("Access to XMLHttpRequest") or text.endswith("net::ERR_FAILED"))


def open_embed(browser: Browser, url: str, viewport: ViewportSize) -> tuple[Any, Page, list[str]]:
    context = browser.new_context(viewport=viewport, locale="en-US")
    page = context.new_page()
    problems: list[str] = []
    page.on(
        "console", lambda m: problems.append(m.text) if console_problem(m.type, m.text) else None
    )
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.on(
        "requestfailed",
        lambda r: problems.append(f"{r.url}: {r.failure}") if r.resource_type != "xhr" else None,
    )
    page.goto(url)
    expect(page.locator("#comments .comment").first).to_be_visible()
    page.wait_for_load_state("networkidle")
    return context, page, problems


def shoot(page: Page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def assert_every_string_is_there(page: Page) -> None:
    """No button or heading without a name, and no "undefined" anywhere in the embed."""
    found = page.evaluate(
        """() => {
          const root = document.getElementById('comments');
          const named = n => (n.textContent.trim() || n.getAttribute('aria-label') || '').trim();
          return {
            emptyButtons: [...root.querySelectorAll('button')].filter(b => !named(b))
              .map(b => b.outerHTML),
            emptyHeadings: [...root.querySelectorAll('h1, h2, h3, h4, label, option')]
              .filter(h => !named(h)).map(h => h.outerHTML),
            html: root.outerHTML,
          };
        }"""
    )
    assert found["emptyButtons"] == []
    assert found["emptyHeadings"] == []
    assert "undefined" not in found["html"]
    assert "null" not in re.sub(r"<[^>]*>", " ", found["html"]).split()
    assert "[object" not in found["html"]


def box(page: Page, selector: str) -> FloatRect:
    found = page.locator(selector).first.bounding_box()
    assert found is not None, selector
    return found


def assert_it_is_styled(page: Page, api: str, viewport: ViewportSize) -> None:
    links = page.eval_on_selector_all(
        "link[rel=stylesheet]", "links => links.map(l => [l.href, !!l.sheet])"
    )
    assert links == [[f"{api}/static/comments/embed.css", True]]
    style = page.evaluate(
        """() => {
          const css = s => getComputedStyle(document.querySelector(s));
          return {
            list: css('#comments .comment-list').listStyleType,
            item: css('#comments .comment-list > li').listStyleType,
            textSize: parseFloat(css('#embed-content').fontSize),
            scrollWidth: document.documentElement.scrollWidth,
          };
        }"""
    )
    assert style["list"] == "none" and style["item"] == "none"
    assert style["textSize"] >= 16
    # A long word wraps: nothing is wider than the phone.
    assert style["scrollWidth"] <= viewport["width"]
    form = box(page, "#comments .comment-form")
    for field in ("#embed-content", "#embed-author_name", "#embed-author_email"):
        size = box(page, field)
        assert size["width"] >= form["width"] - 1, field
        assert size["height"] >= 40, field
    for target in (
        ".comment-reply-link",
        ".comment-report-link",
        "#embed-remember",
        "#embed-follow_up",
        ".cg-load-more",
        "#embed-order",
    ):
        size = box(page, f"#comments {target}")
        assert size["width"] >= 24 and size["height"] >= 24, target
    # The name and the date are apart, on the screen and in the text.
    name = box(page, "#comments .comment-author")
    date = box(page, "#comments .comment-meta time")
    assert date["y"] >= name["y"] + name["height"] - 1 or date["x"] >= name["x"] + name["width"]
    meta = page.locator("#comments .comment-meta").first.inner_text()
    assert re.search(r"Pembaca 1\s+\S", meta), meta


def post_own_in(page: Page, lang: str, content: str) -> Comment:
    say = SAY[lang]
    page.get_by_label(re.compile(f"^{say['comment']}")).fill(content)
    page.get_by_label(re.compile(f"^{say['name']}")).fill("Penulis Embed")
    page.get_by_label(re.compile(f"^{say['email']}")).fill("penulis.embed@example.id")
    page.get_by_role("button", name=say["post"]).click()
    expect(page.locator("#comments .cg-notice")).to_have_text(say["posted"])
    return Comment.objects.get(content=content)


@SIZES
@LANGS
def test_it_is_styled_translated_and_accessible_in_every_state(
    browser: Browser, live_server, blog, tmp_path, thread, viewport, lang
):
    say = SAY[lang]
    api = live_server.url
    url = host_page(tmp_path, blog, api, lang)
    context, page, problems = open_embed(browser, url, viewport)
    name = f"embed-{lang}-{viewport['width']}"
    expect(page.locator("#comments .comment")).to_have_count(PER_PAGE)
    expect(page.get_by_role("button", name=say["more"])).to_be_visible()
    assert_it_is_styled(page, api, viewport)
    assert_every_string_is_there(page)
    assert_accessible(page, "#comments")
    shoot(page, f"{name}-thread")

    # Posting: the message is in the new comment's place, and focus is on it.
    page.get_by_label(re.compile(f"^{say['comment']}")).fill("Saya tulis komentar ini sendiri.")
    page.get_by_label(re.compile(f"^{say['name']}")).fill("Penulis Embed")
    page.get_by_label(re.compile(f"^{say['email']}")).fill("penulis.embed@example.id")
    page.get_by_role("button", name=say["post"]).click()
    notice = page.locator("#comments .cg-notice")
    expect(notice).to_have_text(say["posted"])
    expect(notice).to_be_focused()
    mine = Comment.objects.get(content="Saya tulis komentar ini sendiri.")
    expect(page.locator(f"#comment-{mine.pk} .cg-notice")).to_have_count(1)

    # Editing: the form moves under the comment, with its own heading and button.
    page.locator(f"#comment-{mine.pk}").get_by_role("button", name=say["edit"]).click()
    expect(page.locator(f"#comment-{mine.pk} #respond")).to_be_visible()
    expect(page.locator("#reply-title")).to_contain_text(say["editing"])
    expect(page.get_by_role("button", name=say["save"])).to_be_visible()
    expect(page.get_by_label(re.compile(f"^{say['name']}"))).to_be_hidden()
    assert_every_string_is_there(page)
    assert_accessible(page, "#comments")
    page.locator(f"#comment-{mine.pk}").scroll_into_view_if_needed()
    shoot(page, f"{name}-editing")
    page.get_by_label(re.compile(f"^{say['comment']}")).fill("Saya tulis dan saya perbaiki.")
    page.get_by_role("button", name=say["save"]).click()
    expect(page.locator(f"#comment-{mine.pk} .cg-notice")).to_have_text(say["saved"])
    expect(page.locator(f"#comment-{mine.pk} .comment-content")).to_have_text(
        "Saya tulis dan saya perbaiki."
    )

    # Deleting asks first.
    page.locator(f"#comment-{mine.pk}").get_by_role("button", name=say["delete"]).click()
    expect(page.get_by_role("group", name=say["ask"])).to_be_visible()
    assert_every_string_is_there(page)
    assert_accessible(page, "#comments")
    shoot(page, f"{name}-confirm-delete")
    page.get_by_role("button", name=say["yes"]).click()
    expect(page.locator(f"#comment-{mine.pk} .cg-notice")).to_have_text(say["deleted"])
    assert_every_string_is_there(page)

    # The report form, in the same language.
    first = page.locator("#comments .comment-report-link").first
    first.click()
    expect(page.locator("#comments .comment-report-form select")).to_be_focused()
    assert_every_string_is_there(page)
    assert_accessible(page, "#comments")
    shoot(page, f"{name}-report")

    # Replying: the form opens under the comment; cancelling brings focus back to its button.
    replied = page.locator("#comments .comment-list > .comment").nth(1)
    replied.locator(".comment-reply-link").click()
    expect(replied.locator("#respond")).to_be_visible()
    expect(page.locator("#embed-content")).to_be_focused()
    assert_every_string_is_there(page)
    assert_accessible(page, "#comments")
    shoot(page, f"{name}-replying")
    page.locator("#respond .cancel-reply").click()
    expect(replied.locator("#respond")).to_have_count(0)
    expect(replied.locator(".comment-reply-link")).to_be_focused()
    assert problems == []
    context.close()


@LANGS
def test_load_more_appends_the_next_page_until_the_last(
    browser: Browser, live_server, blog, tmp_path, thread, lang
):
    url = host_page(tmp_path, blog, live_server.url, lang)
    context, page, _ = open_embed(browser, url, DESKTOP)
    more = page.get_by_role("button", name=SAY[lang]["more"])
    contents = page.locator("#comments .comment-list .comment-content")
    expect(contents).to_have_count(PER_PAGE)
    first_page = contents.all_inner_texts()
    more.click()
    expect(contents).to_have_count(2 * PER_PAGE)
    # Appended: the first page is still there, first; focus is on the first new comment.
    assert contents.all_inner_texts()[:PER_PAGE] == first_page
    expect(page.locator("#comments .comment-body:focus")).to_contain_text(
        "Is there a map of the roads"
    )
    more.click()
    expect(contents).to_have_count(10)
    expect(more).to_have_count(0)
    expect(page.locator("#comments .comments-title")).to_have_text(
        "10 comments" if lang == "en" else "10 komentar"
    )
    context.close()


def test_newest_first_keeps_the_order_through_the_pages_and_a_reply_under_its_parent(
    browser: Browser, live_server, blog, tmp_path, thread
):
    url = host_page(tmp_path, blog, live_server.url, "en", order="newest")
    context, page, _ = open_embed(browser, url, PHONE)
    expect(page.get_by_label("Sort comments")).to_have_value("newest")
    roots = page.locator("#comments .comment-list > .comment > .comment-body .comment-content")
    # The reply is the newest comment but waits for its parent, which is on the last page.
    expect(roots.first).to_have_text("Last week a scooter fell into the one by the school.")
    expect(page.get_by_text("Di jalan saya sudah ditambal minggu lalu.")).to_have_count(0)
    more = page.get_by_role("button", name="Load more comments")
    more.click()
    expect(roots).to_have_count(2 * PER_PAGE - 1)
    more.click()
    expect(more).to_have_count(0)
    expect(roots).to_have_count(9)
    expect(roots.last).to_have_text("Jalan di depan rumah saya juga berlubang sejak musim hujan.")
    reply = page.locator("#comments .children .comment-content")
    expect(reply).to_have_text("Di jalan saya sudah ditambal minggu lalu.")
    shoot(page, "embed-en-390-newest-all-pages")

    # Back to oldest first: the first page again, in the article page's order.
    page.get_by_label("Sort comments").select_option("oldest")
    expect(roots.first).to_have_text("Jalan di depan rumah saya juga berlubang sejak musim hujan.")
    expect(page.get_by_role("button", name="Load more comments")).to_be_visible()
    context.close()


def test_without_data_order_it_reads_in_the_article_pages_order(
    browser: Browser, live_server, blog, tmp_path, thread, tune_comments
):
    tune_comments(comment_order="newest")
    url = host_page(tmp_path, blog, live_server.url, "id")
    context, page, _ = open_embed(browser, url, DESKTOP)
    expect(page.get_by_label("Urutkan komentar")).to_have_value("newest")
    first = page.locator("#comments .comment-list > .comment .comment-content").first
    expect(first).to_have_text("Last week a scooter fell into the one by the school.")
    context.close()


@LANGS
def test_follow_up_emails_are_asked_for_from_the_embed_and_confirmed_first(
    browser: Browser, live_server, blog, tmp_path, thread, mailoutbox, lang
):
    url = host_page(tmp_path, blog, live_server.url, lang)
    context, page, problems = open_embed(browser, url, DESKTOP)
    choice = page.get_by_label(SAY[lang]["follow_up"])
    expect(choice).to_have_value("")
    choice.select_option(label=SAY[lang]["whole_thread"])
    mine = post_own_in(page, lang, "Tolong kabari saya kalau ada jadwal perbaikan jalan.")
    subscription = FollowUp.objects.get(comment=mine)
    assert subscription.scope == FollowUp.Scope.THREAD and subscription.confirmed is None
    assert [message.to for message in mailoutbox] == [["penulis.embed@example.id"]]
    assert "/follow-ups/confirm/" in mailoutbox[0].body
    # The next comment asks again: the choice is not carried over.
    expect(choice).to_have_value("")
    assert problems == []
    context.close()


def test_deleting_asks_first_and_keep_it_changes_nothing(
    browser: Browser, live_server, blog, tmp_path, thread
):
    url = host_page(tmp_path, blog, live_server.url, "id")
    context, page, _ = open_embed(browser, url, DESKTOP)
    page.get_by_label(re.compile("^Komentar")).fill("Komentar yang nanti saya hapus.")
    page.get_by_label(re.compile("^Nama")).fill("Penulis Embed")
    page.get_by_label(re.compile("^Email")).fill("penulis.embed@example.id")
    page.get_by_role("button", name="Kirim Komentar").click()
    expect(page.get_by_text("Komentar Anda sudah tayang.")).to_be_visible()
    mine = Comment.objects.get(content="Komentar yang nanti saya hapus.")
    item = page.locator(f"#comment-{mine.pk}")
    delete = item.get_by_role("button", name="Hapus")

    delete.click()
    expect(page.get_by_role("button", name="Jangan dihapus")).to_be_focused()
    page.get_by_role("button", name="Jangan dihapus").click()
    expect(item.locator(".cg-confirm")).to_have_count(0)
    expect(delete).to_be_focused()
    mine.refresh_from_db()
    assert mine.status == Comment.Status.APPROVED

    delete.click()
    page.get_by_role("button", name="Ya, hapus komentar").click()
    expect(item.locator(".cg-notice")).to_have_text("Komentar Anda sudah dihapus.")
    expect(item.locator(".cg-notice")).to_be_focused()
    expect(page.locator("#comments .comments-title")).to_have_text("10 komentar")
    mine.refresh_from_db()
    assert mine.status == Comment.Status.TRASH

    page.reload()
    expect(page.locator("#comments .comment").first).to_be_visible()
    expect(page.get_by_text("Komentar yang nanti saya hapus.")).to_have_count(0)
    context.close()


def test_the_next_page_after_a_delete_skips_nothing(
    browser: Browser, live_server, blog, tmp_path, thread
):
    url = host_page(tmp_path, blog, live_server.url, "en", order="newest")
    context, page, _ = open_embed(browser, url, DESKTOP)
    mine = post_own_in(page, "en", "Newest of all, then deleted.")
    page.reload()
    expect(page.locator(f"#comment-{mine.pk}")).to_be_visible()
    # Deleting it moves the API's pages one comment back: the second page now starts with
    # what was the first page's last comment.
    page.locator(f"#comment-{mine.pk}").get_by_role("button", name="Delete").click()
    page.get_by_role("button", name="Delete comment").click()
    expect(page.get_by_text("Your comment was deleted.")).to_be_visible()
    page.get_by_role("button", name="Load more comments").click()
    moved = page.get_by_text("I cycle there every morning and the potholes are getting deeper.")
    expect(moved).to_have_count(1)
    ids = page.eval_on_selector_all("#comments .comment", "items => items.map(i => i.id)")
    # Two pages of the thread with the deleted comment's place; Sari's reply waits for its parent.
    assert len(ids) == len(set(ids)) == 2 * PER_PAGE
    context.close()


def test_a_refused_delete_is_said_in_the_comment_and_changes_nothing(
    browser: Browser, live_server, blog, tmp_path, thread
):
    # The browser still lists the comment as its own, but the server refuses the secret (the
    # window has passed or the secret is wrong): both answer 403.
    own = Comment.objects.filter(thread=thread).order_by("created")[1]
    url = host_page(tmp_path, blog, live_server.url, "en")
    context, page, _ = open_embed(browser, url, DESKTOP)
    page.evaluate(
        """([key, id]) => localStorage.setItem(key, JSON.stringify(
             [{id: id, edit_token: 'not-the-secret', editable_until: '2999-01-01T00:00:00Z'}]))""",
        [f"comment-own:{live_server.url}:demo-article", own.pk],
    )
    page.reload()
    item = page.locator(f"#comment-{own.pk}")
    item.get_by_role("button", name="Delete").click()
    page.get_by_role("button", name="Delete comment").click()
    expect(item.locator(".cg-confirm-answer")).to_have_text(
        "The time for deleting this comment has passed."
    )
    assert Comment.objects.get(pk=own.pk).status == Comment.Status.APPROVED
    context.close()


def test_deep_replies_keep_a_readable_width_on_a_phone(
    browser: Browser, live_server, blog, tmp_path, thread
):
    thread.comments_per_page = 50
    thread.save(update_fields=["comments_per_page"])
    parent = Comment.objects.get(author_name="Sari")
    for depth in (3, 4, 5):
        parent = make_comment(
            thread,
            parent=parent,
            content=f"Balasan tingkat {depth}: {LONG_WORD}",
            author_name=f"Warga Tingkat {depth}",
            author_email=f"tingkat{depth}@example.id",
        )
    url = host_page(tmp_path, blog, live_server.url, "id")
    context, page, _ = open_embed(browser, url, PHONE)
    deepest = page.locator("#comments .depth-5 > .comment-body")
    expect(deepest).to_contain_text("Balasan tingkat 5")
    # No Reply at the deepest level; the text keeps most of the phone's width.
    expect(deepest.locator(".comment-reply-link")).to_have_count(0)
    assert box(page, "#comments .depth-5 .comment-content")["width"] >= 280
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    conversation = page.locator("#comments .depth-1", has=page.locator(".depth-5"))
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    conversation.screenshot(path=str(SCREENSHOTS / "embed-id-390-deep-replies.png"))
    context.close()


def test_a_text_missing_from_a_language_reads_in_english(
    browser: Browser, live_server, blog, tmp_path, thread
):
    # A copy of the script whose Indonesian table lost its Edit, Save and editing heading texts,
    # served with its stylesheet from the blog's own origin.
    static = Path(__file__).resolve().parents[2] / "comments" / "static" / "comments"
    script = (static / "embed.js").read_text(encoding="utf-8")
    cut = script
    for text in (
        'edit: "Sunting", ',
        'editing: "Sunting komentar Anda", ',
        'save: "Simpan perubahan", ',
    ):
        assert cut.count(text) == 1, text
        cut = cut.replace(text, "")
    (tmp_path / "embed.js").write_text(cut, encoding="utf-8")
    (tmp_path / "embed.css").write_text((static / "embed.css").read_text(encoding="utf-8"))
    (tmp_path / "lost.html").write_text(
        '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Lost</title>'
        '<link rel="icon" href="data:,"></head>'
        f'<body><div id="comments" data-thread="demo-article" data-api="{live_server.url}"></div>'
        '<script src="embed.js" defer></script></body></html>',
        encoding="utf-8",
    )
    context, page, problems = open_embed(browser, blog.replace("post.html", "lost.html"), PHONE)
    mine = post_own_in(page, "id", "Komentar untuk tes teks yang hilang.")
    page.locator(f"#comment-{mine.pk}").get_by_role("button", name="Edit", exact=True).click()
    expect(page.locator("#reply-title")).to_contain_text("Edit your comment")
    expect(page.get_by_role("button", name="Save changes")).to_be_visible()
    # The rest is still Indonesian.
    expect(page.get_by_role("button", name="Batal menyunting")).to_be_visible()
    assert_every_string_is_there(page)
    assert problems == []
    context.close()


def test_an_editors_pick_on_a_later_page_is_read_up_to_when_followed(
    browser: Browser, live_server, blog, tmp_path, thread
):
    pick = Comment.objects.get(author_name="Pembaca 9")
    Comment.objects.filter(pk=pick.pk).update(featured=True)
    url = host_page(tmp_path, blog, live_server.url, "en")
    context, page, _ = open_embed(browser, url, DESKTOP)
    expect(page.locator(f"#comment-{pick.pk}")).to_have_count(0)
    page.get_by_role("region", name="Editors' picks").get_by_role(
        "link", name="View in the thread"
    ).click()
    expect(page.locator(f"#comment-{pick.pk} > .comment-body")).to_be_focused()
    expect(page.locator("#comments .comment-list .comment-content")).to_have_count(10)
    context.close()
