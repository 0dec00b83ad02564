"""An author's edit never publishes what the gate or a moderator kept back.

An edit skips the bot traps (it carries the secret given at creation instead), so a comment held
for "no form token" came out approved after one PATCH with the same text (issue 12, finding 3).
An edit is reviewed again and can only keep or raise what was decided: held stays held.
"""

from __future__ import annotations

import pytest

from comments.models import Comment, Decision
from comments.services import ModerationAction, moderate
from tests.conftest import comment_data

TEXT = "Jadwal kapal ke pulau minggu depan sudah keluar belum, ya?"


@pytest.fixture(autouse=True)
def no_rate_limits(tune_gate) -> None:
    tune_gate(ip_rates=[], email_rates=[], flood_interval=0)


def post(client, thread, **overrides):
    data = {**comment_data(thread, content=TEXT), "parent": None, **overrides}
    response = client.post("/api/v1/comments/", data, content_type="application/json")
    assert response.status_code == 201, response.content
    return response.json()


def edit(client, created, content: str = TEXT):
    return client.patch(
        f"/api/v1/comments/{created['id']}/",
        {"content": content},
        content_type="application/json",
        HTTP_X_EDIT_TOKEN=created["edit_token"],
    )


def test_an_edit_does_not_publish_a_comment_held_for_no_form_token(client, thread):
    created = post(client, thread, form_token="")
    assert created["status"] == "pending"
    response = edit(client, created)
    assert response.status_code == 200
    assert response.json()["status"] == "pending"
    assert Comment.objects.get(pk=created["id"]).status == Comment.Status.PENDING
    shown = client.get("/api/v1/comments/", {"thread": thread.key}).json()["results"]
    assert shown == []


def test_an_edit_with_new_text_keeps_the_hold_and_says_why(client, thread):
    created = post(client, thread, form_token="")
    assert edit(client, created, "Jadwalnya sudah saya temukan, terima kasih.").status_code == 200
    comment = Comment.objects.get(pk=created["id"])
    assert comment.status == Comment.Status.PENDING
    assert comment.content == "Jadwalnya sudah saya temukan, terima kasih."
    reasons = list(comment.decisions.values_list("reason", flat=True))
    assert any(reason.startswith("edit: ") and "held before" in reason for reason in reasons)


def test_an_edit_of_a_comment_a_moderator_approved_stays_published(client, thread):
    created = post(client, thread, form_token="")
    moderate(Comment.objects.get(pk=created["id"]), ModerationAction.APPROVE, None)
    response = edit(client, created, "Sudah ketemu jadwalnya di situs pelabuhan.")
    assert response.json()["status"] == "approved"
    assert Comment.objects.get(pk=created["id"]).status == Comment.Status.APPROVED


def test_an_edit_of_an_approved_comment_can_still_be_held(client, thread):
    created = post(client, thread)
    assert created["status"] == "approved"
    from moderation.models import Rule

    Rule.objects.create(kind=Rule.Kind.MODERATION, pattern="pelabuhan")
    response = edit(client, created, "Tanya saja ke kantor pelabuhan.")
    assert response.json()["status"] == "pending"
    assert Decision.objects.filter(comment_id=created["id"], action="hold").exists()
