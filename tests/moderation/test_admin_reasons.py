from __future__ import annotations

import pytest
from django.test import Client

from comments.models import Comment
from moderation.models import Rule
from tests.moderation.conftest import post_comment


@pytest.fixture
def moderator_client(django_user_model) -> Client:
    user = django_user_model.objects.create_superuser("moderator", "mod@example.id", "pw-1234567")
    client = Client(headers={"accept-language": "en"})
    client.force_login(user)
    return client


def test_the_admin_shows_every_reason_of_a_comment(client, moderator_client, thread):
    post_comment(client, thread, form_token="", content="a.example.com dan b.example.com")
    comment = Comment.objects.get()
    html = moderator_client.get(f"/admin/comments/comment/{comment.pk}/change/").content.decode()
    assert "held: no form token (the form was not loaded from this site)" in html
    assert "held: 2 links, 2 or more are held" in html
    assert "form_token" in html and "links" in html


def test_the_comment_list_shows_the_main_reason(client, moderator_client, thread):
    post_comment(client, thread, form_token="")
    html = moderator_client.get("/admin/comments/comment/", follow=True).content.decode()
    assert "held: no form token" in html


def test_rules_are_editable_in_the_admin(moderator_client, db):
    response = moderator_client.post(
        "/admin/moderation/rule/add/",
        {
            "kind": "disallowed",
            "pattern": "maxwin",
            "note": "judol",
            "enabled": "on",
            "created_0": "2026-01-01",
            "created_1": "00:00:00",
        },
    )
    assert response.status_code == 302
    assert Rule.objects.get().pattern == "maxwin"


def test_the_gate_policy_switch_is_in_the_admin(moderator_client, db):
    response = moderator_client.post("/admin/moderation/gatepolicy/add/", {"hold_all": "on"})
    assert response.status_code == 302
    from moderation.models import GatePolicy

    assert GatePolicy.current().hold_all is True
