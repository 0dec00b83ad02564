"""The gate's ban lookup (hand-written SQL) finds what the same question through the ORM finds."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from moderation.checks.bans import covering_bans, find_ban
from moderation.identity import commenter_digest
from moderation.models import Ban

pytestmark = pytest.mark.django_db

EMAIL = "banned.reader@example.id"


def ban(kind: str, value: str, days: int | None = None) -> Ban:
    until = None if days is None else timezone.now() + timedelta(days=days)
    return Ban.objects.create(kind=kind, value=value, until=until, reason="test")


@pytest.fixture
def bans() -> dict[str, Ban]:
    return {
        "expired": ban(Ban.Kind.COMMENTER, commenter_digest(EMAIL), days=-1),
        "other": ban(Ban.Kind.COMMENTER, commenter_digest("someone@example.id")),
        "user": ban(Ban.Kind.USER, "42", days=3),
        "network": ban(Ban.Kind.NETWORK, "198.51.100.0/24", days=7),
        "v6": ban(Ban.Kind.NETWORK, "2001:db8:5::/48"),
        "broken": ban(Ban.Kind.NETWORK, "not a network"),
    }


@pytest.mark.parametrize(
    ("email", "user_id", "address", "expected"),
    [
        (EMAIL, None, "203.0.113.9", None),  # only an expired ban names this commenter
        ("someone@example.id", None, None, "other"),
        (EMAIL, 42, None, "user"),
        (EMAIL, None, "198.51.100.77", "network"),
        (EMAIL, None, "2001:db8:5:1::9", "v6"),
        (EMAIL, 7, "not an address", None),
    ],
)
def test_the_gate_finds_the_covering_ban(bans, email, user_id, address, expected):
    found = find_ban(email, user_id, address)
    assert found == (bans[expected] if expected else None)
    candidates = set(covering_bans(email, user_id, address))
    assert found is None or found in candidates


def test_a_ban_for_good_and_a_ban_with_an_end_are_both_found(bans):
    for_good = ban(Ban.Kind.COMMENTER, commenter_digest(EMAIL))
    found = find_ban(EMAIL, None, None)
    assert found == for_good
    assert found is not None and found.reason == "test"
