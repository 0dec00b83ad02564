"""A page showing an author their own held comment is for them alone (issue 12, item 16)."""

from __future__ import annotations

from comments.models import Comment
from tests.conftest import PrivacyGuardClient, comment_data

HELD_TEXT = "Komentar yang ditahan dulu."


def post_held(client, thread) -> Comment:
    response = client.post("/comments/post/", comment_data(thread, content=HELD_TEXT))
    assert response.status_code == 302
    return Comment.objects.get()


def test_it_marks_the_authors_page_with_their_held_comment_private(client, thread, held):
    comment = post_held(client, thread)
    assert comment.status == Comment.Status.PENDING
    response = client.get("/")
    assert HELD_TEXT in response.content.decode()  # the page is personal
    cache_control = response.get("Cache-Control", "")
    assert "private" in cache_control
    assert "public" not in cache_control


def test_it_leaves_a_page_without_an_author_cookie_as_it_was(client, thread, held):
    post_held(client, thread)
    stranger = PrivacyGuardClient(check_stored=True)
    response = stranger.get("/")
    assert HELD_TEXT not in response.content.decode()
    assert "private" not in response.get("Cache-Control", "")
