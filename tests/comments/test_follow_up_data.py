"""A follow-up subscriber's address is personal data: exported, erased, and not kept unused."""

from __future__ import annotations

import json
from datetime import timedelta
from io import StringIO

from django.core.management import call_command
from django.utils import timezone

from comments import follow_ups, personal_data, retention
from comments.models import Comment, FollowUp, FollowUpEmail
from tests.conftest import make_comment

WATI = "Wati.Pembaca@example.id"
OTHER = "lain@example.id"


def subscription_of(thread, email, scope="thread", confirmed=True):
    made = follow_ups.subscribe(make_comment(thread, author_email=email), scope, "id")
    assert made is not None
    if confirmed:
        follow_ups.confirm(made)
    return made


def test_the_export_lists_the_subscriptions_of_that_address(thread):
    subscription_of(thread, WATI, "replies")
    subscription_of(thread, OTHER)
    out = StringIO()
    call_command("export_personal_data", WATI, stdout=out)
    data = json.loads(out.getvalue())
    (listed,) = data["follow_up_subscriptions"]
    assert listed["email"] == WATI.lower() and listed["scope"] == "replies"
    assert listed["thread"] == "demo-article" and listed["confirmed"] is not None
    assert listed["unsubscribed"] is None and listed["language"] == "id"
    assert OTHER not in out.getvalue()


def test_erasing_deletes_the_subscriptions_and_what_was_sent_to_them(thread):
    mine = subscription_of(thread, WATI)
    kept = subscription_of(thread, OTHER)
    told = make_comment(thread, author_email="ketiga@example.id")
    FollowUpEmail.objects.create(subscription=mine, comment=told)
    personal_data.erase(WATI.upper(), actor="test")
    assert list(FollowUp.objects.all()) == [kept]
    assert not FollowUpEmail.objects.exists()
    assert Comment.objects.filter(pk=mine.comment_id, author_email="").exists()


def test_erasing_with_the_comments_deletes_the_subscriptions_too(thread):
    subscription_of(thread, WATI)
    personal_data.erase(WATI, actor="test", delete_content=True)
    assert not FollowUp.objects.exists()


def test_the_purge_deletes_unconfirmed_and_long_unsubscribed_subscriptions(thread):
    now = timezone.now()
    week_ago = now - timedelta(days=8)
    expired = subscription_of(thread, "a@example.id", confirmed=False)
    never_sent = subscription_of(thread, "b@example.id", confirmed=False)
    gone = subscription_of(thread, "c@example.id")
    waiting = subscription_of(thread, "d@example.id", confirmed=False)
    active = subscription_of(thread, "e@example.id")
    FollowUp.objects.filter(pk=expired.pk).update(created=week_ago, confirmation_sent=week_ago)
    FollowUp.objects.filter(pk=never_sent.pk).update(created=week_ago)
    FollowUp.objects.filter(pk=gone.pk).update(created=week_ago, unsubscribed=week_ago)
    FollowUp.objects.filter(pk=waiting.pk).update(created=week_ago, confirmation_sent=now)
    FollowUp.objects.filter(pk=active.pk).update(created=week_ago)
    old_email = FollowUpEmail.objects.create(
        subscription=active, comment=active.comment, sent=now - timedelta(days=40)
    )
    assert retention.prune_follow_ups(now) == 4
    assert set(FollowUp.objects.values_list("pk", flat=True)) == {waiting.pk, active.pk}
    assert not FollowUpEmail.objects.filter(pk=old_email.pk).exists()
