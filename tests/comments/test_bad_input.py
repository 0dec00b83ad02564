"""Bad input of any kind gets a clear 4xx, never a 500, and stores nothing."""

from __future__ import annotations

from urllib.parse import urlencode

import pytest

from comments.models import Comment
from tests.conftest import comment_data

URLENCODED = "application/x-www-form-urlencoded"


def post_raw(client, body: bytes, content_type: str = URLENCODED, **extra):
    return client.generic("POST", "/comments/post/", body, content_type=content_type, **extra)


def test_an_oversized_body_is_refused_before_parsing(client, thread):
    body = urlencode(comment_data(thread, content="z" * 70_000)).encode()
    response = post_raw(client, body, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 413
    assert "larger than a comment can be" in response.content.decode()
    assert not Comment.objects.exists()


@pytest.mark.parametrize(
    "bad_content",
    [b"caf%FF", b"caf\xff\xfe", b"%C3%28abc", b"%ED%A0%80surrogate"],
    ids=["percent-escaped", "raw-bytes", "truncated-sequence", "encoded-surrogate"],
)
def test_invalid_utf8_in_a_form_is_refused(client, thread, bad_content):
    body = urlencode(comment_data(thread, content="PLACEHOLDER")).encode()
    body = body.replace(b"PLACEHOLDER", bad_content)
    response = post_raw(client, body, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 400
    assert "not valid UTF-8" in response.content.decode()
    assert not Comment.objects.exists()


def test_invalid_utf8_in_a_multipart_form_is_refused(client, thread):
    boundary = "----boundary7"
    parts = []
    for name, value in comment_data(thread, content="xx").items():
        raw = b"caf\xff\xfe" if name == "content" else str(value).encode()
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'.encode()
            + raw
            + b"\r\n"
        )
    body = b"".join(parts) + f"--{boundary}--\r\n".encode()
    response = post_raw(client, body, content_type=f"multipart/form-data; boundary={boundary}")
    assert response.status_code == 400
    assert not Comment.objects.exists()


def test_a_valid_multipart_form_is_accepted(client, thread):
    response = client.post("/comments/post/", comment_data(thread))  # the test client's default
    assert response.status_code == 302
    assert Comment.objects.count() == 1


def test_too_many_fields_are_refused(client, thread):
    body = urlencode(comment_data(thread)).encode() + b"".join(b"&f%d=1" % i for i in range(1200))
    response = post_raw(client, body)
    assert response.status_code == 400
    assert not Comment.objects.exists()


def test_a_malformed_multipart_body_is_a_4xx(client, thread):
    response = post_raw(client, b"--nope\r\ngarbage", content_type="multipart/form-data")
    assert 400 <= response.status_code < 500
    assert not Comment.objects.exists()


@pytest.mark.parametrize("parent", ["abc", "-3", "0", "1e3", "99999999999999999999999"])
def test_a_malformed_parent_is_a_400(client, thread, parent):
    response = client.post("/comments/post/", comment_data(thread, parent=parent))
    assert response.status_code == 400
    assert not Comment.objects.exists()


def test_a_form_whose_thread_field_repeats_is_still_handled(client, thread):
    body = urlencode(comment_data(thread)).encode() + b"&thread=other"
    response = post_raw(client, body)
    assert response.status_code in (302, 400, 404)


def test_a_json_body_to_the_form_endpoint_is_a_4xx(client, thread):
    response = post_raw(client, b'{"content": "hi"}', content_type="application/json")
    assert response.status_code == 404
    assert not Comment.objects.exists()


@pytest.mark.parametrize("key", ["a\x00b", "x" * 300])
def test_a_thread_key_that_cannot_exist_is_a_404_everywhere(client, thread, key):
    # PostgreSQL refuses NUL bytes outright: without care this was a 500 there.
    assert client.get("/api/v1/comments/", {"thread": key}).status_code == 404
    assert client.get("/api/v1/comments/token/", {"thread": key}).status_code == 404
    assert client.post("/comments/post/", {**comment_data(thread), "thread": key}).status_code in (
        400,
        404,
    )
    assert client.get("/articles/a%00b/").status_code == 404
    assert not Comment.objects.exists()
