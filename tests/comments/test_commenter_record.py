"""The gate's commenter record (hand-written SQL) answers as the moderators' pages (the ORM) do."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.contrib.auth.models import User
from django.utils import timezone

from comments import commenters
from comments.history import StoredComments
from comments.models import Comment, Decision
from moderation.history import Record
from moderation.identity import commenter_digest
from tests.conftest import make_comment

pytestmark = pytest.mark.django_db

EMAIL = "rina.pembaca@example.id"


def decided(thread, status, source=Decision.Source.GATE, action=None, **fields):
    comment = make_comment(thread, author_email=EMAIL, status=status, **fields)
    if action:
        Decision.objects.create(comment=comment, source=source, action=action, reason="test")
    return comment


@pytest.fixture
def history_of_rina(thread):
    """Two approved, one spam, one trashed by a moderator, one she deleted herself, one held,
    one approved long ago, one of another commenter, one as her signed-in user."""
    user = User.objects.create_user("rina", password="x")
    old = timezone.now() - timedelta(days=400)
    decided(thread, Comment.Status.APPROVED)
    decided(thread, Comment.Status.APPROVED)
    decided(thread, Comment.Status.SPAM, action=Decision.Action.SPAM)
    decided(thread, Comment.Status.TRASH, Decision.Source.HUMAN, Decision.Action.TRASH)
    decided(thread, Comment.Status.TRASH, Decision.Source.AUTHOR, Decision.Action.TRASH)
    decided(thread, Comment.Status.PENDING)
    decided(thread, Comment.Status.APPROVED, created=old)
    make_comment(thread, author_email="orang.lain@example.id", status=Comment.Status.SPAM)
    make_comment(
        thread, author_email="other.mailbox@example.id", user=user, status=Comment.Status.SPAM
    )
    return user


@pytest.mark.parametrize("signed_in", [False, True])
def test_the_gate_and_the_pages_count_alike(history_of_rina, signed_in):
    since = timezone.now() - timedelta(days=90)
    user_id = history_of_rina.pk if signed_in else None
    digest = commenter_digest(EMAIL)
    expected = Record(approved=2, rejected=3 if signed_in else 2)
    assert commenters.record(digest, since, user_id) == expected
    assert StoredComments().commenter_record(digest, user_id, since) == expected


def test_nobody_has_no_record(thread):
    since = timezone.now() - timedelta(days=90)
    assert StoredComments().commenter_record("", None, since) == Record(0, 0)
    assert StoredComments().commenter_record(commenter_digest(EMAIL), None, since) == Record(0, 0)
