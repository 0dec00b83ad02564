from __future__ import annotations

import pytest

from comments.models import Comment, Decision
from tests.conftest import comment_data, make_comment


def test_it_saves_a_comment_and_redirects_to_its_anchor(client, thread):
    response = client.post("/comments/post/", comment_data(thread))
    comment = Comment.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/?cpage=1&posted={comment.pk}#comment-{comment.pk}"
    assert comment.thread == thread
    assert comment.status == Comment.Status.APPROVED
    assert comment.author_email == "sari.author@example.org"
    assert comment.ip_address == "127.0.0.1"
    html = client.get("/").content.decode()
    assert f'id="comment-{comment.pk}"' in html
    assert "semoga bisa dipakai koperasi lain" in html


def test_it_stores_text_as_typed_apart_from_surrounding_space(client, thread):
    content = '  <b>tebal?</b> 5 < 6 && "kutip"\nbaris 2  '
    client.post("/comments/post/", comment_data(thread, content=content))
    assert Comment.objects.get().content == content.strip()


def test_it_records_the_gate_reasons(client, thread):
    client.post("/comments/post/", comment_data(thread))
    decision = Decision.objects.get()
    assert decision.source == Decision.Source.GATE
    assert decision.action == "approve"
    assert decision.reason


def test_it_refuses_a_post_without_the_csrf_token(csrf_client, thread):
    response = csrf_client.post("/comments/post/", comment_data(thread), HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 403
    assert "security check failed" in response.content.decode()
    assert not Comment.objects.exists()


def test_it_accepts_a_post_with_the_csrf_token_from_the_page(csrf_client, thread):
    csrf_client.get("/")
    token = csrf_client.cookies["csrftoken"].value
    data = comment_data(thread, csrfmiddlewaretoken=token)
    response = csrf_client.post("/comments/post/", data)
    assert response.status_code == 302
    assert Comment.objects.count() == 1


def test_it_shows_errors_next_to_fields_and_keeps_the_typed_text(client, thread):
    data = comment_data(
        thread,
        author_name="",
        author_email="not-an-email",
        content="Teks yang sudah saya ketik panjang-panjang",
    )
    response = client.post("/comments/post/", data, HTTP_ACCEPT_LANGUAGE="en")
    html = response.content.decode()
    assert response.status_code == 400
    assert "Please enter your name." in html
    assert "Please enter a valid email address" in html
    assert "Teks yang sudah saya ketik panjang-panjang</textarea>" in html
    assert 'aria-invalid="true"' in html
    assert not Comment.objects.exists()


def test_a_reply_gets_its_parent_and_depth(client, thread):
    parent = make_comment(thread)
    response = client.post("/comments/post/", comment_data(thread, parent=str(parent.pk)))
    reply = Comment.objects.exclude(pk=parent.pk).get()
    assert response.status_code == 302
    assert reply.parent == parent
    assert reply.depth == 2
    html = client.get("/").content.decode()
    parent_block = html[html.index(f'id="comment-{parent.pk}"') :]
    assert f'id="comment-{reply.pk}" class="comment depth-2' in parent_block


def test_a_reply_below_the_fifth_level_is_refused(client, thread):
    parent = None
    for _ in range(5):
        parent = make_comment(thread, parent=parent)
    assert parent is not None and parent.depth == 5
    response = client.post(
        "/comments/post/", comment_data(thread, parent=str(parent.pk)), HTTP_ACCEPT_LANGUAGE="en"
    )
    assert response.status_code == 400
    assert "nested at most 5 levels deep" in response.content.decode()
    assert Comment.objects.count() == 5


def test_a_parent_from_another_thread_is_refused(client, thread):
    from comments.models import Thread

    other = Thread.objects.create(key="other-article", title="Other")
    foreign_parent = make_comment(other)
    response = client.post(
        "/comments/post/",
        comment_data(thread, parent=str(foreign_parent.pk)),
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert response.status_code == 400
    assert "does not exist in this discussion" in response.content.decode()
    assert Comment.objects.count() == 1


@pytest.mark.parametrize("status", [Comment.Status.PENDING, Comment.Status.SPAM])
def test_a_reply_to_an_unpublished_comment_is_refused(client, thread, status):
    hidden = make_comment(thread, status=status)
    response = client.post("/comments/post/", comment_data(thread, parent=str(hidden.pk)))
    assert response.status_code == 400
    assert Comment.objects.count() == 1


def test_a_missing_thread_is_a_404_and_stores_nothing(client, thread):
    response = client.post(
        "/comments/post/",
        {**comment_data(thread), "thread": "no-such-thread"},
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert response.status_code == 404
    assert "There is no page or discussion" in response.content.decode()
    assert not Comment.objects.exists()


def test_a_post_without_a_thread_is_a_404(client, thread):
    data = comment_data(thread)
    del data["thread"]
    assert client.post("/comments/post/", data).status_code == 404
    assert not Comment.objects.exists()


def test_a_closed_thread_refuses_comments_and_keeps_the_text(client, thread):
    thread.is_open = False
    thread.save()
    response = client.post("/comments/post/", comment_data(thread), HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 403
    assert "Comments are closed" in response.content.decode()
    assert not Comment.objects.exists()


def test_get_on_the_post_url_is_not_allowed(client, db):
    assert client.get("/comments/post/").status_code == 405


def test_a_logged_in_user_is_linked_to_the_comment(client, thread, django_user_model):
    user = django_user_model.objects.create_user("reader", password="a-long-password-1")
    client.force_login(user)
    client.post("/comments/post/", comment_data(thread))
    assert Comment.objects.get().user == user
