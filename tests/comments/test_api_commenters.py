"""The commenter page over the API: GET a commenter, POST a note; for moderators only, emails
only with view_author_private (issue 14)."""

from __future__ import annotations

import json

import pytest
from django.test import Client
from openapi_core import OpenAPI
from openapi_core.contrib.django import DjangoOpenAPIRequest, DjangoOpenAPIResponse

from comments import banning, commenters
from comments.models import Comment, CommenterNote, Report
from moderation.identity import commenter_digest
from moderation.models import Ban
from tests.conftest import make_comment

EMAIL = "rahasia.penulis@example.id"
DIGEST = commenter_digest(EMAIL)


def url(digest: str = DIGEST) -> str:
    return f"/api/v1/moderation/authors/{digest}/"


def notes_url(digest: str = DIGEST) -> str:
    return f"{url(digest)}notes/"


def post_note(client: Client, text: object, digest: str = DIGEST):
    return client.post(notes_url(digest), {"text": text}, content_type="application/json")


@pytest.fixture
def theirs(thread) -> Comment:
    make_comment(thread, author_email=EMAIL, status=Comment.Status.SPAM, content="Slot gacor.")
    comment = make_comment(
        thread, author_email=EMAIL, ip_address="198.51.100.30", content="Komentar terbaru."
    )
    Report.objects.create(comment=comment, reason="abuse", note="Kasar.", reporter="r" * 64)
    return comment


@pytest.mark.parametrize("who", ["anonymous", "outsider"])
def test_outsiders_may_neither_read_nor_write(request, db, theirs, who):
    client = Client() if who == "anonymous" else request.getfixturevalue(who)
    assert client.get(url()).status_code in (401, 403)
    assert post_note(client, "Catatan.").status_code in (401, 403)
    assert not CommenterNote.objects.exists()


def test_a_moderator_reads_the_commenter_without_emails(moderator, theirs):
    response = moderator.get(url())
    assert response.status_code == 200
    body = response.json()
    assert body["digest"] == DIGEST
    assert body["emails"] is None
    assert body["counts"] == {"pending": 0, "approved": 1, "spam": 1, "trash": 0}
    assert body["record"] == {"approved": 1, "rejected": 1, "decided": 2, "rejection_rate": 0.5}
    assert body["reports_by_reason"] == {"abuse": 1}
    assert body["recent_reports"][0]["comment"] == theirs.pk
    assert "reporter" not in body["recent_reports"][0]
    latest = body["recent_comments"][0]
    assert latest["content"] == "Komentar terbaru."
    assert latest["author_email"] is None and latest["ip_address"] is None
    assert EMAIL not in response.content.decode()
    assert "198.51.100.30" not in response.content.decode()


def test_emails_need_the_permission_to_see_them(privileged, theirs):
    body = privileged.get(url()).json()
    assert body["emails"] == [EMAIL]
    assert body["recent_comments"][0]["author_email"] == EMAIL


def test_it_shows_active_bans_and_notes(moderator, theirs):
    active = banning.ban(Ban.Kind.COMMENTER, EMAIL, reason="Spam berulang")
    banning.ban(Ban.Kind.NETWORK, "198.51.100.0/24")  # not a ban of this commenter
    commenters.add_note(DIGEST, "Sudah diperingatkan sekali.", None)
    body = moderator.get(url()).json()
    assert [b["id"] for b in body["bans"]] == [active.pk]
    assert body["bans"][0]["reason"] == "Spam berulang"
    assert [n["text"] for n in body["notes"]] == ["Sudah diperingatkan sekali."]
    assert body["notes"][0]["written_by"] is None


def test_a_moderator_adds_a_note(moderator, theirs):
    response = post_note(moderator, "  Sering memakai tautan pendek.  ")
    assert response.status_code == 201
    body = response.json()
    assert body["text"] == "Sering memakai tautan pendek."
    assert body["written_by"] == "bob"
    note = CommenterNote.objects.get()
    assert (note.pk, note.commenter) == (body["id"], DIGEST)
    assert [n["id"] for n in moderator.get(url()).json()["notes"]] == [note.pk]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "This field may not be blank."),
        ("   ", "This field may not be blank."),
        ("x" * 1001, "Ensure this field has no more than 1000 characters."),
        ("a\x00b", "Null characters are not allowed."),
    ],
)
def test_an_empty_or_overlong_note_is_refused_with_a_reason(moderator, theirs, text, message):
    response = post_note(moderator, text)
    assert response.status_code == 400
    assert response.json() == {"text": [message]}
    assert not CommenterNote.objects.exists()


def test_a_note_without_text_or_not_an_object_is_refused(moderator, theirs):
    missing = moderator.post(notes_url(), {}, content_type="application/json")
    assert missing.status_code == 400
    assert missing.json() == {"text": ["This field is required."]}
    listed = moderator.post(notes_url(), ["teks"], content_type="application/json")
    assert listed.status_code == 400
    assert not CommenterNote.objects.exists()


@pytest.mark.parametrize(
    "digest", [commenter_digest("tidak.ada@example.id"), "bukan-digest", "A" * 64, "0" * 65]
)
def test_an_unknown_or_malformed_commenter_is_not_found(moderator, theirs, digest):
    response = moderator.get(url(digest))
    assert response.status_code == 404
    assert response.json()["code"] == "not_found"
    assert post_note(moderator, "Catatan.", digest).status_code == 404
    assert not CommenterNote.objects.exists()


def test_the_moderation_queue_names_each_comments_commenter(moderator, thread):
    make_comment(thread, author_email=EMAIL, status=Comment.Status.PENDING)
    item = moderator.get("/api/v1/moderation/comments/").json()["results"][0]
    assert item["author_digest"] == DIGEST
    assert moderator.get(url(item["author_digest"])).status_code == 200


def test_the_answers_match_the_schema(moderator, privileged, theirs):
    schema = moderator.get("/api/v1/schema/", HTTP_ACCEPT="application/json")
    openapi = OpenAPI.from_dict(json.loads(schema.content))
    banning.ban(Ban.Kind.COMMENTER, EMAIL)
    commenters.add_note(DIGEST, "Catatan lama.", None)
    for response in [
        moderator.get(url()),
        privileged.get(url()),
        post_note(moderator, "Catatan baru."),
        post_note(moderator, ""),
        moderator.get(url("0" * 64)),
    ]:
        openapi.validate_response(
            DjangoOpenAPIRequest(response.wsgi_request), DjangoOpenAPIResponse(response)
        )
