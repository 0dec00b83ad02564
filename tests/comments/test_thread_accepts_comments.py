"""One rule says whether a thread takes comments: the page and the gate agree (issue 13)."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from comments.models import Thread
from moderation import gate
from moderation.verdict import Action
from tests.moderation.conftest import make_submission


def test_an_open_new_thread_accepts_comments(thread):
    assert thread.accepts_comments
    assert gate.review(make_submission(thread)).action == Action.APPROVE


def test_a_thread_past_the_closing_age_is_closed_on_the_page_and_at_the_gate(
    client, thread, tune_gate
):
    tune_gate(close_after_days=14)
    Thread.objects.filter(pk=thread.pk).update(created=timezone.now() - timedelta(days=15))
    thread.refresh_from_db()
    assert not thread.accepts_comments
    assert gate.review(make_submission(thread)).action == Action.REJECT
    assert 'name="content"' not in client.get("/").content.decode()


def test_a_thread_closed_by_hand_is_closed_on_both(thread):
    thread.is_open = False
    assert not thread.accepts_comments
    assert gate.review(make_submission(thread)).action == Action.REJECT
