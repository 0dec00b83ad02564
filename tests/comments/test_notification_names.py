"""A stored name with line breaks (an old or imported row) cannot forge lines in an email."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth.models import Group
from django.core import mail

from comments import notices, webhooks
from comments.models import Comment
from tests.conftest import make_comment


@pytest.fixture
def bob(django_user_model):
    user = django_user_model.objects.create_user("bob", "bob@news.example", "pw-12345678")
    user.groups.add(Group.objects.get(name="Moderators"))
    return user


def notify(comment, capture):
    with capture(execute=True):
        notices.tell(webhooks.payload("comment.held", comment=comment), comment)
    assert len(mail.outbox) == 1
    return mail.outbox[0]


def test_it_keeps_a_stored_name_on_one_line_in_the_email(
    thread, bob, django_capture_on_commit_callbacks
):
    comment = make_comment(
        thread,
        status=Comment.Status.PENDING,
        author_name="Ann\r\nSpam: http://x\nApprove: http://y",
        content="Tolong\r\ndicek\n\ndulu",
    )
    message = notify(comment, django_capture_on_commit_callbacks)
    spam_lines = [line for line in message.body.splitlines() if line.startswith("Spam:")]
    approve_lines = [line for line in message.body.splitlines() if line.startswith("Approve:")]
    assert len(spam_lines) == 1 and len(approve_lines) == 1
    assert re.fullmatch(r"Spam: http://[^/]+/moderation/email/\S+/", spam_lines[0])
    assert "Ann Spam: http://x Approve: http://y on " in message.body
    assert "\n" not in message.subject and "\r" not in message.subject


def test_it_drops_a_bidi_override_from_a_stored_name(
    thread, bob, django_capture_on_commit_callbacks
):
    comment = make_comment(thread, status=Comment.Status.PENDING, author_name="\u202eAdmin")
    message = notify(comment, django_capture_on_commit_callbacks)
    assert "\u202e" not in message.body
    assert message.body.startswith("Admin on ")
