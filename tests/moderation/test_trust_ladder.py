"""The trust ladder: new commenters held, proven ones trusted, often-rejected ones held, each
setting for the whole site and for one article."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from comments.models import Comment, Decision
from moderation import gate
from moderation.verdict import Action, CheckName
from tests.conftest import make_comment
from tests.moderation.conftest import make_submission, post_comment

EMAIL = "dewi.reader@example.id"
TWO_LINKS = "Dua sumber: https://www.bps.go.id dan https://ojk.go.id"


@pytest.fixture(autouse=True)
def no_flood_interval(tune_gate):
    """Several reviews of one test come from one address within seconds."""
    tune_gate(flood_interval=0, ip_rates=[], email_rates=[])


def checks_of(verdict) -> set[str]:
    return {reason.check for reason in verdict.reasons}


def approved_of_dewi(thread, count: int) -> frozenset[int]:
    return frozenset(
        make_comment(thread, author_email=EMAIL, content=f"Komentar lama nomor {n}").pk
        for n in range(count)
    )


def test_by_default_a_new_commenter_is_not_held_for_being_new(thread):
    verdict = gate.review(make_submission(thread))
    assert verdict.action == Action.APPROVE


def test_it_holds_the_first_comments_of_an_unknown_commenter(thread, tune_gate):
    tune_gate(hold_first_comments=2)
    verdict = gate.review(make_submission(thread))
    assert verdict.action == Action.HOLD
    reason = next(r for r in verdict.reasons if r.check == CheckName.NEW_COMMENTER)
    assert reason.text == (
        "held: a commenter's first 2 comments are held (0 approved and proven theirs so far)"
    )


def test_proven_approved_comments_lift_the_new_commenter_hold(thread, tune_gate):
    tune_gate(hold_first_comments=2)
    one = approved_of_dewi(thread, 1)
    assert gate.review(make_submission(thread, proven_comment_ids=one)).action == Action.HOLD
    two = approved_of_dewi(thread, 2)
    assert gate.review(make_submission(thread, proven_comment_ids=two)).action == Action.APPROVE


def test_typing_an_approved_commenters_email_proves_nothing(thread, tune_gate):
    tune_gate(hold_first_comments=1)
    approved_of_dewi(thread, 3)
    verdict = gate.review(make_submission(thread, author_email=EMAIL))
    assert verdict.action == Action.HOLD


def test_a_signed_in_users_approved_comments_count(thread, tune_gate, django_user_model):
    tune_gate(hold_first_comments=1)
    user = django_user_model.objects.create_user("dewi", password="a-long-password-1")
    make_comment(thread, author_email="lain@example.id", user=user)
    verdict = gate.review(make_submission(thread, user_id=user.pk))
    assert verdict.action == Action.APPROVE


def test_trusted_after_asks_for_as_many_approved_comments(thread, tune_gate):
    tune_gate(trusted_after=3)
    two = approved_of_dewi(thread, 2)
    verdict = gate.review(make_submission(thread, content=TWO_LINKS, proven_comment_ids=two))
    assert verdict.action == Action.HOLD
    three = two | approved_of_dewi(thread, 1)
    verdict = gate.review(make_submission(thread, content=TWO_LINKS, proven_comment_ids=three))
    assert verdict.action == Action.APPROVE
    trusted = next(r for r in verdict.reasons if r.check == CheckName.TRUSTED_AUTHOR)
    assert trusted.text.startswith("trusted author (3 approved comments, latest #")


def test_trusted_after_none_never_waives_a_hold(thread, tune_gate):
    tune_gate(trusted_after=None)
    proven = approved_of_dewi(thread, 2)
    verdict = gate.review(make_submission(thread, content=TWO_LINKS, proven_comment_ids=proven))
    assert verdict.action == Action.HOLD


def rejected_history(thread, rejected: int, approved: int, email: str = EMAIL) -> None:
    for n in range(rejected):
        make_comment(thread, author_email=email, status=Comment.Status.SPAM, content=f"iklan {n}")
    for n in range(approved):
        make_comment(thread, author_email=email, content=f"komentar biasa {n}")


def test_it_holds_a_commenter_whose_comments_were_mostly_rejected(thread):
    rejected_history(thread, rejected=3, approved=1)
    verdict = gate.review(make_submission(thread))
    assert verdict.action == Action.HOLD
    reason = next(r for r in verdict.reasons if r.check == CheckName.REJECTION_RATE)
    assert reason.text == (
        "held: 3 of this commenter's 4 decided comments of the last 90 days were rejected "
        "(75%, over 50%)"
    )


def test_the_rate_follows_the_mailbox_not_its_spelling(thread):
    rejected_history(thread, rejected=3, approved=0, email="dewi.reader+iklan@example.id")
    verdict = gate.review(make_submission(thread, author_email="Dewi.Reader@example.id"))
    assert CheckName.REJECTION_RATE in checks_of(verdict)


def test_a_mostly_approved_commenter_is_not_held(thread):
    rejected_history(thread, rejected=1, approved=3)
    assert gate.review(make_submission(thread)).action == Action.APPROVE


def test_too_few_decided_comments_are_no_rate(thread):
    rejected_history(thread, rejected=2, approved=0)
    assert gate.review(make_submission(thread)).action == Action.APPROVE


def test_rejections_older_than_the_window_do_not_count(thread):
    rejected_history(thread, rejected=4, approved=0)
    Comment.objects.update(created=timezone.now() - timedelta(days=91))
    assert gate.review(make_submission(thread)).action == Action.APPROVE


def test_comments_the_author_deleted_are_not_rejections(thread):
    for n in range(4):
        comment = make_comment(
            thread, author_email=EMAIL, status=Comment.Status.TRASH, content=f"salah ketik {n}"
        )
        Decision.objects.create(
            comment=comment,
            source=Decision.Source.AUTHOR,
            action=Decision.Action.TRASH,
            reason="deleted by its author",
        )
    assert gate.review(make_submission(thread)).action == Action.APPROVE


def test_the_rate_trigger_can_be_switched_off(thread, tune_gate):
    tune_gate(hold_rejection_rate=None)
    rejected_history(thread, rejected=4, approved=0)
    assert gate.review(make_submission(thread)).action == Action.APPROVE


def test_an_article_sets_its_own_ladder(thread):
    thread.hold_first_comments = 1
    thread.save()
    verdict = gate.review(make_submission(thread))
    assert CheckName.NEW_COMMENTER in checks_of(verdict)


def test_an_articles_own_rate_overrides_the_site(thread):
    rejected_history(thread, rejected=1, approved=2)
    assert gate.review(make_submission(thread)).action == Action.APPROVE
    thread.hold_rejection_percent = 30
    thread.save()
    assert CheckName.REJECTION_RATE in checks_of(gate.review(make_submission(thread)))


def test_an_article_can_trust_later_than_the_site(thread):
    thread.trusted_after = 2
    thread.save()
    one = approved_of_dewi(thread, 1)
    verdict = gate.review(make_submission(thread, content=TWO_LINKS, proven_comment_ids=one))
    assert verdict.action == Action.HOLD


def test_a_held_new_commenter_is_told_it_awaits_moderation(client, thread, tune_gate):
    tune_gate(hold_first_comments=1)
    response = post_comment(
        client,
        thread,
        content="Pertanyaan saya: kapan data resminya terbit?",
        HTTP_ACCEPT_LANGUAGE="en",
    )
    comment = Comment.objects.get()
    assert comment.status == Comment.Status.PENDING
    page = client.get(response["Location"], HTTP_ACCEPT_LANGUAGE="en")
    assert "Your comment is awaiting moderation." in page.content.decode()
