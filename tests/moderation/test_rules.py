from __future__ import annotations

import pytest

from comments.models import Comment
from moderation import gate
from moderation.models import GatePolicy, Rule
from moderation.verdict import Action
from tests.moderation.conftest import make_submission, post_comment, reasons_of


def disallow(pattern: str) -> Rule:
    return Rule.objects.create(kind=Rule.Kind.DISALLOWED, pattern=pattern)


def moderate(pattern: str) -> Rule:
    return Rule.objects.create(kind=Rule.Kind.MODERATION, pattern=pattern)


def decide(thread, **fields):
    return gate.review(make_submission(thread, **fields))


def test_a_disallowed_word_sends_the_comment_to_spam(client, thread):
    disallow("slot")
    response = post_comment(client, thread, content="Main slot di sini gan")
    comment = Comment.objects.get()
    assert response.status_code == 302
    assert comment.status == Comment.Status.SPAM
    assert "spam: disallowed key 'slot' in content" in reasons_of(comment)


@pytest.mark.parametrize(
    "content",
    [
        "Main 𝐬𝐥𝐨𝐭 di sini",
        "Main 𝑺𝑳𝑶𝑻 di sini",
        "Main Ｓｌｏｔ di sini",
        "Main s̶l̶o̶t̶ di sini",
        "Main s\u200bl\u200co\u200dt di sini",
        "Main ѕlоt di sini",
        "Main SLOT di sini",
        "Main sl0t di sini",
        "Main s l o t di sini",
        "Main s.l.o.t di sini",
        "Main slotgacor di sini",
    ],
)
def test_matching_sees_through_unicode_tricks(thread, content):
    disallow("slot")
    verdict = decide(thread, content=content)
    assert verdict.action == Action.SPAM
    assert verdict.reasons[-1].text == "spam: disallowed key 'slot' in content"


@pytest.mark.parametrize("content", ["Gas lot kosong di pelabuhan", "Slotted screws", "pislot"])
def test_a_key_must_start_a_word(thread, content):
    disallow("slot")
    verdict = decide(thread, content=content)
    expected = Action.SPAM if content == "Slotted screws" else Action.APPROVE
    assert verdict.action == expected


def test_a_styled_key_matches_plain_text(thread):
    disallow("𝐠𝐚𝐜𝐨𝐫")
    assert decide(thread, content="situs gacor hari ini").action == Action.SPAM


@pytest.mark.parametrize(
    ("pattern", "fields", "where"),
    [
        ("gacor77", {"author_name": "GACOR77 Official"}, "name"),
        ("bandar@spam.example", {"author_email": "Bandar@Spam.example"}, "email"),
        ("spam.example", {"author_email": "x@spam.example"}, "email"),
        ("maxwin.xyz", {"author_url": "https://maxwin.xyz/daftar"}, "website"),
        ("203.0.113.0/24", {}, "address"),
        ("203.0.113.10", {}, "address"),
        ("2001:db8::/32", {"ip_address": "2001:db8:5::1"}, "address"),
    ],
)
def test_keys_match_name_email_website_and_address(thread, pattern, fields, where):
    disallow(pattern)
    verdict = decide(thread, **fields)
    assert verdict.action == Action.SPAM
    assert verdict.reasons[-1].text.endswith(f"in {where}")


def test_a_moderation_key_holds(thread):
    moderate("pinjol")
    verdict = decide(thread, content="Ada yang pernah coba pinjol ini?")
    assert verdict.action == Action.HOLD
    assert "held: moderation key 'pinjol' in content" in [r.text for r in verdict.reasons]


def test_disallowed_beats_moderation(thread):
    moderate("togel")
    disallow("togel")
    assert decide(thread, content="togel hari ini").action == Action.SPAM


def test_a_disabled_rule_is_ignored(thread):
    rule = disallow("slot")
    rule.enabled = False
    rule.save()
    assert decide(thread, content="slot").action == Action.APPROVE


def test_a_rule_edit_takes_effect_at_once(thread):
    rule = disallow("undian")
    assert decide(thread, content="ikut undian", ip_address="192.0.2.1").action == Action.SPAM
    rule.delete()
    assert (
        decide(
            thread, content="ikut undian lagi", ip_address="192.0.2.2", author_email="x@example.id"
        ).action
        == Action.APPROVE
    )
    Rule.objects.create(kind=Rule.Kind.DISALLOWED, pattern="undian")
    Rule.objects.filter(pattern="undian").delete()  # a bulk delete, as in the admin
    assert (
        decide(
            thread,
            content="ikut undian ketiga",
            ip_address="192.0.2.3",
            author_email="y@example.id",
        ).action
        == Action.APPROVE
    )


def test_two_links_hold_the_comment(thread):
    verdict = decide(
        thread, content="Sumber: https://www.bps.go.id/id dan https://ojk.go.id/id/berita"
    )
    assert verdict.action == Action.HOLD
    assert "held: 2 links, 2 or more are held" in [r.text for r in verdict.reasons]


def test_bare_domains_and_styled_links_count(thread):
    verdict = decide(thread, content="Daftar di gacor77.xyz atau 𝐦𝐚𝐱𝐰𝐢𝐧𝟖𝟖.𝐯𝐢𝐩 sekarang juga")
    assert "held: 2 links, 2 or more are held" in [r.text for r in verdict.reasons]


def test_a_link_looking_name_counts_as_a_link(thread):
    verdict = decide(
        thread, author_name="maxwin88.vip", content="Artikel bagus, cek https://example.com"
    )
    assert "held: 2 links (the name is a link), 2 or more are held" in [
        r.text for r in verdict.reasons
    ]


def test_one_link_is_fine(thread):
    assert decide(thread, content="Data lengkap: https://www.bps.go.id").action == Action.APPROVE


def test_the_hold_every_comment_switch(thread):
    policy = GatePolicy.current()
    policy.hold_all = True
    policy.save()
    verdict = decide(thread)
    assert verdict.action == Action.HOLD
    assert "held: every comment is held (gate policy)" in [r.text for r in verdict.reasons]
