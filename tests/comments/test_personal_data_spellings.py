"""Export and erasure by email find a person's comments whatever spelling they typed."""

from __future__ import annotations

import importlib

from django.apps import apps

from comments import personal_data
from comments.models import Comment
from moderation.models import PrivacyRequest
from tests.conftest import comment_data, make_comment

SPELLINGS = ["ann\u200b@example.com", "ann@ｅｘａｍｐｌｅ.com", "Ann@Example.com"]


def post_as_ann(client, thread):
    for n, email in enumerate(SPELLINGS):
        data = comment_data(thread, author_email=email, content=f"Komentar Ann nomor {n}.")
        assert client.post("/comments/post/", data).status_code == 302
    make_comment(thread, author_email="anna@example.com", content="Bukan punya Ann.")


def test_it_exports_comments_posted_with_every_spelling(client, thread):
    post_as_ann(client, thread)
    for asked in ("ann@example.com", "ann@ｅｘａｍｐｌｅ.com"):
        exported = personal_data.export(asked, actor="test")
        assert len(exported["comments"]) == 3
        assert "Bukan punya Ann." not in str(exported)
    digests = set(PrivacyRequest.objects.values_list("email_digest", flat=True))
    assert len(digests) == 1


def test_it_erases_comments_posted_with_every_spelling(client, thread):
    post_as_ann(client, thread)
    assert personal_data.erase("ann@example.com", actor="test") == 3
    assert set(Comment.objects.values_list("author_email", flat=True)) == {"", "anna@example.com"}


def test_old_rows_are_canonicalised_so_export_finds_them(thread):
    for n, email in enumerate(SPELLINGS):
        make_comment(thread, author_email=email, content=f"Komentar lama nomor {n}.")
    make_comment(thread, author_email="anna@example.com", content="Bukan punya Ann.")
    migration = importlib.import_module("comments.migrations.0010_canonical_author_emails")
    migration.canonicalise(apps, None)
    assert set(Comment.objects.values_list("author_email", flat=True)) == {
        "ann@example.com",
        "anna@example.com",
    }
    assert len(personal_data.export("ann@example.com", actor="test")["comments"]) == 3
