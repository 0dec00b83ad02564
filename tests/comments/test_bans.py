"""Bans and suspensions: refused at the gate with a clear message, nothing stored; "ban and
remove their comments" and its undo (issue 14)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from comments import banning
from comments.models import Comment
from moderation.models import Ban
from tests.conftest import comment_data, make_comment


@pytest.fixture(autouse=True)
def no_rate_limits(tune_gate) -> None:
    tune_gate(ip_rates=[], email_rates=[], flood_interval=0)


def post(client, thread, email="dilarang@example.id", address="198.51.100.9", lang="en"):
    data = {**comment_data(thread, author_email=email), "parent": None}
    return client.post(
        "/api/v1/comments/",
        data,
        content_type="application/json",
        REMOTE_ADDR=address,
        HTTP_ACCEPT_LANGUAGE=lang,
    )


def test_a_banned_commenter_is_refused_with_the_reason_and_nothing_is_stored(client, thread):
    banning.ban(Ban.Kind.COMMENTER, "dilarang@example.id", reason="Berulang kali menghina.")
    response = post(client, thread)
    assert response.status_code == 403
    body = response.json()
    assert body["code"] == "banned"
    assert body["detail"] == "You cannot comment on this site. Reason: Berulang kali menghina."
    assert not Comment.objects.exists()


def test_another_spelling_of_the_mailbox_is_banned_too(client, thread):
    banning.ban(Ban.Kind.COMMENTER, "di.larang+x@gmail.com")
    assert post(client, thread, email="dilarang@googlemail.com").status_code == 403


def test_a_suspension_says_until_when_in_the_readers_language_and_ends(client, thread):
    until = timezone.now() + timedelta(days=10)
    made = banning.ban(Ban.Kind.COMMENTER, "dilarang@example.id", until=until)
    indonesian = post(client, thread, lang="id").json()["detail"]
    assert indonesian.startswith("Anda tidak dapat berkomentar sampai")
    Ban.objects.filter(pk=made.pk).update(until=timezone.now() - timedelta(seconds=1))
    assert post(client, thread).status_code == 201


@pytest.mark.parametrize(
    ("network", "address", "refused"),
    [
        ("203.0.113.0/24", "203.0.113.77", True),
        ("203.0.113.0/24", "203.0.114.1", False),
        ("2001:db8:1:2::/64", "2001:db8:1:2::abcd", True),
        ("198.51.100.9", "198.51.100.9", True),
    ],
)
def test_a_network_ban(client, thread, network, address, refused):
    banning.ban(Ban.Kind.NETWORK, network)
    assert (post(client, thread, address=address).status_code == 403) is refused


def test_ban_and_remove_their_comments_then_undo(thread, client):
    first = make_comment(thread, author_email="pengganggu@example.id", content="Satu.")
    held = make_comment(thread, author_email="pengganggu@example.id", status=Comment.Status.PENDING)
    other = make_comment(thread, author_email="pembaca.baik@example.id", content="Baik.")
    made = banning.ban_author_and_remove(first, reason="Spam berulang", actor="bob")
    assert Comment.objects.get(pk=first.pk).status == Comment.Status.TRASH
    assert Comment.objects.get(pk=held.pk).status == Comment.Status.TRASH
    assert Comment.objects.get(pk=other.pk).status == Comment.Status.APPROVED
    shown = client.get("/api/v1/comments/", {"thread": thread.key}).json()["results"]
    assert [c["id"] for c in shown] == [other.pk]
    assert banning.lift(made, "bob") == 2
    assert Comment.objects.get(pk=first.pk).status == Comment.Status.APPROVED
    assert Comment.objects.get(pk=held.pk).status == Comment.Status.PENDING
    assert not Ban.objects.exists()


def test_the_bans_api_for_moderators_only(moderator, outsider, thread):
    assert outsider.get("/api/v1/moderation/bans/").status_code == 403
    made = moderator.post(
        "/api/v1/moderation/bans/",
        {"email": "dilarang@example.id", "reason": "Menghina"},
        content_type="application/json",
    )
    assert made.status_code == 201
    body = made.json()
    assert body["kind"] == "commenter" and "dilarang" not in body["value"]
    assert len(moderator.get("/api/v1/moderation/bans/").json()) == 1
    both = moderator.post(
        "/api/v1/moderation/bans/",
        {"email": "a@example.id", "network": "203.0.113.0/24"},
        content_type="application/json",
    )
    assert both.status_code == 400
    bad = moderator.post(
        "/api/v1/moderation/bans/", {"network": "not-a-net"}, content_type="application/json"
    )
    assert "network" in bad.json()
    assert moderator.delete(f"/api/v1/moderation/bans/{body['id']}/").status_code == 204
    assert not Ban.objects.exists()


def test_the_admin_action_bans_and_removes(moderator, thread):
    comment = make_comment(thread, author_email="pengganggu@example.id")
    response = moderator.post(
        "/admin/comments/comment/?status__exact=approved",
        {"action": "ban_authors", "_selected_action": [comment.pk]},
    )
    assert response.status_code == 302
    assert Ban.objects.get().kind == Ban.Kind.COMMENTER
    assert Comment.objects.get(pk=comment.pk).status == Comment.Status.TRASH


def test_a_moderator_lists_and_lifts_bans_in_the_admin(moderator, outsider, thread):
    comment = make_comment(thread, author_email="pengganggu@example.id")
    made = banning.ban_author_and_remove(comment, reason="Kasar.", actor="bob")
    assert outsider.get("/admin/moderation/ban/").status_code == 403
    listing = moderator.get("/admin/moderation/ban/")
    assert listing.status_code == 200 and "Kasar." in listing.content.decode()
    # Django's "Delete selected" would leave the removed comments in the trash: lifting it is.
    assert "delete_selected" not in listing.content.decode()
    response = moderator.post(
        "/admin/moderation/ban/",
        {"action": "lift_bans", "_selected_action": [made.pk]},
        follow=True,
    )
    assert "Lifted 1 ban." in response.content.decode()
    assert "1 removed comment went back where it was." in response.content.decode()
    assert not Ban.objects.exists()
    assert Comment.objects.get(pk=comment.pk).status == Comment.Status.APPROVED


def test_deleting_a_ban_in_the_admin_lifts_it(moderator, thread):
    comment = make_comment(thread, author_email="pengganggu@example.id")
    made = banning.ban_author_and_remove(comment, actor="bob")
    response = moderator.post(f"/admin/moderation/ban/{made.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302
    assert not Ban.objects.exists()
    assert Comment.objects.get(pk=comment.pk).status == Comment.Status.APPROVED
