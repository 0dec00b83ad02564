"""The per-email limit counts one mailbox once, however its address is spelled."""

from __future__ import annotations

import pytest

from moderation import gate
from moderation.identity import limit_identity
from moderation.verdict import Action
from tests.moderation.conftest import make_submission


@pytest.fixture
def no_flood(tune_gate):
    tune_gate(flood_interval=0)


def actions_for(thread, emails):
    return [
        gate.review(
            make_submission(
                thread, author_email=email, ip_address=f"192.0.2.{n}", content=f"isi nomor {n}"
            )
        ).action
        for n, email in enumerate(emails)
    ]


def test_it_counts_invisible_and_fullwidth_spellings_as_the_same_email(thread, no_flood):
    emails = [
        "ann\u200b@example.com",
        "ann@ｅｘａｍｐｌｅ.com",
        "ANN@exam\u00adple.com\ufeff",
        "ann@example.com",
    ]
    assert actions_for(thread, emails) == [Action.APPROVE] * 3 + [Action.REJECT]


def test_it_counts_gmail_dots_tags_and_googlemail_as_the_same_email(thread, no_flood):
    emails = [
        "a.n.n+promo@gmail.com",
        "ann+x@googlemail.com",
        "A.nn@GMAIL.com",
        "ann@googlemail.com",
    ]
    assert actions_for(thread, emails) == [Action.APPROVE] * 3 + [Action.REJECT]


def test_it_keeps_other_mailboxes_apart(thread, no_flood):
    emails = ["a.n.n@example.com", "ann@example.org", "anna@gmail.com", "ann@example.com"]
    assert actions_for(thread, emails) == [Action.APPROVE] * 4


@pytest.mark.parametrize(
    ("email", "identity"),
    [
        ("a.n.n+promo@gmail.com", "ann@gmail.com"),
        ("ann@googlemail.com", "ann@gmail.com"),
        ("a.n.n+promo@example.com", "a.n.n@example.com"),
        ("ann+@example.com", "ann@example.com"),
        ("+only@example.com", "+only@example.com"),
    ],
)
def test_it_folds_plus_tags_everywhere_and_dots_only_at_gmail(email, identity):
    assert limit_identity(email) == identity
