"""The form and the API store an email in its one canonical spelling, invisible characters gone."""

from __future__ import annotations

import pytest

from comments.models import Comment
from tests.comments.test_api import post as api_post
from tests.conftest import comment_data

SPELLINGS = [
    ("ann@exam\u200bple.com", "ann@example.com"),
    ("ann\u200b@example.com", "ann@example.com"),
    ("Ann@ｅｘａｍｐｌｅ.com\u00ad", "ann@example.com"),
    ("ann@bücher.de", "ann@xn--bcher-kva.de"),
]


@pytest.mark.parametrize(("typed", "stored"), SPELLINGS)
def test_it_stores_the_canonical_email_from_the_form(client, thread, typed, stored):
    response = client.post("/comments/post/", comment_data(thread, author_email=typed))
    assert response.status_code == 302
    assert Comment.objects.get().author_email == stored


@pytest.mark.parametrize(("typed", "stored"), SPELLINGS)
def test_it_stores_the_canonical_email_from_the_api(client, thread, typed, stored):
    assert api_post(client, thread, author_email=typed).status_code == 201
    assert Comment.objects.get().author_email == stored


def test_it_still_refuses_an_email_that_is_only_invisible_characters(client, thread):
    response = client.post(
        "/comments/post/",
        comment_data(thread, author_email="\u200b\u200b"),
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert response.status_code == 400
    assert "Please enter your email address." in response.content.decode()
