"""The gate's campaign check: spam when it joins a campaign moderators marked spam, held when
it joins an unreviewed one or starts one, nothing after "not a campaign"; never a reject."""

from __future__ import annotations

import pytest

from comments import campaigns
from comments.models import Campaign, Comment
from moderation import gate
from moderation.campaigns import fingerprint, match, network_of, shingles, similarity
from moderation.checks.campaigns import campaign as campaign_check
from moderation.checks.context import ReviewContext
from moderation.history import NearDuplicate
from moderation.verdict import Action, CheckName
from tests.comments.test_campaigns import campaign_text
from tests.conftest import make_comment
from tests.moderation.conftest import make_submission


def stored(thread, n: int, **fields) -> Comment:
    """A stored comment of the campaign, recorded as comments.services records it."""
    values = {
        "content": campaign_text(n),
        "author_email": f"pengirim{n}@example.id",
        "ip_address": f"198.18.{n}.5",
        "status": Comment.Status.PENDING,
    }
    values.update(fields)
    comment = make_comment(thread, **values)
    campaigns.record(comment)
    return comment


def submitted(thread, n: int = 9, **fields):
    values = {
        "content": campaign_text(n),
        "author_email": f"baru{n}@example.id",
        "ip_address": f"198.19.{n}.5",
    }
    values.update(fields)
    return make_submission(thread, **values)


def campaign_reasons(verdict) -> list[str]:
    return [r.text for r in verdict.reasons if r.check == CheckName.CAMPAIGN]


@pytest.fixture
def unreviewed(thread) -> Campaign:
    for n in range(3):
        stored(thread, n)
    return Campaign.objects.get()


def test_it_holds_a_comment_that_joins_an_unreviewed_campaign(thread, unreviewed):
    verdict = gate.review(submitted(thread))
    assert verdict.action == Action.HOLD
    assert campaign_reasons(verdict) == [
        f"held: joins campaign #{unreviewed.pk} (3 comments from 3 commenters on 3 networks in 1 h)"
    ]


def test_it_calls_spam_a_comment_that_joins_a_campaign_marked_spam(thread, unreviewed):
    campaigns.mark_spam(unreviewed, None)
    verdict = gate.review(submitted(thread))
    assert verdict.action == Action.SPAM
    assert campaign_reasons(verdict) == [
        f"spam: joins campaign #{unreviewed.pk}, 3 comments marked spam"
    ]


def test_it_says_nothing_about_a_campaign_marked_not_a_campaign(thread, unreviewed):
    campaigns.not_campaign(unreviewed, None)
    verdict = gate.review(submitted(thread))
    assert verdict.action == Action.APPROVE
    assert campaign_reasons(verdict) == []


def test_it_holds_the_comment_that_would_start_a_campaign(thread):
    stored(thread, 0, status=Comment.Status.APPROVED)
    stored(thread, 1, status=Comment.Status.APPROVED)
    assert not Campaign.objects.exists()
    verdict = gate.review(submitted(thread))
    assert verdict.action == Action.HOLD
    assert campaign_reasons(verdict) == [
        "held: starts a campaign: near-duplicate of 2 comments (3 commenters on 3 networks in 48 h)"
    ]


def test_two_commenters_on_one_network_start_nothing(thread):
    stored(thread, 0, ip_address="203.0.113.5")
    verdict = gate.review(submitted(thread, ip_address="203.0.113.6"))
    assert verdict.action == Action.APPROVE


def test_an_edit_is_not_its_own_near_duplicate(thread):
    first = stored(thread, 0, author_email="a@example.id", ip_address="203.0.113.5")
    stored(thread, 1, author_email="b@example.id", ip_address="203.0.113.6")
    edit = submitted(
        thread, n=0, author_email="a@example.id", ip_address="203.0.113.5", editing_id=first.pk
    )
    # Only the other commenter's comment is a near-duplicate: two commenters, one network.
    assert campaign_reasons(gate.review(edit)) == []


@pytest.mark.parametrize("status", ["unreviewed", "spam", "not_campaign"])
def test_it_never_rejects(thread, unreviewed, status):
    Campaign.objects.filter(pk=unreviewed.pk).update(status=status)
    for reason in campaign_check(ReviewContext(submitted(thread))):
        assert reason.action in (Action.HOLD, Action.SPAM)


def test_folded_look_alikes_give_the_same_fingerprint():
    plain = "Modal kecil bisa jadi jutaan rupiah per hari, hubungi admin sekarang"
    styled = "𝐌𝐨𝐝𝐚𝐥 KECIL bisa jadi jutaan rupiah per hari, hubungi ａｄｍｉｎ sekarang!!"
    assert fingerprint(plain) == fingerprint(styled)


def test_similar_texts_score_high_and_unrelated_ones_low():
    a, b = shingles(campaign_text(0)), shingles(campaign_text(1))
    assert similarity(a, b) >= 0.5
    other = shingles("Jadwal kapal ke pulau seberang berubah karena cuaca buruk minggu ini")
    assert similarity(a, other) == 0.0


@pytest.mark.parametrize(
    ("address", "network"),
    [
        ("203.0.113.77", "203.0.113.0/24"),
        ("2001:db8:1:2::abcd", "2001:db8:1:2::/64"),
        ("::ffff:203.0.113.9", "203.0.113.0/24"),
        (None, ""),
        ("not an address", ""),
    ],
)
def test_networks_are_ipv4_24_and_ipv6_64(address, network):
    assert network_of(address) == network


def test_match_counts_commenters_or_networks():
    sought = fingerprint(campaign_text(0))
    assert sought is not None
    near = [
        NearDuplicate(n, campaign_text(n), f"orang{n % 2}", "203.0.113.1", None) for n in (1, 2)
    ]
    found = match(sought, near, "orang0", network_of("203.0.113.9"))
    assert (found.commenters, found.networks, found.forms) == (2, 1, False)
    found = match(sought, near, "orang3", network_of("203.0.113.9"))
    assert (found.commenters, found.networks, found.forms) == (3, 1, True)
