from __future__ import annotations

import pytest
from django.core.cache import cache

from comments.models import Comment
from moderation import gate
from moderation.verdict import Action, RejectCode
from tests.conftest import email_fingerprints
from tests.moderation.conftest import make_submission, post_comment


@pytest.fixture
def no_flood(tune_gate):
    tune_gate(flood_interval=0)


def test_the_sixth_comment_in_a_minute_from_one_address_is_a_429(client, thread, no_flood):
    for n in range(5):
        response = post_comment(
            client, thread, author_email=f"reader{n}@example.id", content=f"komentar nomor {n}"
        )
        assert response.status_code == 302
    response = post_comment(
        client,
        thread,
        author_email="reader9@example.id",
        content="satu lagi",
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert response.status_code == 429
    assert 1 <= int(response["Retry-After"]) <= 60
    html = response.content.decode()
    assert "You are posting comments too quickly." in html
    assert "satu lagi</textarea>" in html
    assert Comment.objects.count() == 5


def test_the_limit_message_is_translated(client, thread, no_flood):
    for n in range(5):
        post_comment(client, thread, author_email=f"r{n}@example.id", content=f"isi {n}")
    response = post_comment(client, thread, author_email="r9@example.id", content="isi lagi")
    assert "Anda mengirim komentar terlalu cepat." in response.content.decode()


def test_the_hourly_address_limit_applies_too(thread, tune_gate):
    tune_gate(flood_interval=0, ip_rates=["100/m", "3/h"])
    actions = [
        gate.review(make_submission(thread, author_email=f"h{n}@example.id")).action
        for n in range(4)
    ]
    assert actions == [Action.APPROVE] * 3 + [Action.REJECT]


def test_one_email_is_limited_across_addresses(thread, no_flood):
    verdicts = [
        gate.review(make_submission(thread, ip_address=f"192.0.2.{n}", content=f"isi {n}"))
        for n in range(4)
    ]
    assert [v.action for v in verdicts[:3]] == [Action.APPROVE] * 3
    assert verdicts[3].action == Action.REJECT
    assert verdicts[3].code == RejectCode.RATE_LIMITED
    assert verdicts[3].reasons[-1].text == "rejected: email over 3/m"


def test_the_email_key_is_a_digest_never_the_email(thread, no_flood, monkeypatch):
    written: list[str] = []
    original_add = cache.add

    def recording_add(key, value, *args, **kwargs):
        written.append(f"{key}={value}")
        return original_add(key, value, *args, **kwargs)

    monkeypatch.setattr(cache, "add", recording_add)
    for n in range(2):
        gate.review(make_submission(thread, ip_address=f"192.0.2.{n}"))
    assert written, "the limits wrote nothing to the cache"
    everything = " ".join(written).lower()
    for fingerprint in email_fingerprints("dewi.reader@example.id"):
        assert fingerprint not in everything


def test_the_flood_interval_allows_one_comment_per_15_seconds(thread):
    first = gate.review(make_submission(thread, author_email="a@example.id"))
    second = gate.review(make_submission(thread, author_email="b@example.id"))
    assert first.action == Action.APPROVE
    assert second.action == Action.REJECT
    assert second.code == RejectCode.RATE_LIMITED
    assert second.retry_after is not None and 14 <= second.retry_after <= 15
    assert second.reasons[-1].text == "rejected: address 203.0.113.10/32 over flood 15s"


def test_the_flood_interval_also_follows_the_email(thread):
    gate.review(make_submission(thread, ip_address="192.0.2.1"))
    second = gate.review(make_submission(thread, ip_address="192.0.2.2"))
    assert second.action == Action.REJECT
    assert second.reasons[-1].text == "rejected: email over flood 15s"


def test_ipv6_addresses_in_one_64_share_a_limit(thread, no_flood):
    def review(address: str, n: int) -> Action:
        return gate.review(
            make_submission(thread, ip_address=address, author_email=f"v{n}@example.id")
        ).action

    same_net = [review(f"2001:db8:1:2::{n + 1:x}", n) for n in range(6)]
    assert same_net == [Action.APPROVE] * 5 + [Action.REJECT]
    assert review("2001:db8:1:3::1", 99) == Action.APPROVE


def test_staff_are_exempt(thread):
    actions = [
        gate.review(make_submission(thread, is_staff=True, content=f"catatan redaksi {n}")).action
        for n in range(8)
    ]
    assert actions == [Action.APPROVE] * 8


def test_a_failing_cache_holds_instead_of_rejecting_or_publishing(client, thread, monkeypatch):
    def broken(*args, **kwargs):
        raise ConnectionError("cache is down")

    monkeypatch.setattr(cache, "add", broken)
    monkeypatch.setattr(cache, "incr", broken)
    monkeypatch.setattr(cache, "get", broken)
    response = post_comment(client, thread)
    comment = Comment.objects.get()
    assert response.status_code == 302
    assert comment.status == Comment.Status.PENDING
    assert "held: rate limiter unavailable" in comment.decisions.values_list("reason", flat=True)
