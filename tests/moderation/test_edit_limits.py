"""Edits are rate-limited like posts, in counters of their own (issue 12, finding 15)."""

from __future__ import annotations

from tests.conftest import comment_data

EDITOR = "198.51.100.40"


def post(client, thread):
    data = {**comment_data(thread), "parent": None}
    response = client.post(
        "/api/v1/comments/", data, content_type="application/json", REMOTE_ADDR=EDITOR
    )
    assert response.status_code == 201, response.content
    return response.json()


def edit(client, created, n: int):
    return client.patch(
        f"/api/v1/comments/{created['id']}/",
        {"content": f"Perbaikan kecil nomor {n} untuk komentar saya."},
        content_type="application/json",
        HTTP_X_EDIT_TOKEN=created["edit_token"],
        REMOTE_ADDR=EDITOR,
    )


def test_edits_past_the_address_rate_are_refused_with_retry_after(client, thread, tune_gate):
    tune_gate(ip_rates=["3/m"], email_rates=[], flood_interval=0)
    created = post(client, thread)
    statuses = [edit(client, created, n).status_code for n in range(4)]
    assert statuses == [200, 200, 200, 429]
    refused = edit(client, created, 9)
    assert int(refused["Retry-After"]) > 0


def test_edits_past_the_email_rate_are_refused(client, thread, tune_gate):
    tune_gate(ip_rates=[], email_rates=["2/m"], flood_interval=0)
    created = post(client, thread)
    assert [edit(client, created, n).status_code for n in range(3)] == [200, 200, 429]


def test_an_edit_right_after_posting_is_not_a_flood(client, thread, tune_gate):
    tune_gate(ip_rates=["5/m"], email_rates=["3/m"], flood_interval=15)
    created = post(client, thread)
    assert edit(client, created, 1).status_code == 200


def test_edits_do_not_use_up_the_posting_allowance(client, thread, tune_gate):
    tune_gate(ip_rates=["2/m"], email_rates=[], flood_interval=0)
    created = post(client, thread)
    assert edit(client, created, 1).status_code == 200
    assert edit(client, created, 2).status_code == 200
    data = {**comment_data(thread, content="Komentar kedua saya, topik lain."), "parent": None}
    second = client.post(
        "/api/v1/comments/", data, content_type="application/json", REMOTE_ADDR=EDITOR
    )
    assert second.status_code == 201
