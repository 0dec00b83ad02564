"""The duplicate check answers the same whatever email is typed, and sees through punctuation.

Re-posting a public comment's text answered 409 only when the email was its author's real one,
so the answer confirmed a guessed email (issue 12, finding 5). And one punctuation mark or an
emoji made the same words a new comment (finding 13).
"""

from __future__ import annotations

import pytest

from comments.models import Comment
from moderation import gate
from moderation.fingerprints import content_key
from moderation.verdict import Action, RejectCode
from tests.conftest import make_comment as make_plain_comment
from tests.moderation.conftest import make_submission

TEXT = "Jembatan di desa kami sudah rusak sejak tahun lalu, belum ada perbaikan."
VICTIM = "pemilik.asli@example.id"
VICTIM_ADDRESS = "192.0.2.50"
ATTACKER_ADDRESS = "198.51.100.66"


def make_comment(thread, **fields) -> Comment:
    """A stored comment with its content key, as comments.services stores one."""
    comment = make_plain_comment(thread, **fields)
    Comment.objects.filter(pk=comment.pk).update(content_key=content_key(comment.content))
    return comment


@pytest.fixture(autouse=True)
def no_rate_limits(tune_gate) -> None:
    tune_gate(ip_rates=[], email_rates=[], flood_interval=0)


@pytest.fixture
def public_comment(thread):
    return make_comment(thread, content=TEXT, author_email=VICTIM, ip_address=VICTIM_ADDRESS)


@pytest.mark.parametrize("guess", [VICTIM, "  Pemilik.Asli@EXAMPLE.id ", "salah@example.id"])
def test_a_guessed_email_gets_the_same_answer_as_any_other(public_comment, thread, guess):
    verdict = gate.review(
        make_submission(thread, content=TEXT, author_email=guess, ip_address=ATTACKER_ADDRESS)
    )
    assert verdict.action == Action.HOLD
    assert verdict.code is None


def test_the_answer_over_http_does_not_depend_on_the_email(client, public_comment, thread):
    from tests.conftest import comment_data

    answers = []
    # Each guess from its own address: a guesser's second try would be a duplicate of its first.
    for email, address in ((VICTIM, ATTACKER_ADDRESS), ("salah@example.id", "198.51.100.67")):
        data = {**comment_data(thread, content=TEXT, author_email=email), "parent": None}
        response = client.post(
            "/api/v1/comments/",
            data,
            content_type="application/json",
            REMOTE_ADDR=address,
        )
        answers.append((response.status_code, response.json().get("status")))
    assert answers == [(201, "pending"), (201, "pending")]


def test_the_same_address_is_still_told_it_said_that_already(public_comment, thread):
    verdict = gate.review(
        make_submission(
            thread, content=TEXT, author_email="x@example.id", ip_address=VICTIM_ADDRESS
        )
    )
    assert verdict.code == RejectCode.DUPLICATE


@pytest.mark.parametrize(
    "variant",
    [
        TEXT + "!",
        TEXT.replace(",", ""),
        TEXT + " 🙏",
        "🙏 " + TEXT.replace(".", "!!!"),
        TEXT.replace("sudah", "sudah,"),
        '"' + TEXT + '"',
    ],
)
def test_punctuation_and_emoji_do_not_make_new_words(public_comment, thread, variant):
    verdict = gate.review(
        make_submission(thread, content=variant, author_email=VICTIM, ip_address=VICTIM_ADDRESS)
    )
    assert verdict.code == RejectCode.DUPLICATE
    assert verdict.reasons[-1].text == f"rejected: duplicate of comment #{public_comment.pk}"


def test_other_words_are_not_a_duplicate(public_comment, thread):
    other = "Jembatan di desa kami sudah diperbaiki bulan lalu, terima kasih."
    verdict = gate.review(make_submission(thread, content=other, ip_address=VICTIM_ADDRESS))
    assert verdict.action == Action.APPROVE


def test_an_emoji_only_comment_is_compared_as_it_is(thread):
    make_comment(thread, content="👍", ip_address=VICTIM_ADDRESS)
    again = gate.review(make_submission(thread, content="👍", ip_address=VICTIM_ADDRESS))
    other = gate.review(make_submission(thread, content="😂", ip_address=VICTIM_ADDRESS))
    assert again.code == RejectCode.DUPLICATE
    assert other.action == Action.APPROVE
    assert Comment.objects.count() == 1
