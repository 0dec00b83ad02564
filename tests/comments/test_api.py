"""The public REST API: list, post, edit and delete your own, the form token, CORS, the schema."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from django.utils import timezone

from comments.models import Comment, Decision
from moderation.models import Rule
from tests.conftest import make_comment, shown_form_token

EMAIL = "pembaca.api@example.id"


def payload(into, **overrides):
    data = {
        "thread": into.key,
        "author_name": "Rina",
        "author_email": EMAIL,
        "author_url": "",
        "content": "Lewat API juga bisa, mantap.",
        "form_token": shown_form_token(into),
    }
    data.update(overrides)
    return data


def post(client, into, **overrides):
    headers = {k: overrides.pop(k) for k in list(overrides) if k.isupper()}
    return client.post(
        "/api/v1/comments/",
        payload(into, **overrides),
        content_type="application/json",
        **headers,
    )


def test_the_list_has_published_comments_only_in_reading_order(client, thread):
    first = make_comment(thread, content="pertama")
    reply = make_comment(thread, parent=first, content="balasan")
    make_comment(thread, status=Comment.Status.PENDING, content="ditahan")
    make_comment(thread, status=Comment.Status.SPAM, content="spam")
    body = client.get("/api/v1/comments/", {"thread": thread.key}).json()
    assert body["count"] == 2
    assert [c["content"] for c in body["results"]] == ["pertama", "balasan"]
    assert body["results"][1]["parent"] == first.pk
    assert set(body["results"][0]) == {
        "id",
        "parent",
        "author_name",
        "author_url",
        "avatar",
        "content",
        "created",
        "featured",
    }
    assert body["results"][1]["avatar"] == f"/avatars/{reply.avatar_key}.svg"


def test_the_list_is_paginated(client, thread):
    for n in range(55):
        make_comment(thread, content=f"komentar {n}", author_email=f"r{n}@example.id")
    first = client.get("/api/v1/comments/", {"thread": thread.key}).json()
    assert len(first["results"]) == 50 and first["next"]
    second = client.get(first["next"]).json()
    assert len(second["results"]) == 5


def test_an_unknown_thread_is_a_404(client, db):
    assert client.get("/api/v1/comments/", {"thread": "nope"}).status_code == 404
    assert client.get("/api/v1/comments/").status_code == 404


def test_posting_a_good_comment_answers_201_approved(client, thread):
    response = post(client, thread)
    body = response.json()
    assert response.status_code == 201
    assert body["status"] == "approved"
    assert body["comment"]["content"] == "Lewat API juga bisa, mantap."
    assert len(body["edit_token"]) > 20
    comment = Comment.objects.get(pk=body["id"])
    assert comment.author_email == EMAIL and comment.edit_secret_hash != body["edit_token"]


def test_a_held_comment_answers_pending(client, thread):
    body = post(client, thread, form_token="").json()
    assert body["status"] == "pending" and body["comment"] is None


def test_a_spam_verdict_also_answers_pending(client, thread):
    Rule.objects.create(kind=Rule.Kind.DISALLOWED, pattern="gacor")
    body = post(client, thread, content="slot gacor hari ini").json()
    assert body["status"] == "pending"
    assert Comment.objects.get(pk=body["id"]).status == Comment.Status.SPAM


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"content": "x"}, "content", "at least 2 characters"),
        ({"author_name": ""}, "author_name", "Please enter your name."),
        ({"author_email": "nope"}, "author_email", "valid email address"),
        ({"author_url": "javascript:alert(1)"}, "author_url", "http:// or https://"),
        ({"parent": 999999}, "parent", "does not exist in this discussion"),
        ({"thread": "nope"}, "thread", "no discussion with this key"),
    ],
)
def test_bad_fields_are_400_with_field_errors(client, thread, fields, field, message):
    response = post(client, thread, HTTP_ACCEPT_LANGUAGE="en", **fields)
    assert response.status_code == 400
    assert any(message in error for error in response.json()[field])
    assert not Comment.objects.exists()


def test_field_errors_follow_the_language(client, thread):
    response = post(client, thread, author_name="", HTTP_ACCEPT_LANGUAGE="id")
    assert response.json()["author_name"] == ["Silakan isi nama Anda."]


@pytest.mark.parametrize(
    "body", [b"{not json", b"[]", b'{"content": 5}', "\ud800".encode("utf-8", "surrogatepass")]
)
def test_malformed_bodies_are_400(client, thread, body):
    response = client.generic("POST", "/api/v1/comments/", body, content_type="application/json")
    assert response.status_code == 400
    assert not Comment.objects.exists()


def test_a_closed_thread_is_403(client, thread):
    thread.is_open = False
    thread.save()
    response = post(client, thread, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 403
    assert response.json() == {"detail": "Comments are closed for this article.", "code": "closed"}


def test_a_duplicate_is_409(client, thread, tune_gate):
    tune_gate(flood_interval=0)
    post(client, thread)
    response = post(client, thread, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 409
    assert response.json()["code"] == "duplicate"


def test_too_fast_is_429_with_retry_after(client, thread, tune_gate):
    tune_gate(ip_rates=["100/m"], email_rates=["100/m"], flood_interval=15)
    post(client, thread, content="satu")
    response = post(client, thread, content="dua", author_email="lain@example.id")
    assert response.status_code == 429
    assert 1 <= int(response["Retry-After"]) <= 15
    assert response.json()["code"] == "rate_limited"


def test_the_author_edits_within_the_window_and_the_gate_reviews_again(client, thread):
    created = post(client, thread).json()
    url = f"/api/v1/comments/{created['id']}/"
    token = {"HTTP_X_EDIT_TOKEN": created["edit_token"]}
    response = client.patch(
        url, {"content": "Sudah saya perbaiki."}, content_type="application/json", **token
    )
    assert response.status_code == 200 and response.json()["status"] == "approved"
    assert Comment.objects.get().content == "Sudah saya perbaiki."
    Rule.objects.create(kind=Rule.Kind.DISALLOWED, pattern="maxwin")
    response = client.patch(
        url, {"content": "ganti jadi maxwin"}, content_type="application/json", **token
    )
    assert response.json()["status"] == "pending"
    comment = Comment.objects.get()
    assert comment.status == Comment.Status.SPAM
    assert "edit: spam: disallowed key 'maxwin' in content" in list(
        comment.decisions.values_list("reason", flat=True)
    )


def test_an_edit_keeps_the_field_rules(client, thread):
    created = post(client, thread).json()
    response = client.patch(
        f"/api/v1/comments/{created['id']}/",
        {"content": "x"},
        content_type="application/json",
        HTTP_X_EDIT_TOKEN=created["edit_token"],
    )
    assert response.status_code == 400
    assert "content" in response.json()


def test_editing_needs_the_token_and_the_window(client, thread):
    created = post(client, thread).json()
    url = f"/api/v1/comments/{created['id']}/"
    edit = {"content": "coba ubah"}
    assert client.patch(url, edit, content_type="application/json").status_code == 403
    assert (
        client.patch(
            url, edit, content_type="application/json", HTTP_X_EDIT_TOKEN="wrong"
        ).status_code
        == 403
    )
    Comment.objects.update(created=timezone.now() - timedelta(minutes=16))
    assert (
        client.patch(
            url, edit, content_type="application/json", HTTP_X_EDIT_TOKEN=created["edit_token"]
        ).status_code
        == 403
    )
    assert client.delete(url, HTTP_X_EDIT_TOKEN=created["edit_token"]).status_code == 403
    assert Comment.objects.get().content == "Lewat API juga bisa, mantap."
    assert (
        client.patch(
            "/api/v1/comments/999999/", edit, content_type="application/json", HTTP_X_EDIT_TOKEN="x"
        ).status_code
        == 404
    )


def test_the_author_deletes_within_the_window(client, thread):
    created = post(client, thread).json()
    response = client.delete(
        f"/api/v1/comments/{created['id']}/", HTTP_X_EDIT_TOKEN=created["edit_token"]
    )
    assert response.status_code == 204
    comment = Comment.objects.get()
    assert comment.status == Comment.Status.TRASH
    assert comment.decisions.filter(source=Decision.Source.AUTHOR).exists()
    assert client.get("/api/v1/comments/", {"thread": thread.key}).json()["count"] == 0


def test_cors_allows_the_configured_origins_only(client, thread, settings):
    settings.CORS_ALLOWED_ORIGINS = ["https://blog.example"]
    allowed = client.get(
        "/api/v1/comments/", {"thread": thread.key}, HTTP_ORIGIN="https://blog.example"
    )
    assert allowed["Access-Control-Allow-Origin"] == "https://blog.example"
    other = client.get(
        "/api/v1/comments/", {"thread": thread.key}, HTTP_ORIGIN="https://evil.example"
    )
    assert "Access-Control-Allow-Origin" not in other
    preflight = client.options(
        "/api/v1/comments/",
        HTTP_ORIGIN="https://blog.example",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="content-type",
    )
    assert preflight.status_code == 200
    assert "Retry-After" in allowed["Access-Control-Expose-Headers"]


def test_the_schema_and_the_docs_are_served_without_third_parties(client, db):
    schema = client.get("/api/v1/schema/", HTTP_ACCEPT="application/json")
    assert schema.status_code == 200
    paths = json.loads(schema.content)["paths"]
    for path in (
        "/api/v1/comments/",
        "/api/v1/comments/{id}/",
        "/api/v1/comments/token/",
        "/api/v1/moderation/comments/",
    ):
        assert path in paths
    docs = client.get("/api/v1/docs/").content.decode()
    assert "swagger" in docs.lower()
    assert "cdn." not in docs and "unpkg" not in docs and "jsdelivr" not in docs


def test_an_oversized_body_is_refused_before_parsing(client, thread):
    body = ('{"content": "' + "x" * 70_000 + '"}').encode()
    response = client.generic("POST", "/api/v1/comments/", body, content_type="application/json")
    assert response.status_code == 413
    assert response.json()["code"] == "too_large"
    assert not Comment.objects.exists()


def test_html_pages_carry_a_content_security_policy(client, thread):
    for url in ("/", "/articles/missing/"):
        policy = client.get(url)["Content-Security-Policy"]
        assert "script-src 'self'" in policy and "object-src 'none'" in policy
