from __future__ import annotations

import pytest

from comments.models import Comment
from tests.conftest import comment_data

BAD_FIELDS = [
    ({"content": ""}, "Please type your comment.", "Silakan tulis komentar Anda."),
    ({"content": "   \n  "}, "Please type your comment.", "Silakan tulis komentar Anda."),
    ({"content": "a"}, "at least 2 characters", "paling sedikit 2 karakter"),
    ({"content": " a "}, "at least 2 characters", "paling sedikit 2 karakter"),
    ({"content": "x" * 5001}, "at most 5000 characters", "paling banyak 5000 karakter"),
    ({"author_name": ""}, "Please enter your name.", "Silakan isi nama Anda."),
    ({"author_name": "n" * 81}, "at most 80 characters", "paling banyak 80 karakter"),
    ({"author_email": ""}, "Please enter your email address.", "Silakan isi alamat email Anda."),
    ({"author_email": "sari@"}, "valid email address", "alamat email yang valid"),
    (
        {"author_email": "a" * 64 + "@" + ("b" * 62 + ".") * 3 + "com"},
        "at most 254 characters",
        "paling banyak 254 karakter",
    ),
    ({"author_url": "ftp://files.example.com/"}, "http:// or https://", "http:// atau https://"),
    ({"author_url": "javascript:alert(1)"}, "http:// or https://", "http:// atau https://"),
    (
        {"author_url": "https://example.com/" + "p" * 190},
        "at most 200 characters",
        "paling banyak 200 karakter",
    ),
    (
        {"content": "nul\x00byte"},
        "Null characters are not allowed.",
        "Karakter null tidak diizinkan.",
    ),
]


@pytest.mark.parametrize(("fields", "english", "indonesian"), BAD_FIELDS)
def test_each_bad_field_gets_a_clear_message_in_both_languages(
    client, thread, fields, english, indonesian
):
    for language, message in (("en", english), ("id", indonesian)):
        response = client.post(
            "/comments/post/", comment_data(thread, **fields), HTTP_ACCEPT_LANGUAGE=language
        )
        assert response.status_code == 400
        assert message in response.content.decode()
    assert not Comment.objects.exists()


@pytest.mark.parametrize(
    "fields",
    [
        {"content": "ok"},
        {"content": "y" * 5000},
        {"content": "  ok  "},
        {"author_name": "n" * 80},
        {"author_url": "http://example.com/"},
        {"author_url": "https://example.com/" + "p" * 180},
        {"author_email": "Sari.Author+tag@Example.ORG"},
    ],
)
def test_values_at_the_limits_are_accepted(client, thread, fields):
    response = client.post("/comments/post/", comment_data(thread, **fields))
    assert response.status_code == 302
    assert Comment.objects.count() == 1


def test_a_website_without_a_scheme_becomes_https(client, thread):
    client.post("/comments/post/", comment_data(thread, author_url="sari.example"))
    assert Comment.objects.get().author_url == "https://sari.example"
