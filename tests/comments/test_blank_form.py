"""The blank Leave a Reply form is rendered once per thread and language (comments.blank_form),
and every reader still gets their own CSRF and form tokens, in a form that posts."""

from __future__ import annotations

import re

import pytest

from comments import blank_form
from comments.models import Comment
from moderation import tokens
from tests.conftest import comment_data, make_comment


def hidden(name: str, html: str) -> str:
    found = re.search(rf'name="{name}" value="([^"]*)"', html)
    assert found is not None, name
    return found.group(1)


def page(client, query: str = "", language: str = "en") -> str:
    return client.get(f"/{query}", HTTP_ACCEPT_LANGUAGE=language).content.decode()


@pytest.fixture
def renders(monkeypatch):
    """Counts the renders of the form template."""
    seen: list[str] = []
    real = blank_form.blank_form

    def counting(thread_key, render, csrf_token, form_token):
        def counted():
            seen.append(thread_key)
            return render()

        return real(thread_key, counted, csrf_token, form_token)

    monkeypatch.setattr(blank_form, "blank_form", counting)
    return seen


def test_the_blank_form_is_rendered_once_and_each_reader_gets_fresh_tokens(
    thread, renders, monkeypatch, client, csrf_client
):
    monkeypatch.setattr(tokens.time, "time", lambda: 1_900_000_000.0)
    first = page(client)
    monkeypatch.setattr(tokens.time, "time", lambda: 1_900_000_042.0)
    second = page(csrf_client)
    assert renders == [thread.key]
    for html in (first, second):
        assert blank_form.CSRF_PLACEHOLDER not in html
        assert blank_form.FORM_TOKEN_PLACEHOLDER not in html
    issued = [tokens.read(hidden("form_token", html)) for html in (first, second)]
    assert [(token.thread_key, token.issued_at) for token in issued if token] == [
        (thread.key, 1_900_000_000.0),
        (thread.key, 1_900_000_042.0),
    ]
    assert hidden("csrfmiddlewaretoken", first) != hidden("csrfmiddlewaretoken", second)


def test_a_form_from_the_kept_copy_posts_with_csrf_enforced(thread, client, csrf_client):
    page(client)  # the copy is made for another reader
    html = page(csrf_client)
    data = comment_data(
        thread,
        csrfmiddlewaretoken=hidden("csrfmiddlewaretoken", html),
        form_token=hidden("form_token", html),
    )
    response = csrf_client.post("/comments/post/", data)
    assert response.status_code == 302
    assert Comment.objects.filter(thread=thread, content=data["content"]).exists()


def test_each_language_has_its_own_copy(thread, renders, client):
    assert "Post Comment" in page(client, language="en")
    assert "Kirim Komentar" in page(client, language="id")
    assert "Post Comment" in page(client, language="en")
    assert renders == [thread.key, thread.key]


def test_a_reply_form_is_rendered_for_its_reader_alone(thread, renders, client):
    parent = make_comment(thread)
    html = page(client, f"?replytocom={parent.pk}")
    assert hidden("parent", html) == str(parent.pk)
    assert renders == []
    # The next reader's blank form has no parent in it.
    assert 'name="parent" value=' not in page(client)
