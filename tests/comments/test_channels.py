"""One channel interface (issue 15): moderators' email, chat rooms and signed webhooks, with
one hourly limit and digest for every channel people read, and each moderator's own choice of
the events emailed to them.

Chat rooms are a real HTTP receiver on 127.0.0.1 started by the test.
"""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.utils import timezone

from comments import notices, tasks, webhooks
from comments.models import (
    Comment,
    Notice,
    NotificationPreference,
    WebhookDelivery,
    WebhookEndpoint,
)
from comments.webhook_models import Event
from tests.comments.http_receiver import Receiver
from tests.conftest import make_comment

AUTHOR_EMAIL = "penulis.rahasia@example.id"


@pytest.fixture(autouse=True)
def english_site(settings):
    """Chat messages and event emails are in the site's language: English here."""
    settings.LANGUAGE_CODE = "en"


@pytest.fixture
def moderators(django_user_model):
    group = Group.objects.get(name="Moderators")
    made = []
    for name in ("ani", "bayu"):
        user = django_user_model.objects.create_user(name, f"{name}@news.example", "pw-12345678")
        user.groups.add(group)
        made.append(user)
    return made


def announce(event_type: str, comment: Comment | None = None, event_id: str = "") -> int:
    """What the task queue runs for one event (comments.events enqueues it)."""
    event_id = event_id or f"{event_type}-{comment.pk if comment else 0}"
    return tasks.announce.call(event_id, event_type, comment.pk if comment else None, None, None)


def held(thread, n: int = 0) -> Comment:
    return make_comment(
        thread,
        status=Comment.Status.PENDING,
        content=f"Mohon dicek, komentar nomor {n}.",
        author_email=AUTHOR_EMAIL,
    )


def chat_room(receiver: Receiver, kind: str = "slack", **fields: Any) -> WebhookEndpoint:
    fields.setdefault("events", [Event.COMMENT_HELD])
    return WebhookEndpoint.objects.create(
        name=f"{kind} room", kind=kind, url=receiver.url + "/room", **fields
    )


def texts(receiver: Receiver) -> list[str]:
    return [json.loads(request["body"])["text"] for request in receiver.requests]


def test_each_moderator_gets_the_events_they_chose(thread, moderators):
    _ani, bayu = moderators
    NotificationPreference.objects.create(
        user=bayu, email_events=[Event.COMMENT_SPAM_CAUGHT, Event.COMMENT_REPORTED]
    )
    announce(Event.COMMENT_HELD, held(thread))
    assert [m.to for m in mail.outbox] == [["ani@news.example"]]  # ani has the default
    spam = make_comment(thread, status=Comment.Status.SPAM, author_email=AUTHOR_EMAIL)
    announce(Event.COMMENT_SPAM_CAUGHT, spam)
    assert [m.to for m in mail.outbox[1:]] == [["bayu@news.example"]]
    caught = mail.outbox[1]
    assert f"Comment #{spam.pk}" in caught.subject and "caught as spam" in caught.subject
    assert f"/admin/comments/comment/{spam.pk}/change/" in caught.body
    assert all(AUTHOR_EMAIL not in f"{m.body}{m.subject}" for m in mail.outbox)


def test_a_moderator_who_ticks_nothing_gets_no_email(thread, moderators):
    for moderator in moderators:
        NotificationPreference.objects.create(user=moderator, email_events=[])
    announce(Event.COMMENT_HELD, held(thread))
    assert mail.outbox == []


def test_a_chat_room_shares_the_hourly_limit_then_gets_one_digest(thread, receiver, tune_comments):
    tune_comments(notify_per_hour=2)
    chat_room(receiver)
    comments = [held(thread, n) for n in range(5)]
    for comment in comments:
        announce(Event.COMMENT_HELD, comment)
    assert len(receiver.requests) == 2
    assert Notice.objects.filter(channel__startswith="endpoint:", sent__isnull=True).count() == 3
    assert notices.send_digests_due() == 0  # the first waited less than an hour
    assert notices.send_digests_due(timezone.now() + timedelta(minutes=61)) == 3
    (digest,) = texts(receiver)[2:]
    assert digest.startswith("3 events waited past the hourly limit:")
    for comment in comments[2:]:
        assert f"Comment #{comment.pk} " in digest
        assert f"/admin/comments/comment/{comment.pk}/change/" in digest
    assert AUTHOR_EMAIL not in digest
    assert WebhookDelivery.objects.get(event_type=Event.DIGEST).status == "succeeded"


