"""Readers ask for follow-up emails: double opt-in, replies or the whole thread, never their
own comments, one recipient per email, one-click unsubscribe (RFC 8058)."""

from __future__ import annotations

import re
import time
from datetime import timedelta

import pytest
from django.core import mail, signing
from django.utils import timezone

from comments import follow_ups
from comments.models import Comment, FollowUp, FollowUpEmail
from comments.services import ModerationAction, moderate
from tests.conftest import EMAIL_RE, comment_data, make_comment

SARI = "sari.author@example.org"
BUDI = "budi.reader@example.net"
WATI = "wati.pembaca@example.id"

_numbers = iter(range(10_000))


def post(client, thread, captured, **fields):
    """One comment from the form, its tasks run; each with new words (no duplicates)."""
    fields.setdefault("content", f"Komentar nomor {next(_numbers)} tentang koperasi desa.")
    with captured(execute=True):
        response = client.post("/comments/post/", comment_data(thread, **fields))
    assert response.status_code == 302, response.content.decode()[:500]
    return Comment.objects.order_by("-pk").first()


def subscribed(thread, scope, email=SARI, **fields):
    """A confirmed subscription asked with a published comment of `email`."""
    comment = make_comment(thread, author_email=email, **fields)
    subscription = follow_ups.subscribe(comment, scope, "en")
    assert subscription is not None
    follow_ups.confirm(subscription)
    return subscription


def link(message, kind):
    found = re.search(rf"https?://[^/\s]+(/follow-ups/{kind}/[^/\s]+/)", message.body)
    assert found, message.body
    return found.group(1)


def to(address):
    return [m for m in mail.outbox if m.to == [address]]


def test_it_sends_nothing_but_the_confirmation_before_the_reader_confirms(
    client, thread, django_capture_on_commit_callbacks
):
    mine = post(client, thread, django_capture_on_commit_callbacks, follow_up="thread")
    subscription = FollowUp.objects.get()
    assert subscription.comment == mine and subscription.confirmed is None
    assert [m.to for m in mail.outbox] == [[SARI]]
    assert "/follow-ups/confirm/" in mail.outbox[0].body
    post(client, thread, django_capture_on_commit_callbacks, author_email=BUDI)
    assert len(mail.outbox) == 1


def test_without_follow_up_nothing_is_stored_or_sent(
    client, thread, django_capture_on_commit_callbacks
):
    post(client, thread, django_capture_on_commit_callbacks)
    assert not FollowUp.objects.exists() and mail.outbox == []


