"""Webhooks never reach the private network unless the site allows it (issue 15, SSRF).

Refused at save (the model's clean, so the admin form) and again at send, where a real receiver
on 127.0.0.1 proves nothing was connected to. DNS is patched only where a public name is needed:
the tests have no internet.
"""

from __future__ import annotations

import re
import socket
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from comments import outbound
from comments.models import WebhookEndpoint
from tests.comments.test_webhooks import Receiver

NON_PUBLIC = [
    "http://127.0.0.1/hook",
    "http://127.8.9.10:8080/hook",
    "http://10.0.0.5/hook",
    "http://172.16.0.1/hook",
    "http://192.168.1.1/hook",
    "http://100.64.0.1/hook",  # carrier-grade NAT
    "http://[::1]/hook",
    "http://[::ffff:127.0.0.1]/hook",
    "http://[fd00::1]/hook",
    "http://[fe80::1]/hook",
    "http://169.254.169.254/latest/meta-data/",
    "http://0.0.0.0/hook",
    "http://224.0.0.1/hook",
    "http://2130706433/hook",  # 127.0.0.1 as one number
    "http://localhost/hook",
    "https://localhost:8443/hook",
]


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    """Errors are written in the active language (the site's, outside a request): English here."""
    with translation.override("en"):
        yield


@pytest.fixture
def local(tune_comments: Callable[..., None]) -> Iterator[Receiver]:
    tune_comments(webhooks_allow_private_addresses=False)
    started = Receiver()
    yield started
    started.stop()


@pytest.mark.parametrize("url", NON_PUBLIC)
def test_non_public_addresses_are_refused(url, tune_comments):
    tune_comments(webhooks_allow_private_addresses=False)
    with pytest.raises(outbound.RefusedURL, match="non-public address"):
        outbound.check_url(url)
    outcome = outbound.post(url, b"{}", {})
    assert outcome.status_code is None and "non-public address" in outcome.error


@pytest.mark.parametrize("url", ["http://10.0.0.5/hook", "http://[::1]/", "http://localhost/"])
def test_saving_such_an_endpoint_says_why(url, db, tune_comments):
    tune_comments(webhooks_allow_private_addresses=False)
    hook = WebhookEndpoint(name="internal", url=url, events=["comment.held"])
    with pytest.raises(ValidationError) as refused:
        hook.full_clean()
    assert "only sent to public addresses" in str(refused.value.message_dict["url"])


def test_a_local_receiver_is_never_connected_to(local):
    for url in (local.url, local.url.replace("127.0.0.1", "localhost")):
        outcome = outbound.post(url + "/hook", b"{}", {})
        assert "non-public address" in outcome.error
    assert local.requests == []


def test_the_setting_lets_a_local_receiver_in(local, tune_comments):
    tune_comments(webhooks_allow_private_addresses=True)
    outcome = outbound.post(local.url.replace("127.0.0.1", "localhost") + "/hook", b"{}", {})
    assert outcome.ok and outcome.status_code == 200
    assert local.requests[0]["headers"]["Host"] == f"localhost:{local.server.server_port}"


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("ftp://example.com/hook", "Only http:// and https://"),
        ("file:///etc/passwd", "Only http:// and https://"),
        ("javascript:alert(1)", "Only http:// and https://"),
        ("https://user:pass@example.com/hook", "user name or password"),
        ("https://example.com@10.0.0.5/hook", "user name or password"),
        ("https:///hook", "no host name"),
        ("https://example.com:99999/", "not a valid web address"),
        ("https://exa mple.com/", "spaces or control characters"),
        ("https://example.com/\r\nX-Injected: 1", "spaces or control characters"),
    ],
)
def test_other_addresses_are_refused_with_a_clear_message(url, message):
    with pytest.raises(outbound.RefusedURL, match=message):
        outbound.parse(url)


def test_any_private_answer_refuses_a_name(monkeypatch, tune_comments):
    tune_comments(webhooks_allow_private_addresses=False)
    answers = [_info("93.184.216.34"), _info("10.1.2.3")]
    monkeypatch.setattr(outbound.socket, "getaddrinfo", lambda *a, **k: answers)
    with pytest.raises(outbound.RefusedURL, match=re.escape("10.1.2.3")):
        outbound.check_url("https://hooks.example/in")


def test_it_connects_to_the_checked_address_and_resolves_once(monkeypatch, tune_comments):
    """A second lookup could answer 127.0.0.1 (DNS rebinding): there is none."""
    tune_comments(webhooks_allow_private_addresses=False)
    lookups: list[str] = []
    connected: list[tuple[str, int]] = []

    def resolve(host: str, *args: Any, **kwargs: Any) -> list[Any]:
        lookups.append(host)
        return [_info("93.184.216.34")]

    def connect(address: tuple[str, int], **kwargs: Any) -> socket.socket:
        connected.append(address)
        raise ConnectionRefusedError("refused in test")

    monkeypatch.setattr(outbound.socket, "getaddrinfo", resolve)
    monkeypatch.setattr(outbound.socket, "create_connection", connect)
    outcome = outbound.post("https://hooks.example/in", b"{}", {})
    assert lookups == ["hooks.example"]
    assert connected == [("93.184.216.34", 443)]
    assert outcome.status_code is None and "refused in test" in outcome.error


def test_a_name_that_does_not_resolve_fails_the_send_but_not_the_save(db, monkeypatch):
    def nowhere(*args: Any, **kwargs: Any) -> list[Any]:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(outbound.socket, "getaddrinfo", nowhere)
    WebhookEndpoint(name="later", url="https://hooks.example/in").full_clean()
    assert "could not be resolved" in outbound.post("https://hooks.example/in", b"", {}).error


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("93.184.216.34", True),
        ("2606:2800:220:1:248:1893:25c8:1946", True),
        ("192.0.2.1", False),  # documentation
        ("::", False),
        ("64:ff9b::7f00:1", False),  # NAT64 of 127.0.0.1
        ("64:ff9b::5db8:d822", True),  # NAT64 of 93.184.216.34
        ("2002:7f00:1::", False),  # 6to4 of 127.0.0.1
        ("ff02::1", False),
    ],
)
def test_what_counts_as_public(address, public):
    assert outbound.is_public(address) is public


def _info(address: str) -> tuple[Any, ...]:
    return (socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, 443))


def test_the_refusal_is_in_the_language_in_use(db, tune_comments):
    tune_comments(webhooks_allow_private_addresses=False)
    with translation.override("id"), pytest.raises(ValidationError) as refused:
        WebhookEndpoint(name="internal", url="http://10.0.0.5/", events=[]).full_clean()
    assert "webhook hanya dikirim ke alamat publik" in str(refused.value.message_dict["url"])
