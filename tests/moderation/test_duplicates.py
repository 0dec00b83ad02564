from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone

from comments.history import earlier_query
from comments.models import Comment, Thread
from moderation import gate
from moderation.fingerprints import content_key
from moderation.verdict import Action, RejectCode
from tests.conftest import make_comment
from tests.moderation.conftest import make_submission, post_comment

TEXT = "Semoga uji cobanya lancar dan bisa ditiru koperasi lain."


def earlier(thread, **fields) -> Comment:
    values = {"content": TEXT, "author_email": "dewi.reader@example.id", "ip_address": "192.0.2.50"}
    values.update(fields)
    comment = make_comment(thread, **values)
    comment.content_key = content_key(comment.content)
    comment.save()
    return comment


def test_the_same_comment_twice_is_a_409_and_stores_nothing(client, thread, tune_gate):
    tune_gate(flood_interval=0)
    assert post_comment(client, thread, content=TEXT).status_code == 302
    response = post_comment(client, thread, content=TEXT, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 409
    assert (
        "Duplicate comment detected; it looks as though you&#x27;ve already said that!"
        in response.content.decode()
    )
    assert Comment.objects.count() == 1


def test_the_duplicate_message_is_translated(client, thread, tune_gate):
    tune_gate(flood_interval=0)
    post_comment(client, thread, content=TEXT)
    response = post_comment(client, thread, content=TEXT)
    assert "Komentar ganda terdeteksi" in response.content.decode()


def test_case_spacing_and_styled_letters_do_not_hide_a_duplicate(thread):
    first = earlier(thread)
    styled = "𝐒𝐞𝐦𝐨𝐠𝐚 uji   COBANYA lancar dan bisa ditiru\u200b koperasi lain."
    verdict = gate.review(make_submission(thread, content=styled, ip_address="192.0.2.50"))
    assert verdict.action == Action.REJECT
    assert verdict.code == RejectCode.DUPLICATE
    assert verdict.reasons[-1].text == f"rejected: duplicate of comment #{first.pk}"


def test_the_same_address_with_another_email_is_a_duplicate(thread):
    earlier(thread, author_email="someone.else@example.id", ip_address="203.0.113.10")
    assert gate.review(make_submission(thread)).code == RejectCode.DUPLICATE


def test_another_reader_may_say_a_short_stock_phrase(thread):
    earlier(thread, content="Setuju sekali!", ip_address="192.0.2.77")
    verdict = gate.review(make_submission(thread, content="Setuju sekali!"))
    assert verdict.action == Action.APPROVE


def test_the_same_long_text_from_another_address_is_held_not_refused(thread):
    first = earlier(thread, author_email="someone.else@example.id", ip_address="192.0.2.77")
    verdict = gate.review(make_submission(thread))
    assert verdict.action == Action.HOLD
    assert f"same words as comment #{first.pk}" in verdict.reasons[0].text


def test_the_same_words_in_another_thread_are_fine(thread):
    from comments.models import Thread

    other = Thread.objects.create(key="other", title="Other")
    earlier(other)
    assert gate.review(make_submission(thread)).action == Action.APPROVE


def test_after_24_hours_it_is_not_a_duplicate(thread):
    earlier(thread, created=timezone.now() - timedelta(hours=25))
    assert gate.review(make_submission(thread)).action == Action.APPROVE


def test_a_trashed_comment_does_not_count(thread):
    earlier(thread, status=Comment.Status.TRASH)
    assert gate.review(make_submission(thread)).action == Action.APPROVE


def test_the_lookup_takes_the_content_index_in_a_thread_newer_than_the_statistics(thread):
    """A new article filling fast: PostgreSQL's statistics still say its thread is empty."""
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL's planner (CI's second run)")
    older = Thread.objects.create(key="lama", title="Lama")
    Comment.objects.bulk_create(
        Comment(thread=older, author_name="A", author_email="a@example.id", content=f"lama {n}",
                content_key=content_key(f"lama {n}"), status="approved")
        for n in range(2000)
    )  # fmt: skip
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE comments_comment")
    Comment.objects.bulk_create(
        Comment(thread=thread, author_name="B", author_email="b@example.id", content=f"baru {n}",
                content_key=content_key(f"baru {n}"), status="approved")
        for n in range(4000)
    )  # fmt: skip
    sql, params = earlier_query(thread.pk, content_key("baru 17"))
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN " + sql, params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "comment_content_thread_idx" in plan, plan
