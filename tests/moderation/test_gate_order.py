"""The checks run in the documented order; the first reject or spam decides."""

from __future__ import annotations

from moderation import gate
from moderation.models import Rule
from moderation.verdict import Action, RejectCode
from tests.conftest import make_comment
from tests.moderation.conftest import READER_ADDRESS, make_submission


def checks_of(verdict) -> list[str]:
    return [reason.check for reason in verdict.reasons]


def test_closed_thread_comes_before_the_honeypot(thread):
    thread.is_open = False
    thread.save()
    verdict = gate.review(make_submission(thread, honeypot="filled"))
    assert verdict.action == Action.REJECT
    assert checks_of(verdict) == ["closed_thread"]


def test_the_honeypot_comes_before_rate_limits(thread, tune_gate):
    tune_gate(ip_rates=["1/m"], flood_interval=0)
    gate.review(make_submission(thread))
    verdict = gate.review(make_submission(thread, honeypot="x", author_email="z@example.id"))
    assert verdict.action == Action.SPAM
    assert checks_of(verdict) == ["honeypot"]


def test_a_token_hold_is_kept_when_a_rate_limit_rejects(thread):
    gate.review(make_submission(thread))
    verdict = gate.review(make_submission(thread, form_token=""))
    assert verdict.action == Action.REJECT
    assert checks_of(verdict) == ["form_token", "rate_limit"]


def test_rate_limits_come_before_duplicates(thread):
    make_comment(
        thread,
        content="Semoga uji cobanya lancar dan bisa ditiru koperasi lain.",
        author_email="dewi.reader@example.id",
    )
    gate.review(make_submission(thread, content="yang pertama"))
    verdict = gate.review(make_submission(thread))
    assert verdict.code == RejectCode.RATE_LIMITED


def test_duplicates_come_before_rules(thread):
    from moderation.fingerprints import content_key

    Rule.objects.create(kind=Rule.Kind.DISALLOWED, pattern="slot")
    # The duplicate check knows its author by address (test_duplicate_oracle says why).
    earlier = make_comment(thread, content="slot", ip_address=READER_ADDRESS)
    earlier.content_key = content_key("slot")
    earlier.save()
    verdict = gate.review(make_submission(thread, content="slot"))
    assert verdict.code == RejectCode.DUPLICATE


def test_spam_keeps_the_earlier_holds_as_reasons(thread):
    Rule.objects.create(kind=Rule.Kind.DISALLOWED, pattern="slot")
    verdict = gate.review(make_submission(thread, content="slot", form_token=""))
    assert verdict.action == Action.SPAM
    assert checks_of(verdict) == ["form_token", "disallowed_key"]


def test_holds_add_up_and_each_is_a_reason(thread):
    Rule.objects.create(kind=Rule.Kind.MODERATION, pattern="bps")
    verdict = gate.review(
        make_submission(
            thread, form_token="", content="https://www.bps.go.id dan https://bps.go.id/x"
        )
    )
    assert verdict.action == Action.HOLD
    assert checks_of(verdict) == ["form_token", "moderation_key", "links"]
    assert verdict.score is None


def test_a_clean_submission_is_approved_with_a_reason(thread):
    verdict = gate.review(make_submission(thread))
    assert verdict.action == Action.APPROVE
    assert [r.text for r in verdict.reasons] == ["approved: passed every check"]
    assert verdict.score is None


def test_every_reason_becomes_a_decision_record(client, thread):
    from comments.models import Comment
    from tests.moderation.conftest import post_comment, reasons_of

    post_comment(client, thread, form_token="", content="https://a.example.com b.example.com")
    comment = Comment.objects.get()
    assert comment.status == Comment.Status.PENDING
    assert reasons_of(comment) == [
        "held: no form token (the form was not loaded from this site)",
        "held: 2 links, 2 or more are held",
    ]
