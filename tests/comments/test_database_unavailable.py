"""A database that is restarting answers 503 with Retry-After, never a 500."""

from __future__ import annotations

from django.db import OperationalError

from tests.conftest import comment_data


def broken(*args, **kwargs):
    raise OperationalError("the connection is closed")


def test_the_form_answers_503_with_retry_after(client, thread, monkeypatch):
    monkeypatch.setattr("comments.views.posting.submit_comment", broken)
    response = client.post("/comments/post/", comment_data(thread), HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 503
    assert response["Retry-After"] == "5"
    assert "Nothing was saved" in response.content.decode()


def test_the_api_answers_503_with_retry_after(client, thread, monkeypatch):
    monkeypatch.setattr("comments.api.views.submit_comment", broken)
    body = {**comment_data(thread), "parent": None}
    response = client.post("/api/v1/comments/", body, content_type="application/json")
    assert response.status_code == 503
    assert response["Retry-After"] == "5"
    assert response.json()["code"] == "unavailable"
