from __future__ import annotations

from comments.models import Comment
from moderation import gate
from moderation.models import Rule
from moderation.verdict import Action
from tests.conftest import make_comment
from tests.moderation.conftest import make_submission, post_comment

TWO_LINKS = "Dua sumber: https://www.bps.go.id dan https://ojk.go.id"
EMAIL = "dewi.reader@example.id"


def test_a_proven_approved_author_skips_the_link_hold(thread):
    approved = make_comment(thread, author_email=EMAIL)
    verdict = gate.review(
        make_submission(thread, content=TWO_LINKS, proven_comment_ids=frozenset({approved.pk}))
    )
    assert verdict.action == Action.APPROVE
    texts = [r.text for r in verdict.reasons]
    assert f"trusted author (approved comment #{approved.pk}): waived links" in texts


def test_it_also_skips_the_moderation_key_hold(thread):
    Rule.objects.create(kind=Rule.Kind.MODERATION, pattern="pinjol")
    approved = make_comment(thread, author_email=EMAIL)
    verdict = gate.review(
        make_submission(
            thread, content="Soal pinjol ilegal", proven_comment_ids=frozenset({approved.pk})
        )
    )
    assert verdict.action == Action.APPROVE


def test_knowing_an_approved_authors_email_is_not_enough(thread):
    make_comment(thread, author_email=EMAIL)
    verdict = gate.review(make_submission(thread, content=TWO_LINKS))
    assert verdict.action == Action.HOLD


def test_a_cookie_for_someone_elses_comment_does_not_transfer_trust(thread):
    approved = make_comment(thread, author_email="other.person@example.id")
    verdict = gate.review(
        make_submission(thread, content=TWO_LINKS, proven_comment_ids=frozenset({approved.pk}))
    )
    assert verdict.action == Action.HOLD


def test_a_cookie_for_a_comment_still_pending_is_not_trust(thread):
    pending = make_comment(thread, author_email=EMAIL, status=Comment.Status.PENDING)
    verdict = gate.review(
        make_submission(thread, content=TWO_LINKS, proven_comment_ids=frozenset({pending.pk}))
    )
    assert verdict.action == Action.HOLD


def test_a_logged_in_author_with_an_approved_comment_is_trusted(thread, django_user_model):
    user = django_user_model.objects.create_user("dewi", password="a-long-password-1")
    make_comment(thread, author_email="any@example.id", user=user)
    verdict = gate.review(make_submission(thread, content=TWO_LINKS, user_id=user.pk))
    assert verdict.action == Action.APPROVE


def test_trust_never_waives_spam_or_bot_trap_holds(thread, tune_gate):
    tune_gate(flood_interval=0)
    Rule.objects.create(kind=Rule.Kind.DISALLOWED, pattern="maxwin")
    approved = make_comment(thread, author_email=EMAIL)
    proof = frozenset({approved.pk})
    spam = gate.review(make_submission(thread, content="maxwin", proven_comment_ids=proof))
    assert spam.action == Action.SPAM
    tokenless = gate.review(
        make_submission(
            thread,
            form_token="",
            proven_comment_ids=proof,
            ip_address="192.0.2.8",
            author_email="dewi.reader@example.id ",
        )
    )
    assert tokenless.action == Action.HOLD


def test_the_cookie_set_at_an_approved_comment_proves_it_over_http(client, thread, tune_gate):
    tune_gate(flood_interval=0)
    post_comment(client, thread, author_email=EMAIL, content="Komentar pertama saya.")
    assert Comment.objects.get().status == Comment.Status.APPROVED
    post_comment(client, thread, author_email=EMAIL, content=TWO_LINKS)
    assert Comment.objects.get(content=TWO_LINKS).status == Comment.Status.APPROVED

    stranger = type(client)(check_stored=True)
    post_comment(stranger, thread, author_email=EMAIL, content=TWO_LINKS + " lagi")
    assert Comment.objects.get(content=TWO_LINKS + " lagi").status == Comment.Status.PENDING
