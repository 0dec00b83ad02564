"""The article page in pages (issue 16): top-level comments with their replies, `?cpage=N`
without JavaScript, oldest or newest first, permalinks that find the page, and the list cached
until the thread changes."""

from __future__ import annotations

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from comments import comment_pages
from comments.models import Comment
from tests.conftest import comment_data, make_comment


@pytest.fixture
def paged(thread):
    """Five top-level comments, two to a page; the second has two replies."""
    thread.comments_per_page = 2
    thread.save(update_fields=["comments_per_page"])
    roots = [make_comment(thread, content=f"Komentar utama nomor {n}.") for n in range(1, 6)]
    replies = [make_comment(thread, parent=roots[1], content=f"Balasan nomor {n}.") for n in (1, 2)]
    return roots, replies


def shown(html: str) -> list[int]:
    return [int(pk) for pk in re.findall(r'<li id="comment-(\d+)"', html)]


def tag(pattern: str, html: str) -> str:
    found = re.search(pattern, html)
    assert found is not None, pattern
    return found.group()


def page(client, query: str = "") -> str:
    return client.get(f"/{query}", HTTP_ACCEPT_LANGUAGE="en").content.decode()


def test_a_page_holds_its_top_level_comments_with_all_their_replies(client, paged):
    roots, replies = paged
    first = page(client)
    assert shown(first) == [roots[0].pk, roots[1].pk, replies[0].pk, replies[1].pk]
    assert "Page 1 of 3" in first
    assert 'href="?cpage=2#comments"' in first and "Previous comments" not in first
    assert shown(page(client, "?cpage=3")) == [roots[4].pk]
    # Every comment is counted in the heading, whatever the page.
    assert "7 comments" in page(client, "?cpage=3")


@pytest.mark.parametrize(("asked", "expected"), [("0", 1), ("x", 1), ("999", 3), ("-1", 1)])
def test_a_page_number_out_of_range_shows_the_nearest_page(client, paged, asked, expected):
    assert f"Page {expected} of 3" in page(client, f"?cpage={asked}")


def test_newest_first_reverses_the_top_level_and_keeps_replies_in_order(client, paged):
    roots, replies = paged
    html = page(client, "?corder=newest")
    assert shown(html) == [roots[4].pk, roots[3].pk]
    assert 'href="?cpage=2&amp;corder=newest#comments"' in html
    assert shown(page(client, "?cpage=2&corder=newest")) == [
        roots[2].pk,
        roots[1].pk,
        replies[0].pk,
        replies[1].pk,
    ]


def test_the_site_can_show_newest_first_by_default(client, paged, tune_comments):
    roots, _replies = paged
    tune_comments(comment_order="newest")
    html = page(client)
    assert shown(html)[0] == roots[4].pk
    assert 'href="?cpage=1&amp;corder=oldest#comments"' in html


def test_a_permalink_lands_on_the_page_holding_the_comment(client, paged):
    roots, replies = paged
    answer = client.get(f"/comments/{replies[1].pk}/")
    assert answer.status_code == 302
    assert answer["Location"] == f"/?cpage=1#comment-{replies[1].pk}"
    assert client.get(f"/comments/{roots[4].pk}/")["Location"] == (
        f"/?cpage=3#comment-{roots[4].pk}"
    )
    held = make_comment(roots[0].thread, status=Comment.Status.PENDING)
    assert client.get(f"/comments/{held.pk}/").status_code == 404
    assert client.get("/comments/99999/").status_code == 404


def test_a_reply_whose_parent_is_hidden_counts_as_top_level(thread):
    thread.comments_per_page = 1
    thread.save(update_fields=["comments_per_page"])
    hidden = make_comment(thread, status=Comment.Status.SPAM)
    orphan = make_comment(thread, parent=hidden, content="Balasan yang induknya disembunyikan.")
    assert comment_pages.page_of(orphan, comment_pages.OLDEST) == 1
    listed = comment_pages.list_page(thread, 1, comment_pages.OLDEST, set())
    assert [node.comment.pk for node in listed.tree] == [orphan.pk]


def test_the_list_is_rendered_once_until_the_thread_changes(client, paged):
    roots, _replies = paged
    page(client)
    with CaptureQueriesContext(connection) as queries:
        again = page(client)
    # (The test client's privacy guard reads stored emails; no comment text is read.)
    assert not any('"comments_comment"."content"' in q["sql"] for q in queries.captured_queries)
    assert shown(again)[0] == roots[0].pk
    # A new comment stamps the thread: the next reader sees it.
    client.post("/comments/post/", comment_data(roots[0].thread, parent=str(roots[0].pk)))
    newest = Comment.objects.latest("pk")
    assert newest.pk in shown(page(client))


def test_the_author_alone_is_told_their_comment_is_published(client, thread):
    answer = client.post("/comments/post/", comment_data(thread))
    comment = Comment.objects.get()
    assert answer["Location"] == f"/?cpage=1&posted={comment.pk}#comment-{comment.pk}"
    mine = client.get(answer["Location"], HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert '<p class="comment-posted" role="status">Your comment is published.</p>' in mine
    stranger = client.__class__()
    theirs = stranger.get(answer["Location"], HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Your comment is published." not in theirs
    assert comment.pk in shown(theirs)


def test_a_failed_post_lands_at_the_form_with_a_summary_of_every_error(client, thread):
    answer = client.post(
        "/comments/post/",
        comment_data(thread, content="", author_email="not-an-email"),
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert answer.status_code == 400
    html = answer.content.decode()
    assert 'action="/comments/post/#respond"' in html
    summary = html[
        html.index('id="error-summary"') : html.index("</div>", html.index("error-summary"))
    ]
    assert 'href="#id_content"' in summary and 'href="#id_author_email"' in summary
    textarea = tag(r"<textarea[^>]*>", html)
    assert 'aria-invalid="true"' in textarea
    assert 'aria-describedby="id_content_note id_content_error"' in textarea
    email = tag(r'<input[^>]*name="author_email"[^>]*>', html)
    assert 'aria-describedby="email-notes id_author_email_error"' in email
    assert 'id="id_author_email_error"' in html


def test_a_refused_post_is_told_in_the_same_summary(client, thread):
    client.post("/comments/post/", comment_data(thread))
    again = client.post("/comments/post/", comment_data(thread), HTTP_ACCEPT_LANGUAGE="en")
    assert again.status_code == 409
    html = again.content.decode()
    assert 'id="error-summary"' in html and "error-summary-title" in html


def test_reply_links_keep_the_page_and_name_the_comment_for_the_script(client, paged):
    roots, _replies = paged
    html = page(client, "?cpage=2")
    assert f'href="?cpage=2&amp;replytocom={roots[2].pk}#respond"' in html
    assert f'data-comment-id="{roots[2].pk}"' in html


def test_the_page_names_its_comment_feed(client, thread):
    html = page(client)
    assert (
        f'<link rel="alternate" type="application/atom+xml" title="Comments: {thread.title}" '
        f'href="/feeds/{thread.key}/">'
    ) in html
