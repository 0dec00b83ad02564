"""Moderators hear about held comments by email, with signed Approve / Spam links."""

from __future__ import annotations

import re
import time
from datetime import timedelta
from io import StringIO

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from comments import notices, notifications
from comments.models import Comment, Decision, Notice
from moderation.models import GatePolicy
from tests.conftest import comment_data, make_comment

AUTHOR_EMAIL = "penulis.rahasia@example.id"


@pytest.fixture
def bob(django_user_model):
    user = django_user_model.objects.create_user("bob", "bob@news.example", "pw-12345678")
    user.groups.add(Group.objects.get(name="Moderators"))
    return user


@pytest.fixture
def hold_everything(db):
    GatePolicy.objects.create(hold_all=True)


def post_held(client, thread, captured, n: int = 0):
    with captured(execute=True):
        client.post(
            "/comments/post/",
            comment_data(
                thread, content=f"Tolong dicek dulu, nomor {n}.", author_email=AUTHOR_EMAIL
            ),
        )
    return Comment.objects.order_by("-pk").first()


def links(message) -> dict[str, str]:
    return dict(re.findall(r"^(Approve|Spam): http://[^/]+(/\S+)$", message.body, re.M))


def test_a_held_comment_emails_each_moderator_with_links(
    client, thread, bob, django_user_model, hold_everything, django_capture_on_commit_callbacks
):
    django_user_model.objects.create_user("reader", "reader@news.example", "pw-12345678")
    comment = post_held(client, thread, django_capture_on_commit_callbacks)
    assert comment.status == Comment.Status.PENDING
    assert [m.to for m in mail.outbox] == [["bob@news.example"]]
    message = mail.outbox[0]
    assert "Tolong dicek dulu" in message.body
    assert "held: every comment is held (gate policy)" in message.body
    assert set(links(message)) == {"Approve", "Spam"}
    assert AUTHOR_EMAIL not in message.body and AUTHOR_EMAIL not in message.subject


def test_a_published_comment_emails_nobody(client, thread, bob, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/comments/post/", comment_data(thread))
    assert Comment.objects.get().is_published
    assert mail.outbox == []


def test_the_link_asks_first_then_acts(
    client, thread, bob, hold_everything, django_capture_on_commit_callbacks
):
    comment = post_held(client, thread, django_capture_on_commit_callbacks)
    approve = links(mail.outbox[0])["Approve"]
    page = client.get(approve, HTTP_ACCEPT_LANGUAGE="en")
    assert page.status_code == 200 and "Approve this comment?" in page.content.decode()
    comment.refresh_from_db()
    assert comment.is_pending
    client.post(approve)
    comment.refresh_from_db()
    assert comment.is_published
    decision = Decision.objects.get(comment=comment, source=Decision.Source.HUMAN)
    assert decision.actor == bob and decision.check_name == "email"


def test_a_spam_link_marks_spam(
    client, thread, bob, hold_everything, django_capture_on_commit_callbacks
):
    comment = post_held(client, thread, django_capture_on_commit_callbacks)
    client.post(links(mail.outbox[0])["Spam"])
    comment.refresh_from_db()
    assert comment.status == Comment.Status.SPAM


def test_bad_expired_and_orphaned_links_do_nothing(client, thread, bob, monkeypatch):
    comment = make_comment(thread, status=Comment.Status.PENDING)
    token = notifications.link_token(comment.pk, "approve", bob.pk)
    assert client.post(f"/moderation/email/{token}x/").status_code == 400
    real_time = time.time
    monkeypatch.setattr(time, "time", lambda: real_time() + 8 * 24 * 3600)
    assert client.post(f"/moderation/email/{token}/").status_code == 400
    monkeypatch.setattr(time, "time", real_time)
    bob.groups.clear()
    assert client.post(f"/moderation/email/{token}/").status_code == 400
    comment.refresh_from_db()
    assert comment.is_pending


def test_ten_emails_an_hour_then_one_digest(
    client, thread, bob, hold_everything, tune_gate, django_capture_on_commit_callbacks
):
    tune_gate(flood_interval=0, ip_rates=[], email_rates=[])
    for n in range(13):
        post_held(client, thread, django_capture_on_commit_callbacks, n)
    assert len(mail.outbox) == 10
    assert Notice.objects.filter(sent__isnull=True).count() == 3
    assert notices.send_digests_due() == 0  # not an hour yet
    later = timezone.now() + timedelta(minutes=61)
    assert notices.send_digests_due(later) == 3
    assert len(mail.outbox) == 11
    digest = mail.outbox[-1]
    assert digest.subject == "3 comments held for moderation"
    assert len(links(digest)) == 2  # the dict keeps one per action; there are three of each
    assert digest.body.count("Approve: ") == 3
    assert notices.send_digests_due(later) == 0


def test_the_digest_command_sends_what_waited_an_hour(thread, bob):
    comment = make_comment(thread, status=Comment.Status.PENDING)
    Notice.objects.create(
        channel=f"email:{bob.pk}",
        event_type="comment.held",
        event_id="e1",
        event={"id": "e1", "type": "comment.held"},
        comment=comment,
        created=timezone.now() - timedelta(minutes=70),
    )
    out = StringIO()
    call_command("send_moderation_digest", stdout=out)
    assert "Digests of 1 events sent." in out.getvalue()
    assert [m.subject for m in mail.outbox] == ["1 comments held for moderation"]
