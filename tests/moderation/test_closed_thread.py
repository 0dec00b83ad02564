from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from comments.models import Comment
from moderation import gate
from moderation.verdict import Action, RejectCode
from tests.moderation.conftest import make_submission, post_comment


def test_it_rejects_a_thread_closed_by_hand_with_403_and_stores_nothing(client, thread):
    thread.is_open = False
    thread.save()
    response = post_comment(client, thread, HTTP_ACCEPT_LANGUAGE="en", content="kept text here")
    assert response.status_code == 403
    html = response.content.decode()
    assert "Comments are closed for this article." in html
    assert "kept text here</textarea>" in html
    assert not Comment.objects.exists()


def test_it_closes_threads_older_than_close_after_days(thread, tune_gate):
    tune_gate(close_after_days=14)
    thread.created = timezone.now() - timedelta(days=15)
    thread.save()
    verdict = gate.review(make_submission(thread))
    assert verdict.action == Action.REJECT
    assert verdict.code == RejectCode.CLOSED
    assert verdict.reasons[0].text == "rejected: the thread closed after 14 days"


def test_a_young_thread_stays_open_with_close_after_days(thread, tune_gate):
    tune_gate(close_after_days=14)
    thread.created = timezone.now() - timedelta(days=13)
    thread.save()
    assert gate.review(make_submission(thread)).action == Action.APPROVE


def test_the_page_of_an_auto_closed_thread_shows_no_form(client, thread, tune_gate):
    tune_gate(close_after_days=1)
    thread.created = timezone.now() - timedelta(days=2)
    thread.save()
    html = client.get("/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Comments are closed." in html
    assert 'id="commentform"' not in html


def test_closed_threads_are_never_closed_by_default(thread):
    thread.created = timezone.now() - timedelta(days=3650)
    thread.save()
    assert gate.review(make_submission(thread)).action == Action.APPROVE
