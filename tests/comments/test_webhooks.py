"""Webhook deliveries (issue 15): signed bodies, chat formats, retries, no personal data.

Every request goes to a real HTTP receiver on 127.0.0.1 started by the test, so the private
address setting is on here; its own tests (test_outbound_ssrf) switch it off.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from datetime import timedelta
from io import StringIO
from typing import Any

import pytest
from django.core.management import call_command
from django.utils import timezone, translation

from comments import webhooks
from comments.models import Comment, Decision, WebhookDelivery, WebhookEndpoint
from comments.webhook_models import Event
from comments.webhook_signing import HEADER, verify
from tests.comments.http_receiver import Receiver
from tests.conftest import comment_data, email_fingerprints, make_comment

EMAIL = "rahasia.penulis@example.org"


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    """Errors are written in the active language (the site's, outside a request): English here."""
    with translation.override("en"):
        yield


ADDRESS = "198.51.100.23"


def endpoint(url: str, kind: str = "signed_json", **fields: Any) -> WebhookEndpoint:
    fields.setdefault("events", [Event.COMMENT_HELD, Event.COMMENT_SPAM_CAUGHT])
    return WebhookEndpoint.objects.create(name=f"{kind} hook", kind=kind, url=url, **fields)


def held_comment(thread: Any) -> Comment:
    comment = make_comment(
        thread,
        author_email=EMAIL,
        ip_address=ADDRESS,
        user_agent="Mozilla/5.0 (X11; Linux) UniqueAgent/9",
        status=Comment.Status.PENDING,
        score=0.62,
        edit_secret_hash="5e" * 32,
    )
    Decision.objects.create(
        comment=comment,
        source=Decision.Source.GATE,
        check_name="moderation_key",
        action=Decision.Action.HOLD,
        reason=f"held: moderation key '{ADDRESS}' in address",
    )
    Decision.objects.create(
        comment=comment,
        source=Decision.Source.GATE,
        check_name="moderation_key",
        action=Decision.Action.HOLD,
        reason=f"held: moderation key '{EMAIL}' in email",
    )
    return comment


def test_it_signs_the_body_so_the_receiver_verifies_it(receiver, thread):
    hook = endpoint(receiver.url + "/hooks/comments")
    [delivery] = webhooks.create_deliveries(
        webhooks.payload("comment.held", comment=held_comment(thread))
    )

    done = webhooks.attempt(delivery)

    assert done.status == WebhookDelivery.Status.SUCCEEDED and done.attempts == 1
    assert done.last_status_code == 200 and done.last_latency_ms is not None
    [request] = receiver.requests
    assert request["path"] == "/hooks/comments"
    assert request["body"] == delivery.body.encode()
    assert verify(request["headers"][HEADER], request["body"], hook.secret, int(time.time()))
    assert not verify(
        request["headers"][HEADER], request["body"], "another secret", int(time.time())
    )
    assert request["headers"]["X-Comment-Event"] == "comment.held"


def test_the_body_says_what_happened_and_links_to_the_admin(receiver, thread):
    comment = held_comment(thread)
    event = webhooks.payload("comment.held", comment=comment)

    assert event["type"] == "comment.held" and len(event["id"]) == 32
    part = event["comment"]
    assert (part["id"], part["thread"], part["status"], part["score"]) == (
        comment.pk,
        "demo-article",
        "pending",
        0.62,
    )
    assert [r["code"] for r in part["reasons"]] == ["moderation_key", "moderation_key"]
    assert part["admin_url"] == f"https://news.example/admin/comments/comment/{comment.pk}/change/"
    assert event["admin_url"] == part["admin_url"]


def test_the_body_never_holds_the_email_address_or_user_agent(receiver, thread):
    endpoint(receiver.url)
    endpoint(receiver.url, kind="slack")
    endpoint(receiver.url, kind="telegram", chat_id="-100200")
    comment = held_comment(thread)
    for delivery in webhooks.create_deliveries(webhooks.payload("comment.held", comment=comment)):
        webhooks.attempt(delivery)

    assert len(receiver.requests) == 3
    for request in receiver.requests:
        text = request["body"].decode().lower()
        for fingerprint in email_fingerprints(EMAIL):
            assert fingerprint.lower() not in text
        assert ADDRESS not in text and "uniqueagent" not in text
        assert "5e" * 32 not in text
        assert "[hidden]" in text  # the reasons are there, without what they quoted


@pytest.mark.parametrize(
    ("reason", "sent"),
    [
        ("held: moderation key '::1' in address", "held: moderation key '[hidden]' in address"),
        (
            "spam: disallowed key 'a.b+c@mail.example.co.id' in email",
            "spam: disallowed key '[hidden]' in email",
        ),
        ("held: network 203.0.113.0/24 and fe80::1.", "held: network [hidden]/24 and [hidden]."),
        (
            "rejected: banned until 2026-01-01 12:30 (ban #3)",
            "rejected: banned until 2026-01-01 12:30 (ban #3)",
        ),
    ],
)
def test_reason_texts_lose_emails_and_addresses_only(reason, sent, receiver, thread):
    comment = make_comment(thread, status=Comment.Status.PENDING)
    event = webhooks.payload("comment.held", comment=comment, reasons=[("rule", reason)])
    assert event["comment"]["reasons"] == [{"code": "rule", "text": sent}]


def test_links_are_relative_without_any_site_url(receiver, thread, settings, tune_comments):
    tune_comments(site_url="")
    settings.SITE_URL = ""
    event = webhooks.payload("comment.held", comment=held_comment(thread))
    assert event["admin_url"].startswith("/admin/comments/comment/")


def test_it_delivers_only_to_active_endpoints_subscribed_to_the_event(receiver, thread):
    wanted = endpoint(receiver.url, events=["comment.held"])
    endpoint(receiver.url, events=["campaign.found"])
    endpoint(receiver.url, events=["comment.held"], active=False)

    deliveries = webhooks.create_deliveries(
        webhooks.payload("comment.held", comment=held_comment(thread))
    )

    assert [d.endpoint_id for d in deliveries] == [wanted.pk]
    assert deliveries[0].status == WebhookDelivery.Status.PENDING
    assert receiver.requests == []  # creating sends nothing


def test_a_failing_endpoint_is_retried_with_growing_waits_then_failed(receiver, thread):
    receiver.status = 500
    endpoint(receiver.url)
    [delivery] = webhooks.create_deliveries(
        webhooks.payload("comment.held", comment=held_comment(thread))
    )
    now = timezone.now()

    first = webhooks.attempt(delivery, now)
    assert (first.status, first.attempts, first.last_status_code) == ("pending", 1, 500)
    assert first.last_error == "HTTP 500"
    assert first.next_attempt_at == now + timedelta(seconds=30)
    assert not webhooks.due_deliveries(now + timedelta(seconds=29)).exists()
    assert list(webhooks.due_deliveries(now + timedelta(seconds=30))) == [first]

    later = now + timedelta(seconds=30)
    second = webhooks.attempt(first, later)
    assert second.attempts == 2 and second.next_attempt_at == later + timedelta(seconds=60)

    WebhookDelivery.objects.filter(pk=delivery.pk).update(created=now - timedelta(hours=25))
    second.refresh_from_db()
    last = webhooks.attempt(second, later + timedelta(minutes=1))
    assert (last.status, last.attempts) == ("failed", 3)
    assert last.finished is not None and last.next_attempt_at is None
    assert len(receiver.requests) == 3
    assert not webhooks.due_deliveries(now + timedelta(days=2)).exists()


def test_the_backoff_doubles_from_30_seconds_up_to_an_hour():
    waits = [webhooks.backoff(n).total_seconds() for n in range(1, 10)]
    assert waits == [30, 60, 120, 240, 480, 960, 1920, 3600, 3600]
    assert webhooks.backoff(1000) == timedelta(hours=1)


def test_it_recovers_when_the_endpoint_answers_again(receiver, thread):
    receiver.status = 503
    endpoint(receiver.url)
    [delivery] = webhooks.create_deliveries(
        webhooks.payload("comment.held", comment=held_comment(thread))
    )
    webhooks.attempt(delivery)
    receiver.status = 204
    done = webhooks.attempt(delivery, delivery.next_attempt_at)
    assert (done.status, done.attempts, done.last_error) == ("succeeded", 2, "")


def test_a_stale_copy_of_a_delivery_sends_nothing_twice(receiver, thread):
    receiver.status = 500
    endpoint(receiver.url)
    [delivery] = webhooks.create_deliveries(
        webhooks.payload("comment.held", comment=held_comment(thread))
    )
    stale = WebhookDelivery.objects.get(pk=delivery.pk)
    webhooks.attempt(delivery)
    again = webhooks.attempt(stale)  # another worker read the row before the first attempt
    assert len(receiver.requests) == 1 and again.attempts == 1


def test_a_redirect_is_not_followed(receiver, thread):
    elsewhere = Receiver()
    try:
        receiver.status, receiver.location = 302, elsewhere.url + "/internal"
        endpoint(receiver.url)
        [delivery] = webhooks.create_deliveries(
            webhooks.payload("comment.held", comment=held_comment(thread))
        )
        done = webhooks.attempt(delivery)
    finally:
        elsewhere.stop()
    assert (done.status, done.last_status_code, done.last_error) == (
        "pending",
        302,
        "redirect refused",
    )
    assert elsewhere.requests == []


def test_a_hanging_endpoint_times_out_and_never_holds_up_posting(
    receiver, thread, tune_comments, client, held
):
    tune_comments(webhook_timeout_seconds=0.3)
    receiver.hang.set()
    endpoint(receiver.url, events=["comment.held"])

    answer = client.post("/api/v1/comments/", comment_data(thread), content_type="application/json")
    assert answer.status_code == 201 and answer.json()["status"] == "pending"
    assert receiver.requests == []  # posting itself never calls an endpoint

    [delivery] = webhooks.create_deliveries(
        webhooks.payload("comment.held", comment=Comment.objects.get())
    )
    with translation.override("en"):  # the request left its own language active
        done = webhooks.attempt(delivery)
    assert (done.status, done.last_status_code, done.last_error) == ("pending", None, "timed out")


def test_slack_compatible_endpoints_get_text_with_the_admin_link(receiver, thread):
    thread.title = "Harga <beras> & minyak"
    thread.save()
    endpoint(receiver.url + "/hooks/T000/B000/XXXX", kind="slack")
    comment = held_comment(thread)
    [delivery] = webhooks.create_deliveries(webhooks.payload("comment.held", comment=comment))
    webhooks.attempt(delivery)

    [request] = receiver.requests
    message = json.loads(request["body"])
    assert list(message) == ["text"]
    assert f"https://news.example/admin/comments/comment/{comment.pk}/change/" in message["text"]
    assert "Harga &lt;beras&gt; &amp; minyak" in message["text"]  # no markup from a title
    assert HEADER not in request["headers"]


def test_telegram_gets_a_bot_message_and_its_token_stays_out_of_the_log(receiver, thread):
    receiver.status = 401
    token_path = "/bot123456:AAFsecretTOKEN/sendMessage"
    endpoint(receiver.url + token_path, kind="telegram", chat_id="-1001234")
    comment = held_comment(thread)
    [delivery] = webhooks.create_deliveries(webhooks.payload("comment.held", comment=comment))
    done = webhooks.attempt(delivery)

    [request] = receiver.requests
    assert request["path"] == token_path
    message = json.loads(request["body"])
    assert message["chat_id"] == "-1001234" and message["disable_web_page_preview"] is True
    assert f"/admin/comments/comment/{comment.pk}/change/" in message["text"]
    assert "secretTOKEN" not in done.last_error and "secretTOKEN" not in done.body


def test_other_events_name_their_own_admin_pages(receiver):
    assert webhooks.payload("model.activated", model_version="v7")["admin_url"].endswith(
        "/admin/moderation/spammodel/"
    )
    with pytest.raises(ValueError, match="unknown webhook event type"):
        webhooks.payload("comment.liked")


def test_the_command_attempts_every_due_delivery_once(receiver, thread):
    endpoint(receiver.url)
    webhooks.create_deliveries(webhooks.payload("comment.held", comment=held_comment(thread)))
    out = StringIO()
    call_command("send_webhooks", stdout=out)
    assert "1 due: 1 succeeded, 0 to retry, 0 failed." in out.getvalue()
    call_command("send_webhooks", stdout=out)
    assert len(receiver.requests) == 1
