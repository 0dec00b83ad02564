"""Moderation over the API: who may do what, and that it does it."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group, Permission
from django.test import Client
from rest_framework.authtoken.models import Token

from comments.models import Comment, Decision, Thread
from tests.conftest import make_comment

SECRET = "rahasia.penulis@example.id"


@pytest.fixture
def people(db, django_user_model):
    """Bob moderates, Alice moderates and may see private details, Charlie is an outsider."""
    bob = django_user_model.objects.create_user("bob", password="pw-12345678")
    bob.groups.add(Group.objects.get(name="Moderators"))
    alice = django_user_model.objects.create_user("alice", password="pw-12345678")
    alice.groups.add(Group.objects.get(name="Moderators"))
    alice.user_permissions.add(Permission.objects.get(codename="view_author_private"))
    charlie = django_user_model.objects.create_user("charlie", password="pw-12345678")
    clients = {"anonymous": Client()}
    for user in (bob, alice, charlie):
        clients[user.username] = Client()
        clients[user.username].force_login(user)
    return clients


@pytest.fixture
def pending(thread):
    return make_comment(
        thread,
        status=Comment.Status.PENDING,
        author_email=SECRET,
        ip_address="198.51.100.30",
        content="tolong dicek",
    )


ENDPOINTS = [
    ("get", "/api/v1/moderation/comments/"),
    ("post", "/api/v1/moderation/comments/{pk}/approve/"),
    ("post", "/api/v1/moderation/threads/"),
    ("post", "/api/v1/moderation/threads/demo-article/close/"),
]


@pytest.mark.parametrize(("method", "url"), ENDPOINTS)
@pytest.mark.parametrize("who", ["anonymous", "charlie"])
def test_outsiders_are_refused_everywhere(people, pending, method, url, who):
    response = getattr(people[who], method)(url.format(pk=pending.pk))
    assert response.status_code == 403
    pending.refresh_from_db()
    assert pending.status == Comment.Status.PENDING


def test_the_queue_lists_pending_comments_with_reasons(people, pending):
    Decision.objects.create(
        comment=pending,
        source=Decision.Source.GATE,
        action="hold",
        check_name="links",
        reason="held: 2 links, 2 or more are held",
    )
    body = people["bob"].get("/api/v1/moderation/comments/").json()
    assert body["count"] == 1
    item = body["results"][0]
    assert item["content"] == "tolong dicek"
    assert item["reasons"] == ["held: 2 links, 2 or more are held"]
    assert item["author_email"] is None and item["ip_address"] is None


def test_private_details_need_their_own_permission(people, pending):
    item = people["alice"].get("/api/v1/moderation/comments/").json()["results"][0]
    assert item["author_email"] == SECRET and item["ip_address"] == "198.51.100.30"


def test_the_queue_filters_by_status(people, thread, pending):
    make_comment(thread, status=Comment.Status.SPAM, content="spam ini")
    body = people["bob"].get("/api/v1/moderation/comments/", {"status": "spam"}).json()
    assert [c["content"] for c in body["results"]] == ["spam ini"]
    assert people["bob"].get("/api/v1/moderation/comments/", {"status": "x"}).status_code == 400


@pytest.mark.parametrize(
    ("action", "status"),
    [("approve", "approved"), ("spam", "spam"), ("ham", "approved"), ("trash", "trash")],
)
def test_each_action_changes_the_status_and_records_it(people, pending, action, status):
    response = people["bob"].post(f"/api/v1/moderation/comments/{pending.pk}/{action}/")
    assert response.status_code == 200
    assert response.json()["status"] == status
    decision = Decision.objects.get(comment=pending, source=Decision.Source.HUMAN)
    assert decision.action == action and decision.check_name == "api"


def test_unknown_actions_and_comments_are_404(people, pending):
    assert people["bob"].post(f"/api/v1/moderation/comments/{pending.pk}/nuke/").status_code == 404
    assert people["bob"].post("/api/v1/moderation/comments/999999/approve/").status_code == 404


def test_token_authentication_works(people, pending, django_user_model):
    token = Token.objects.create(user=django_user_model.objects.get(username="bob"))
    response = Client().post(
        f"/api/v1/moderation/comments/{pending.pk}/approve/",
        HTTP_AUTHORIZATION=f"Token {token.key}",
    )
    assert response.status_code == 200


def test_threads_are_created_closed_and_opened(people, thread):
    created = people["bob"].post(
        "/api/v1/moderation/threads/",
        {
            "key": "artikel-baru",
            "title": "Artikel baru",
            "url": "https://koran.example/artikel-baru",
        },
        content_type="application/json",
    )
    assert created.status_code == 201
    assert Thread.objects.get(key="artikel-baru").is_open
    duplicate = people["bob"].post(
        "/api/v1/moderation/threads/",
        {"key": "artikel-baru", "title": "Lagi"},
        content_type="application/json",
    )
    assert duplicate.status_code == 400
    closed = people["bob"].post("/api/v1/moderation/threads/artikel-baru/close/")
    assert closed.status_code == 200 and closed.json()["is_open"] is False
    assert people["bob"].post("/api/v1/moderation/threads/artikel-baru/open/").json()["is_open"]
    assert people["bob"].post("/api/v1/moderation/threads/nope/close/").status_code == 404
