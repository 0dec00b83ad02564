"""A reader's data on request: all of it out, or all of it gone, with an audit row each time."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.test import Client

from comments.models import Comment
from moderation.identity import keyed_email_digest
from moderation.models import PrivacyRequest
from tests.conftest import make_comment

EMAIL = "Wati.Pembaca@example.id"


@pytest.fixture
def history(thread):
    mine = [
        make_comment(
            thread,
            author_email=EMAIL,
            author_name="Wati",
            content="komentar satu",
            ip_address="198.51.100.44",
            user_agent="Firefox",
            author_url="https://wati.example",
        ),
        make_comment(
            thread,
            author_email=EMAIL.lower(),
            author_name="Wati",
            content="komentar dua",
            status=Comment.Status.PENDING,
        ),
    ]
    other = make_comment(thread, author_email="lain@example.id", content="bukan punya Wati")
    return mine, other


def test_export_has_everything_stored_for_that_email(history, tmp_path):
    out = StringIO()
    call_command("export_personal_data", EMAIL, stdout=out)
    data = json.loads(out.getvalue())
    assert [c["content"] for c in data["comments"]] == ["komentar satu", "komentar dua"]
    first = data["comments"][0]
    assert first["ip_address"] == "198.51.100.44" and first["user_agent"] == "Firefox"
    assert first["author_url"] == "https://wati.example" and first["thread"] == "demo-article"
    assert "bukan punya Wati" not in out.getvalue()
    audit = PrivacyRequest.objects.get()
    assert audit.kind == "export" and audit.comments == 2
    assert audit.email_digest == keyed_email_digest(EMAIL, "privacy")
    assert EMAIL.lower() not in audit.email_digest
    target = tmp_path / "wati.json"
    call_command("export_personal_data", EMAIL, "--output", str(target), stderr=StringIO())
    assert len(json.loads(target.read_text(encoding="utf-8"))["comments"]) == 2


def test_erase_anonymises_and_keeps_the_text(history):
    mine, other = history
    out = StringIO()
    call_command("erase_personal_data", EMAIL, stdout=out)
    assert "Anonymised 2 comments." in out.getvalue()
    for comment in mine:
        comment.refresh_from_db()
        assert comment.author_name == "Anonymous"
        assert comment.author_email == "" and comment.author_url == ""
        assert comment.ip_address is None and comment.user_agent == ""
    assert Comment.objects.filter(content="komentar satu").exists()
    other.refresh_from_db()
    assert other.author_email == "lain@example.id"
    assert PrivacyRequest.objects.get().kind == "erase"


def test_erase_can_delete_the_comments(history):
    call_command("erase_personal_data", EMAIL, "--delete-content", stdout=StringIO())
    assert list(Comment.objects.values_list("content", flat=True)) == ["bukan punya Wati"]
    assert PrivacyRequest.objects.get().kind == "delete"


def test_the_admin_actions_need_the_private_permission(history, django_user_model):
    mine, _ = history
    bob = django_user_model.objects.create_user("bob", password="pw-12345678", is_staff=True)
    bob.groups.add(Group.objects.get(name="Moderators"))
    client = Client(headers={"accept-language": "en"})
    client.force_login(bob)
    url = "/admin/comments/comment/?status__exact=approved"
    html = client.get(url).content.decode()
    assert "erase_authors_data" not in html
    client.post(
        url, {"action": "erase_authors_data", "_selected_action": [mine[0].pk], "confirm": "yes"}
    )
    mine[0].refresh_from_db()
    assert mine[0].author_name == "Wati"

    bob.user_permissions.add(Permission.objects.get(codename="view_author_private"))
    exported = client.post(url, {"action": "export_authors_data", "_selected_action": [mine[0].pk]})
    assert exported["Content-Disposition"] == 'attachment; filename="personal-data.json"'
    assert len(json.loads(exported.content)[0]["comments"]) == 2
    confirm = client.post(url, {"action": "erase_authors_data", "_selected_action": [mine[0].pk]})
    assert "It cannot be undone." in confirm.content.decode()
    mine[0].refresh_from_db()
    assert mine[0].author_name == "Wati"
    client.post(
        url, {"action": "erase_authors_data", "_selected_action": [mine[0].pk], "confirm": "yes"}
    )
    mine[0].refresh_from_db()
    assert mine[0].author_name == "Anonymous"
    assert [r.actor for r in PrivacyRequest.objects.order_by("pk")] == ["admin: bob", "admin: bob"]
