"""One table turns the gate's reject codes into a status and a message (issue 13)."""

from __future__ import annotations

import pytest
from django.utils import translation

from comments.rejections import rejection
from moderation.verdict import Action, RejectCode, Verdict


@pytest.mark.parametrize(
    ("code", "status"),
    [(RejectCode.CLOSED, 403), (RejectCode.DUPLICATE, 409), (RejectCode.RATE_LIMITED, 429)],
)
def test_every_code_has_a_status_and_a_message_in_both_languages(code, status):
    verdict = Verdict(Action.REJECT, [], code=code, retry_after=12)
    with translation.override("en"):
        english = rejection(verdict)
    with translation.override("id"):
        indonesian = rejection(verdict)
    assert english.status == indonesian.status == status
    assert english.code == code.value
    assert english.message and indonesian.message and english.message != indonesian.message


def test_the_wait_is_in_the_message():
    verdict = Verdict(Action.REJECT, [], code=RejectCode.RATE_LIMITED, retry_after=12)
    with translation.override("en"):
        assert "12 seconds" in rejection(verdict).message
    assert rejection(verdict).retry_after == 12


def test_a_reject_without_a_code_is_a_plain_400():
    with translation.override("id"):
        refused = rejection(Verdict(Action.REJECT, []))
    assert (refused.status, refused.code) == (400, "rejected")
    assert refused.message == "Komentar tidak dapat diterima."
