"""A one-click link in a moderator's email works once, and only on the comment it was sent about."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth.models import Group
from django.core import mail, signing

from comments.models import Comment, Decision
from comments.services import ModerationAction, moderate
from moderation.models import GatePolicy
from tests.conftest import comment_data


def moderator(django_user_model, name):
    user = django_user_model.objects.create_user(name, f"{name}@news.example", "pw-12345678")
    user.groups.add(Group.objects.get(name="Moderators"))
    return user


@pytest.fixture
def bob(django_user_model):
    return moderator(django_user_model, "bob")


@pytest.fixture
def held(client, thread, bob, django_capture_on_commit_callbacks):
    GatePolicy.objects.create(hold_all=True)
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/comments/post/", comment_data(thread, content="Tolong dicek dulu ya."))
    return Comment.objects.get()


def links_to(user) -> dict[str, str]:
    (message,) = [m for m in mail.outbox if m.to == [user.email]]
    return dict(re.findall(r"^(Approve|Spam): http://[^/]+(/\S+)$", str(message.body), re.M))


def human_decisions(comment):
    return Decision.objects.filter(comment=comment, source=Decision.Source.HUMAN).count()


def test_it_acts_the_first_time_a_link_is_used(client, bob, held):
    response = client.post(links_to(bob)["Approve"], HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    assert "Done: the comment is now Approved." in response.content.decode()
    held.refresh_from_db()
    assert held.is_published


def test_it_refuses_a_link_used_before_even_when_the_comment_is_held_again(client, bob, held):
    links = links_to(bob)
    assert client.post(links["Approve"]).status_code == 200
    # An author's edit can hold the comment again: the old email must not decide it a second time.
    Comment.objects.filter(pk=held.pk).update(status=Comment.Status.PENDING)
    for link in (links["Approve"], links["Spam"]):
        response = client.post(link, HTTP_ACCEPT_LANGUAGE="en")
        assert response.status_code == 410
        assert "This link was already used" in response.content.decode()
        assert client.get(link).status_code == 410
    page = client.get(links["Approve"], HTTP_ACCEPT_LANGUAGE="id")
    assert "Tautan ini sudah dipakai" in page.content.decode()
    held.refresh_from_db()
    assert held.is_pending
    assert human_decisions(held) == 1


def test_it_refuses_a_link_once_another_moderator_decided(
    client, bob, held, django_user_model, django_capture_on_commit_callbacks
):
    alice = moderator(django_user_model, "alice")
    moderate(held, ModerationAction.TRASH, alice)
    approve = links_to(bob)["Approve"]
    page = client.get(approve, HTTP_ACCEPT_LANGUAGE="en")
    assert page.status_code == 409
    response = client.post(approve, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 409
    assert "already decided" in response.content.decode()
    held.refresh_from_db()
    assert held.status == Comment.Status.TRASH
    assert human_decisions(held) == 1


def test_it_refuses_a_tampered_link(client, bob, held):
    approve = links_to(bob)["Approve"]
    token = approve.rstrip("/").rsplit("/", 1)[1]
    payload = signing.loads(token, salt="comments.email-moderation")
    forged = signing.dumps(payload, key="not-the-secret-key", salt="comments.email-moderation")
    flipped = token[:5] + ("A" if token[5] != "A" else "B") + token[6:]
    for bad in (forged, flipped):
        assert client.post(f"/moderation/email/{bad}/").status_code == 400
    held.refresh_from_db()
    assert held.is_pending
    assert client.post(approve).status_code == 200
