"""A name is one line of visible text: no line breaks, no bidi controls, never only invisible."""

from __future__ import annotations

import pytest

from comments.models import Comment
from tests.comments.test_api import post as api_post
from tests.conftest import comment_data

INJECTED = "Ann\r\nSpam: http://x"
ZERO_WIDTH_ONLY = "\u200b\u200c\u200d\u2060\ufeff"


def form_post(client, thread, name):
    return client.post(
        "/comments/post/", comment_data(thread, author_name=name), HTTP_ACCEPT_LANGUAGE="en"
    )


def test_it_stores_a_form_name_with_line_breaks_as_one_line(client, thread):
    assert form_post(client, thread, INJECTED).status_code == 302
    assert Comment.objects.get().author_name == "Ann Spam: http://x"


def test_it_stores_an_api_name_with_line_breaks_as_one_line(client, thread):
    assert api_post(client, thread, author_name=INJECTED).status_code == 201
    assert Comment.objects.get().author_name == "Ann Spam: http://x"


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("\u202eAdmin", "Admin"),
        ("Ad\u2066min\u2069", "Admin"),
        ("\u200fSari\u200e \u061cDewi", "Sari Dewi"),
        ("Sari\t\x0b\x85 \u2028Dewi", "Sari Dewi"),
        ("  Sari   Dewi  ", "Sari Dewi"),
    ],
)
def test_it_removes_bidi_controls_and_collapses_control_characters(client, thread, typed, stored):
    assert form_post(client, thread, typed).status_code == 302
    assert Comment.objects.get().author_name == stored


def test_it_refuses_a_form_name_of_only_zero_width_characters(client, thread):
    response = form_post(client, thread, ZERO_WIDTH_ONLY)
    assert response.status_code == 400
    assert "Please enter your name." in response.content.decode()
    assert not Comment.objects.exists()


def test_it_refuses_an_api_name_of_only_invisible_characters(client, thread):
    response = api_post(
        client, thread, author_name="\u202e" + ZERO_WIDTH_ONLY + "\r\n", HTTP_ACCEPT_LANGUAGE="en"
    )
    assert response.status_code == 400
    assert response.json()["author_name"] == ["Please enter your name."]
    assert not Comment.objects.exists()


def test_it_keeps_a_joiner_inside_a_real_name(client, thread):
    assert form_post(client, thread, "Mehr\u200cdad").status_code == 302
    assert Comment.objects.get().author_name == "Mehr\u200cdad"