def test_a_comment_with_nobody_to_tell_queues_no_task(
    client, thread, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks() as queued:
        client.post("/comments/post/", comment_data(thread, content="Tanpa pengikut di sini."))
    assert Comment.objects.get().is_published
    # The read cache's stamp is the only thing left for after the commit: no task.
    assert [callback.__qualname__ for callback in queued] == ["changed.<locals>.<lambda>"]


def test_whom_a_published_comment_may_tell(thread):
    other = make_comment(thread, author_email=BUDI)
    assert not follow_ups.anyone_to_tell(other)
    # A pending subscription of another comment tells nobody of this one.
    pending = make_comment(thread, author_email=WATI)
    follow_ups.subscribe(pending, "thread", "en")
    assert not follow_ups.anyone_to_tell(other)
    assert follow_ups.anyone_to_tell(pending)  # its own confirmation
    replies = subscribed(thread, "replies")
    assert not follow_ups.anyone_to_tell(other)
    assert follow_ups.anyone_to_tell(make_comment(thread, parent=replies.comment))
    everything = subscribed(thread, "thread", email=WATI)
    assert follow_ups.anyone_to_tell(other)
    follow_ups.unsubscribe(everything.pk)
    assert not follow_ups.anyone_to_tell(other)


def test_the_confirm_link_asks_first_confirms_on_post_and_works_once(
    client, thread, django_capture_on_commit_callbacks
):
    post(client, thread, django_capture_on_commit_callbacks, follow_up="replies")
    url = link(mail.outbox[0], "confirm")
    page = client.get(url, HTTP_ACCEPT_LANGUAGE="en")
    assert page.status_code == 200 and "Yes, email me" in page.content.decode()
    assert FollowUp.objects.get().confirmed is None
    done = client.post(url, HTTP_ACCEPT_LANGUAGE="en")
    assert done.status_code == 200 and "Done" in done.content.decode()
    confirmed = FollowUp.objects.get().confirmed
    assert confirmed is not None
    again = client.post(url, HTTP_ACCEPT_LANGUAGE="en")
    assert "confirmed already" in again.content.decode()
    assert FollowUp.objects.get().confirmed == confirmed


def test_an_expired_or_altered_confirm_link_confirms_nothing(
    client, thread, monkeypatch, tune_comments
):
    subscription = follow_ups.subscribe(make_comment(thread, author_email=SARI), "thread", "en")
    assert subscription is not None
    eight_days_ago = int(time.time()) - 8 * 86400
    monkeypatch.setattr(
        signing.TimestampSigner, "timestamp", lambda self: signing.b62_encode(eight_days_ago)
    )
    old = follow_ups.confirm_url(subscription)
    monkeypatch.undo()
    path = old[old.index("/follow-ups/") :]
    assert client.post(path).status_code == 400
    fresh = follow_ups.confirm_url(subscription)
    altered = fresh[fresh.index("/follow-ups/") :].replace("/confirm/", "/confirm/x")
    assert client.post(altered).status_code == 400
    assert FollowUp.objects.get().confirmed is None


def test_a_confirm_link_cannot_undo_an_unsubscribe(client, thread):
    subscription = follow_ups.subscribe(make_comment(thread, author_email=SARI), "thread", "en")
    assert subscription is not None
    url = follow_ups.confirm_url(subscription)
    follow_ups.unsubscribe(subscription.pk)
    assert client.post(url[url.index("/follow-ups/") :]).status_code == 410
    assert FollowUp.objects.get().confirmed is None


def test_replies_scope_hears_only_of_replies_to_that_comment(
    client, thread, django_capture_on_commit_callbacks
):
    subscription = subscribed(thread, "replies")
    post(client, thread, django_capture_on_commit_callbacks, author_email=BUDI)
    assert to(SARI) == []
    reply = post(
        client,
        thread,
        django_capture_on_commit_callbacks,
        author_email=BUDI,
        author_name="Budi",
        parent=str(subscription.comment_id),
        content="Saya setuju dengan Sari soal laporan keuangan.",
    )
    (message,) = to(SARI)
    assert "Saya setuju dengan Sari" in message.body
    assert follow_ups.comment_link(reply) in message.body and "Budi" in message.body
    assert follow_ups.comment_link(reply).startswith("http")


def test_thread_scope_hears_of_every_new_published_comment(
    client, thread, django_capture_on_commit_callbacks
):
    subscribed(thread, "thread")
    top = post(client, thread, django_capture_on_commit_callbacks, author_email=BUDI)
    post(client, thread, django_capture_on_commit_callbacks, author_email=WATI, parent=str(top.pk))
    assert len(to(SARI)) == 2


def test_the_author_is_not_told_of_their_own_comment_in_any_spelling(
    client, thread, django_capture_on_commit_callbacks
):
    subscription = subscribed(thread, "thread")
    post(
        client, thread, django_capture_on_commit_callbacks, author_email="Sari.Author+2@example.org"
    )
    post(
        client,
        thread,
        django_capture_on_commit_callbacks,
        parent=str(subscription.comment_id),
    )
    assert mail.outbox == []


def test_each_email_goes_to_one_reader_and_names_no_other_address(
    client, thread, django_capture_on_commit_callbacks
):
    first = subscribed(thread, "thread")
    subscribed(thread, "thread", email=WATI)
    post(
        client,
        thread,
        django_capture_on_commit_callbacks,
        author_email=BUDI,
        parent=str(first.comment.pk),
    )
    assert sorted(m.to[0] for m in mail.outbox) == [SARI, WATI]
    for message in mail.outbox:
        assert len(message.to) == 1 and message.cc == [] and message.bcc == []
        everything = message.message().as_string()
        assert set(EMAIL_RE.findall(str(message.body))) == set()
        for other in {SARI, WATI, BUDI} - set(message.to):
            assert other not in everything


def test_a_reader_with_two_subscriptions_gets_one_email(
    client, thread, django_capture_on_commit_callbacks
):
    replies = subscribed(thread, "replies")
    subscribed(thread, "thread", content="Satu lagi dari Sari.")
    post(
        client,
        thread,
        django_capture_on_commit_callbacks,
        author_email=BUDI,
        parent=str(replies.comment_id),
    )
    (message,) = to(SARI)
    assert "reply to your comment" in message.subject


def test_every_email_has_the_one_click_headers_and_the_post_needs_no_csrf_token(
    client, csrf_client, thread, django_capture_on_commit_callbacks
):
    subscribed(thread, "thread")
    post(client, thread, django_capture_on_commit_callbacks, author_email=BUDI)
    (message,) = mail.outbox
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    header = message.extra_headers["List-Unsubscribe"]
    assert header.startswith("<http") and header.endswith(">")
    url = header[1:-1]
    assert url in message.body
    path = url[url.index("/follow-ups/") :]
    for _attempt in range(2):
        answer = csrf_client.post(
            path, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
        )
        assert answer.status_code == 200
    assert FollowUp.objects.get().unsubscribed is not None
    post(client, thread, django_capture_on_commit_callbacks, author_email=WATI)
    assert len(mail.outbox) == 1


def test_the_unsubscribe_link_asks_first_and_ends_the_thread_for_that_reader(client, thread):
    replies = subscribed(thread, "replies")
    subscribed(thread, "thread", content="Satu lagi dari Sari.")
    kept = subscribed(thread, "thread", email=WATI)
    url = follow_ups.unsubscribe_url(replies)
    path = url[url.index("/follow-ups/") :]
    page = client.get(path, HTTP_ACCEPT_LANGUAGE="en")
    assert page.status_code == 200 and "<form" in page.content.decode()
    assert not FollowUp.objects.filter(unsubscribed__isnull=False).exists()
    client.post(path)
    assert FollowUp.objects.filter(unsubscribed__isnull=False).count() == 2
    kept.refresh_from_db()
    assert kept.is_active


def test_the_confirmation_email_has_an_unsubscribe_link_too(
    client, thread, django_capture_on_commit_callbacks
):
    post(client, thread, django_capture_on_commit_callbacks, follow_up="thread")
    (message,) = mail.outbox
    assert "List-Unsubscribe" in message.extra_headers
    assert link(message, "unsubscribe")


def test_a_held_comment_tells_nobody_until_it_is_approved(
    client, thread, held, django_capture_on_commit_callbacks
):
    subscribed(thread, "thread")
    waiting = post(client, thread, django_capture_on_commit_callbacks, author_email=BUDI)
    assert waiting.is_pending
    assert to(SARI) == []
    with django_capture_on_commit_callbacks(execute=True):
        moderate(waiting, ModerationAction.APPROVE, None)
    assert len(to(SARI)) == 1


def test_a_held_comment_sends_its_confirmation_only_once_published(
    client, thread, held, django_capture_on_commit_callbacks
):
    waiting = post(client, thread, django_capture_on_commit_callbacks, follow_up="replies")
    assert FollowUp.objects.get().confirmation_sent is None
    assert to(SARI) == []
    with django_capture_on_commit_callbacks(execute=True):
        moderate(waiting, ModerationAction.SPAM, None)
    assert to(SARI) == []
    with django_capture_on_commit_callbacks(execute=True):
        moderate(waiting, ModerationAction.HAM, None)
    (message,) = to(SARI)
    assert "/follow-ups/confirm/" in message.body


def test_confirmations_to_one_address_are_limited_a_day(
    client, thread, tune_comments, django_capture_on_commit_callbacks
):
    tune_comments(follow_up_confirmations_per_day=2)
    for n in range(4):
        post(
            client,
            thread,
            django_capture_on_commit_callbacks,
            follow_up="replies",
            author_email=f"korban+{n}@example.org",
        )
    assert len(mail.outbox) == 2
    assert FollowUp.objects.filter(confirmation_sent__isnull=True).count() == 2


def test_follow_ups_to_one_reader_are_limited_an_hour(
    client, thread, tune_comments, django_capture_on_commit_callbacks
):
    tune_comments(follow_up_per_hour=2)
    subscribed(thread, "thread")
    for _n in range(3):
        post(client, thread, django_capture_on_commit_callbacks, author_email=BUDI)
    assert len(to(SARI)) == 2
    FollowUpEmail.objects.update(sent=timezone.now() - timedelta(hours=2))
    post(client, thread, django_capture_on_commit_callbacks, author_email=BUDI)
    assert len(to(SARI)) == 3


def test_the_task_run_twice_sends_each_email_once(thread):
    subscribed(thread, "thread")
    pending = follow_ups.subscribe(make_comment(thread, author_email=BUDI), "thread", "en")
    assert pending is not None
    assert follow_ups.comment_published(pending.comment_id) == 2
    assert follow_ups.comment_published(pending.comment_id) == 0
    assert sorted(m.to[0] for m in mail.outbox) == [BUDI, SARI]


def test_an_already_subscribed_reader_is_not_asked_again(thread):
    subscribed(thread, "thread")
    again = follow_ups.subscribe(make_comment(thread, author_email=SARI), "replies", "en")
    assert again is not None
    follow_ups.comment_published(again.comment_id)
    assert mail.outbox == [] and FollowUp.objects.count() == 1


def test_emails_are_in_the_language_the_reader_asked_in(
    client, thread, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            "/comments/post/",
            comment_data(thread, follow_up="thread"),
            HTTP_ACCEPT_LANGUAGE="id",
        )
    assert FollowUp.objects.get().language == "id"
    (message,) = mail.outbox
    assert message.subject.startswith("Konfirmasi")


def test_the_api_takes_follow_up_and_refuses_an_unknown_value(client, thread):
    from tests.comments.test_api import post as api_post

    assert api_post(client, thread, follow_up="everything").status_code == 400
    created = api_post(client, thread, follow_up="replies", HTTP_ACCEPT_LANGUAGE="en")
    assert created.status_code == 201
    subscription = FollowUp.objects.get()
    assert subscription.scope == "replies" and subscription.language == "en"


def test_the_form_offers_the_choice_with_a_label(client, thread):
    page = client.get("/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert '<select name="follow_up"' in page
    assert 'for="id_follow_up"' in page and "Notify me of follow-up comments by email" in page
    assert 'aria-describedby="id_follow_up_helptext"' in page


@pytest.mark.parametrize("value", ["", "replies", "thread"])
def test_the_form_accepts_the_agreed_values(
    client, thread, value, django_capture_on_commit_callbacks
):
    post(client, thread, django_capture_on_commit_callbacks, follow_up=value)
    assert FollowUp.objects.filter(scope=value).count() == (1 if value else 0)


def test_a_second_whole_thread_request_waits_for_the_first_link(
    client, thread, django_capture_on_commit_callbacks
):
    post(client, thread, django_capture_on_commit_callbacks, follow_up="thread")
    post(client, thread, django_capture_on_commit_callbacks, follow_up="thread")
    post(client, thread, django_capture_on_commit_callbacks, follow_up="replies")
    assert len(mail.outbox) == 2
    assert sorted(FollowUp.objects.values_list("scope", flat=True)) == ["replies", "thread"]
