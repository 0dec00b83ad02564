"""Webhook endpoints and the delivery log in the admin: site owners only, secrets kept back."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from comments.models import WebhookDelivery, WebhookEndpoint
from tests.comments.test_webhooks import Receiver
from tests.conftest import logged_in

TOKEN_PATH = "/bot123456:AAFsecretTOKEN/sendMessage"


@pytest.fixture
def receiver(tune_comments: Callable[..., None]) -> Iterator[Receiver]:
    tune_comments(webhooks_allow_private_addresses=True)
    started = Receiver()
    yield started
    started.stop()


@pytest.fixture
def owner(django_user_model):
    """Erin owns the site: a superuser."""
    user = django_user_model.objects.create_superuser("erin", password="pw-12345678")
    return logged_in(user)


@pytest.fixture
def auditor(django_user_model):
    """Fay may look at webhook endpoints, not change them."""
    user = django_user_model.objects.create_user("fay", password="pw-12345678", is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="view_webhookendpoint"))
    return logged_in(user)


def make(url: str, kind: str = "signed_json", **fields) -> WebhookEndpoint:
    return WebhookEndpoint.objects.create(
        name=f"{kind} hook", kind=kind, url=url, events=["comment.held"], **fields
    )


def send_test(client, hook: WebhookEndpoint):
    url = reverse("admin:comments_webhookendpoint_send_test", args=[hook.pk])
    return client.post(url, follow=True)


def test_the_test_button_sends_a_test_event_and_says_how_it_went(owner, receiver, db):
    hook = make(receiver.url + "/in")
    page = owner.get(reverse("admin:comments_webhookendpoint_change", args=[hook.pk]))
    button = reverse("admin:comments_webhookendpoint_send_test", args=[hook.pk])
    assert f'formaction="{button}"' in page.content.decode()

    answer = send_test(owner, hook)

    assert answer.redirect_chain[-1][0] == reverse(
        "admin:comments_webhookendpoint_change", args=[hook.pk]
    )
    assert "Test event delivered to signed_json hook: HTTP 200" in answer.content.decode()
    [request] = receiver.requests
    assert request["headers"]["X-Comment-Event"] == "test"
    delivery = WebhookDelivery.objects.get()
    assert (delivery.event_type, delivery.status, delivery.attempts) == ("test", "succeeded", 1)


def test_a_failing_test_event_is_reported_and_not_retried(owner, receiver, db):
    receiver.status = 500
    hook = make(receiver.url)
    answer = send_test(owner, hook)
    assert "Test event to signed_json hook failed: HTTP 500." in answer.content.decode()
    delivery = WebhookDelivery.objects.get()
    assert delivery.status == "failed" and delivery.next_attempt_at is None


def test_the_list_action_sends_test_events_too(owner, receiver, db):
    hooks = [make(receiver.url), make(receiver.url, kind="slack")]
    owner.post(
        reverse("admin:comments_webhookendpoint_changelist"),
        {"action": "send_test_event", "_selected_action": [h.pk for h in hooks]},
    )
    assert len(receiver.requests) == 2


def test_a_test_event_is_forbidden_to_moderators_and_outsiders(moderator, outsider, receiver, db):
    hook = make(receiver.url)
    for client in (moderator, outsider):
        assert send_test(client, hook).status_code == 403
        changelist = client.get(reverse("admin:comments_webhookendpoint_changelist"))
        assert changelist.status_code == 403
        log = client.get(reverse("admin:comments_webhookdelivery_changelist"))
        assert log.status_code == 403
    assert receiver.requests == []
    assert not WebhookDelivery.objects.exists()


def test_looking_is_not_enough_to_send_a_test(auditor, receiver, db):
    hook = make(receiver.url)
    assert send_test(auditor, hook).status_code == 403
    assert receiver.requests == []


def test_a_get_never_sends(owner, receiver, db):
    hook = make(receiver.url)
    url = reverse("admin:comments_webhookendpoint_send_test", args=[hook.pk])
    assert owner.get(url).status_code == 405
    assert receiver.requests == []


def test_the_list_shows_the_host_and_never_the_secret_or_token(owner, db):
    make("https://api.telegram.org" + TOKEN_PATH, kind="telegram", chat_id="-100")
    signed = make("https://hooks.example/in")
    page = owner.get(reverse("admin:comments_webhookendpoint_changelist")).content.decode()
    assert "api.telegram.org" in page and "hooks.example" in page
    assert "secretTOKEN" not in page and signed.secret not in page


def test_the_change_page_shows_the_secret_to_whoever_may_change_it(owner, auditor, db):
    hook = make("https://hooks.example/in/very-private-path")
    url = reverse("admin:comments_webhookendpoint_change", args=[hook.pk])
    assert hook.secret in owner.get(url).content.decode()

    seen = auditor.get(url).content.decode()
    assert seen.count("hooks.example") >= 1
    assert hook.secret not in seen and "very-private-path" not in seen
    assert "••••••••" + hook.secret[-4:] in seen


def test_adding_an_endpoint_makes_its_secret(owner, db):
    answer = owner.post(
        reverse("admin:comments_webhookendpoint_add"),
        {
            "name": "Newsroom",
            "kind": "signed_json",
            "url": "https://93.184.216.34/hooks",
            "chat_id": "",
            "events": ["comment.held", "campaign.found"],
            "active": "on",
        },
    )
    assert answer.status_code == 302
    hook = WebhookEndpoint.objects.get()
    assert hook.events == ["comment.held", "campaign.found"] and len(hook.secret) >= 40


def test_the_form_refuses_a_private_address_and_a_telegram_bot_without_chat(owner, db):
    answer = owner.post(
        reverse("admin:comments_webhookendpoint_add"),
        {"name": "Internal", "kind": "telegram", "url": "http://10.0.0.5/x", "chat_id": ""},
    )
    text = answer.content.decode()
    assert answer.status_code == 200 and not WebhookEndpoint.objects.exists()
    assert "webhooks are only sent to public addresses" in text
    assert "A Telegram bot needs the chat id" in text


def test_the_delivery_log_is_read_only(owner, receiver, db):
    hook = make(receiver.url)
    send_test(owner, hook)
    delivery = WebhookDelivery.objects.get()
    log = owner.get(
        reverse("admin:comments_webhookdelivery_changelist") + "?status__exact=succeeded"
    )
    assert log.status_code == 200 and hook.name in log.content.decode()
    page = owner.get(reverse("admin:comments_webhookdelivery_change", args=[delivery.pk]))
    assert page.status_code == 200 and 'name="_save"' not in page.content.decode()
    assert owner.get(reverse("admin:comments_webhookdelivery_add")).status_code == 403
