"""Scheduled retraining (issue 19): once moderators have labelled `retrain_after_labels` comments
since the newest spam model, the worker's housekeeping queues a retraining; the new version is
shadow-checked and goes live by itself only with "auto", and only when it is not worse."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from comments import task_queue
from comments.models import Comment, Decision
from moderation import history, tasks
from moderation.classifier import datasets
from moderation.models import SpamModel
from tests.conftest import make_comment
from tests.moderation.test_shadow_check import a_slice, stored

pytestmark = pytest.mark.django_db

RETRAIN_PATH = "moderation.tasks.retrain_spam_model"


def label(thread, n: int, spam: bool = False, when=None, content: str = "") -> Comment:
    comment = make_comment(
        thread,
        content=content or f"Komentar nomor {n} tentang jadwal bus.",
        status=Comment.Status.SPAM if spam else Comment.Status.APPROVED,
    )
    decision = Decision.objects.create(
        comment=comment,
        source=Decision.Source.HUMAN,
        action=Decision.Action.SPAM if spam else Decision.Action.APPROVE,
        reason="by a moderator",
    )
    if when is not None:
        Decision.objects.filter(pk=decision.pk).update(created=when)
    return comment


def test_labels_since_counts_comments_a_moderator_decided(thread):
    long_ago = timezone.now() - timedelta(days=3)
    label(thread, 1, when=long_ago)
    twice = label(thread, 2, spam=True)
    Decision.objects.create(
        comment=twice, source=Decision.Source.HUMAN, action="spam", reason="again"
    )
    label(thread, 3)
    gate_only = make_comment(thread, content="Hanya dilihat gerbang.")
    Decision.objects.create(comment=gate_only, source=Decision.Source.GATE, action="approve",
                            reason="approved: passed every check")  # fmt: skip
    assert history.current().labels_since(None) == 3
    assert history.current().labels_since(timezone.now() - timedelta(days=1)) == 2


@pytest.mark.usefixtures("database_tasks")
def test_nothing_is_queued_before_enough_new_labels(thread, tune_gate):
    tune_gate(retrain_after_labels=3)
    label(thread, 1)
    label(thread, 2)
    assert tasks.queue_retraining_when_due() is None
    label(thread, 3, spam=True)
    queued = tasks.queue_retraining_when_due()
    assert queued is not None
    row = DBTaskResult.objects.get(task_path=RETRAIN_PATH)
    # "ask", the default: checked, not activated.
    assert row.args_kwargs["kwargs"] == {"activate": False, "check": True}
    assert tasks.queue_retraining_when_due() is None  # one at a time


@pytest.mark.usefixtures("database_tasks")
def test_labels_a_newer_model_learnt_from_do_not_count(thread, tune_gate):
    tune_gate(retrain_after_labels=2)
    earlier = timezone.now() - timedelta(hours=1)
    label(thread, 1, when=earlier)
    label(thread, 2, when=earlier)
    stored(a_slice())  # trained after those labels
    assert tasks.queue_retraining_when_due() is None
    tune_gate(retrain_after_labels=None)
    label(thread, 3)
    label(thread, 4)
    assert tasks.queue_retraining_when_due() is None  # switched off


@pytest.mark.usefixtures("database_tasks")
def test_the_worker_housekeeping_queues_it_with_auto_activation(thread, tune_gate):
    tune_gate(retrain_after_labels=1, retrain_activation="auto")
    label(thread, 1, spam=True)
    task_queue.housekeeping()
    row = DBTaskResult.objects.get(task_path=RETRAIN_PATH)
    assert row.status == TaskResultStatus.READY
    assert row.args_kwargs["kwargs"] == {"activate": True, "check": False}


@pytest.mark.usefixtures("tasks_run_at_once")
@pytest.mark.parametrize(("flipped", "goes_live"), [(False, True), (True, False)])
def test_an_auto_retraining_goes_live_only_when_not_worse(
    thread, tune_gate, monkeypatch, flipped, goes_live
):
    live = stored(a_slice(), activate=True)
    ham = "Terima kasih liputannya, sangat membantu warga di kampung kami"
    spam = "Slot gacor maxwin hari ini, depo 10rb via dana, klik link di bio"
    for n in range(3):
        label(thread, n, content=f"{ham} ({n}).")
        label(thread, n + 3, spam=True, content=f"{spam} {n}")
    monkeypatch.setattr(datasets, "starter_corpus", lambda: a_slice(flipped=flipped))
    tune_gate(retrain_after_labels=1, retrain_activation="auto")
    result = tasks.queue_retraining_when_due()
    assert result is not None
    assert result.status == TaskResultStatus.SUCCESSFUL, result.errors
    summary = result.return_value or {}
    newest = SpamModel.objects.latest("pk")
    assert newest != live and summary["version"] == newest.pk
    assert newest.active is goes_live, summary.get("shadow")
    assert SpamModel.objects.get(active=True) == (newest if goes_live else live)
    assert summary["shadow"].startswith("not worse" if goes_live else "worse")
