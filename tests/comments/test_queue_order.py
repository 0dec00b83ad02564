"""The moderation queue can put the uncertain comments first: scores nearest a threshold, whose
decisions teach the model most (issue 19), beside newest and oldest first."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from comments.models import Comment
from tests.conftest import make_comment

pytestmark = pytest.mark.django_db


@pytest.fixture
def held(thread, tune_gate) -> dict[str, Comment]:
    # The thresholds in force: hold at 40%, spam at 90% (settings override any model's).
    tune_gate(hold_threshold=0.4, spam_threshold=0.9)
    now = timezone.now()
    scores = {"near_hold": 0.42, "middle": 0.65, "near_spam": 0.88, "unscored": None, "far": 0.1}
    return {
        name: make_comment(
            thread,
            content=f"Komentar {name}.",
            status=Comment.Status.PENDING,
            score=score,
            created=now - timedelta(minutes=10 - n),
        )
        for n, (name, score) in enumerate(scores.items())
    }


def names(held: dict[str, Comment], ids: list[int]) -> list[str]:
    by_id = {comment.pk: name for name, comment in held.items()}
    return [by_id[pk] for pk in ids]


def test_the_api_orders_uncertain_oldest_and_newest(held, moderator):
    def ids(order: str | None) -> list[int]:
        query = {"order": order} if order else {}
        answer = moderator.get("/api/v1/moderation/comments/", query)
        assert answer.status_code == 200, answer.content
        return [row["id"] for row in answer.json()["results"]]

    assert names(held, ids("uncertain")) == ["near_hold", "near_spam", "middle", "far", "unscored"]
    assert names(held, ids("oldest")) == ["near_hold", "middle", "near_spam", "unscored", "far"]
    assert names(held, ids(None)) == ["far", "unscored", "near_spam", "middle", "near_hold"]
    wrong = moderator.get("/api/v1/moderation/comments/", {"order": "loudest"})
    assert wrong.status_code == 400 and "order" in wrong.json()


def test_the_admin_queue_offers_uncertain_first(held, moderator):
    page = moderator.get("/admin/comments/comment/?status__exact=pending&order=uncertain")
    assert page.status_code == 200
    shown = [comment.pk for comment in page.context["cl"].result_list]
    assert names(held, shown) == ["near_hold", "near_spam", "middle", "far", "unscored"]
    assert "uncertain first (nearest a threshold)" in page.content.decode()
    default = moderator.get("/admin/comments/comment/?status__exact=pending")
    assert next(c.pk for c in default.context["cl"].result_list) == held["far"].pk