def test_a_signed_webhook_gets_every_event_whatever_the_limit(thread, receiver, tune_comments):
    tune_comments(notify_per_hour=1)
    WebhookEndpoint.objects.create(
        name="newsroom", kind="signed_json", url=receiver.url + "/hook", events=["comment.held"]
    )
    for n in range(3):
        announce(Event.COMMENT_HELD, held(thread, n))
    assert len(receiver.requests) == 3
    assert not Notice.objects.filter(channel__startswith="endpoint:").exists()


def test_email_and_chat_count_their_limits_apart(thread, moderators, receiver, tune_comments):
    tune_comments(notify_per_hour=1)
    chat_room(receiver, kind="telegram", chat_id="-100200300")
    announce(Event.COMMENT_HELD, held(thread, 1))
    announce(Event.COMMENT_HELD, held(thread, 2))
    # Each of the two moderators and the room: one message now, one waiting.
    assert len(mail.outbox) == 2 and len(receiver.requests) == 1
    assert Notice.objects.filter(sent__isnull=True).count() == 3
    assert json.loads(receiver.requests[0]["body"])["chat_id"] == "-100200300"


def test_a_held_comment_dealt_with_before_the_digest_is_left_out(thread, moderators, tune_comments):
    tune_comments(notify_per_hour=0)
    first, second = held(thread, 1), held(thread, 2)
    announce(Event.COMMENT_HELD, first)
    announce(Event.COMMENT_HELD, second)
    Comment.objects.filter(pk=first.pk).update(status=Comment.Status.APPROVED)
    later = timezone.now() + timedelta(minutes=61)
    assert notices.send_digests_due(later) == 2  # one comment, to each of two moderators
    assert [m.subject for m in mail.outbox] == ["1 comments held for moderation"] * 2
    assert "komentar nomor 2" in mail.outbox[0].body
    assert "komentar nomor 1" not in mail.outbox[0].body
    assert not Notice.objects.filter(sent__isnull=True, in_digest__isnull=True).exists()


def test_a_digest_for_a_moderator_who_left_is_dropped(thread, moderators, tune_comments):
    tune_comments(notify_per_hour=0)
    announce(Event.COMMENT_HELD, held(thread))
    for moderator in moderators:
        moderator.groups.clear()
    assert notices.send_digests_due(timezone.now() + timedelta(minutes=61)) == 0
    assert mail.outbox == []
    assert not Notice.objects.filter(in_digest__isnull=True, sent__isnull=True).exists()


def test_an_event_without_a_comment_is_emailed_with_its_link(db, moderators, tune_comments):
    tune_comments(email_events=[Event.MODEL_ACTIVATED])
    tasks.announce.call("m1", Event.MODEL_ACTIVATED, None, None, "7")
    assert len(mail.outbox) == 2
    assert mail.outbox[0].subject == "Spam model 7 is now active"
    assert "/admin/moderation/spammodel/" in mail.outbox[0].body


def test_a_broken_mail_server_does_not_keep_the_event_from_the_chat_room(
    thread, moderators, receiver, monkeypatch
):
    chat_room(receiver)

    def refuse(*args, **kwargs):
        raise ConnectionRefusedError("no mail server")

    monkeypatch.setattr("comments.notifications.send_mail", refuse)
    announce(Event.COMMENT_HELD, held(thread))
    assert len(receiver.requests) == 1


def test_the_digest_task_schedules_the_next_one(thread, moderators, tune_comments, database_tasks):
    from django_tasks.base import TaskResultStatus
    from django_tasks_db.models import DBTaskResult

    tune_comments(notify_per_hour=0)
    announce(Event.COMMENT_HELD, held(thread, 1))
    announce(Event.COMMENT_HELD, held(thread, 2))
    waiting = DBTaskResult.objects.filter(
        task_path=tasks.send_digest.module_path, status=TaskResultStatus.READY
    )
    assert waiting.count() == 1  # one digest task, however many events wait


def test_chat_digest_text_stays_short(db):
    events = [webhooks.payload(Event.MODEL_ACTIVATED, model_version=str(n)) for n in range(25)]
    text = webhooks.summary(webhooks.digest(events))
    assert text.count("• ") == webhooks.DIGEST_LINES
    assert "… and 5 more" in text
