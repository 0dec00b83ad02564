"""Events reach the endpoints subscribed to them (issue 15): a held comment, spam caught, a
reader's report, a campaign found, a model activated. Sent by the task queue, never in the
request; a receiver on 127.0.0.1 started by the test stands in for the other system."""

from __future__ import annotations

import json
import time
from typing import Any

from django.core.management import call_command
from django.test import Client

from comments.models import Comment, WebhookDelivery, WebhookEndpoint
from comments.webhook_models import Event
from comments.webhook_signing import HEADER, verify
from moderation.classifier import store
from moderation.models import GatePolicy, Rule, SpamModel
from tests.comments.http_receiver import Receiver
from tests.conftest import comment_data, make_campaign, make_comment


def listening(receiver: Receiver, *events: str) -> WebhookEndpoint:
    return WebhookEndpoint.objects.create(
        name="newsroom", kind="signed_json", url=receiver.url + "/hook", events=list(events)
    )


def received(receiver: Receiver) -> list[dict[str, Any]]:
    return [json.loads(request["body"]) for request in receiver.requests]


def test_a_held_comment_is_announced_signed(
    client, thread, receiver, django_capture_on_commit_callbacks
):
    hook = listening(receiver, Event.COMMENT_HELD)
    GatePolicy.objects.create(hold_all=True)
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/comments/post/", comment_data(thread, content="Mohon dicek sumbernya."))
    (event,) = received(receiver)
    held = Comment.objects.get()
    assert event["type"] == "comment.held"
    assert event["comment"]["id"] == held.pk and event["comment"]["status"] == "pending"
    assert event["comment"]["admin_url"].startswith("https://news.example/admin/")
    request = receiver.requests[0]
    assert verify(request["headers"][HEADER], request["body"], hook.secret, now=int(time.time()))


def test_spam_caught_is_announced_but_not_what_was_published(
    client, thread, receiver, django_capture_on_commit_callbacks
):
    listening(receiver, Event.COMMENT_SPAM_CAUGHT, Event.COMMENT_HELD)
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/comments/post/", comment_data(thread))  # published: no event
    assert received(receiver) == []
    Rule.objects.create(kind=Rule.Kind.DISALLOWED, pattern="obatkuat")
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/comments/post/", comment_data(thread, content="Jual obatkuat murah."))
    assert [e["type"] for e in received(receiver)] == ["comment.spam_caught"]


def test_a_report_is_announced(thread, receiver, django_capture_on_commit_callbacks):
    listening(receiver, Event.COMMENT_REPORTED)
    published = make_comment(thread)
    with django_capture_on_commit_callbacks(execute=True):
        Client().post(
            f"/api/v1/comments/{published.pk}/report/",
            {"reason": "abuse"},
            content_type="application/json",
            REMOTE_ADDR="198.51.100.4",
        )
    (event,) = received(receiver)
    assert (event["type"], event["comment"]["id"]) == ("comment.reported", published.pk)


def test_a_new_campaign_is_announced_once(thread, receiver, django_capture_on_commit_callbacks):
    listening(receiver, Event.CAMPAIGN_FOUND)
    with django_capture_on_commit_callbacks(execute=True):
        make_campaign(thread, 5)
    (event,) = received(receiver)
    assert event["type"] == "campaign.found"
    assert event["campaign"]["admin_url"].startswith("https://news.example/admin/")


def test_a_model_activation_is_announced(
    db, receiver, small_model, django_capture_on_commit_callbacks
):
    listening(receiver, Event.MODEL_ACTIVATED)
    with django_capture_on_commit_callbacks(execute=True):
        store.save(small_model, activate=True)
    (event,) = received(receiver)
    assert event["type"] == "model.activated"
    assert event["model"]["version"] == str(SpamModel.objects.get(active=True).pk)


def test_with_the_queue_the_request_sends_nothing_and_the_worker_does(
    client,
    thread,
    receiver,
    database_tasks,
    worker_in_this_test,
    django_capture_on_commit_callbacks,
):
    listening(receiver, Event.COMMENT_HELD)
    receiver.status = 503  # and the first attempt fails: the sweep retries it
    GatePolicy.objects.create(hold_all=True)
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/comments/post/", comment_data(thread))
    assert receiver.requests == []
    call_command("run_worker", batch=True, interval=0)
    assert len(receiver.requests) == 1
    delivery = WebhookDelivery.objects.get()
    assert (delivery.status, delivery.attempts) == (WebhookDelivery.Status.PENDING, 1)
    # The retry is due: the next worker's housekeeping queues the sweep, which sends it again.
    WebhookDelivery.objects.update(next_attempt_at=delivery.created)
    receiver.status = 200
    call_command("run_worker", batch=True, interval=0)
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts) == (WebhookDelivery.Status.SUCCEEDED, 2)
    first, second = received(receiver)
    assert first["id"] == second["id"]  # a receiver drops the repeat by its id
