"""Retraining as a background task: the task trains as `train_spam_model` does, a training
error is a failed task, and the admin's "Train a new version now" queues one at a time."""

from __future__ import annotations

from io import StringIO
from typing import Any

import pytest
from django.contrib.auth.models import Permission
from django.core.management import call_command
from django.test import Client
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from moderation import tasks
from moderation.classifier import datasets
from moderation.classifier.datasets import STARTER_SOURCE, Labelled
from moderation.classifier.features import Sample
from moderation.models import SpamModel
from tests.conftest import logged_in
from tests.moderation.conftest import label_as_spam

RETRAIN_URL = "/admin/moderation/spammodel/retrain/"
CHANGELIST_URL = "/admin/moderation/spammodel/"
BUTTON = "Train a new version now"
WHOLE_STARTER_CORPUS = datasets.starter_corpus


def staff_with(django_user_model: Any, name: str, *codenames: str) -> Client:
    user = django_user_model.objects.create_user(name, password="pw-12345678", is_staff=True)
    user.user_permissions.add(*Permission.objects.filter(codename__in=codenames))
    return logged_in(user)


@pytest.fixture
def keeper(django_user_model) -> Client:
    """Erin looks after the spam model: she may view and change its versions."""
    return staff_with(django_user_model, "erin", "view_spammodel", "change_spammodel")


@pytest.fixture
def onlooker(django_user_model) -> Client:
    """Frank may look at the versions and their figures, not train or activate one."""
    return staff_with(django_user_model, "frank", "view_spammodel")


def a_slice_of_the_starter_corpus() -> list[Labelled]:
    """300 real starter comments, half spam: the same steps as the whole corpus, in a second
    (the whole corpus is trained on by test_training_commands)."""
    rows = WHOLE_STARTER_CORPUS()
    spam = [row for row in rows if row.label == 1][:150]
    return spam + [row for row in rows if row.label == 0][:150]


def test_the_task_trains_and_stores_a_version_as_the_command_does(
    db, django_user_model, monkeypatch
):
    label_as_spam(django_user_model)
    monkeypatch.setattr(datasets, "starter_corpus", a_slice_of_the_starter_corpus)
    # Three folds and one C, as the other training tests, so each training takes seconds.
    result = tasks.retrain_spam_model.enqueue(activate=True, folds=3, c=1.0)
    assert result.status == TaskResultStatus.SUCCESSFUL, result.errors
    by_task = SpamModel.objects.get()
    assert by_task.active
    assert by_task.training["comments"] == len(datasets.starter_corpus()) + 1
    assert by_task.training["by_source"]["moderated:spam"] == 1
    summary = result.return_value
    assert summary is not None
    assert summary["version"] == by_task.pk
    assert summary["active"] is True
    assert summary["regime"] == by_task.regime == SpamModel.Regime.STARTER
    assert summary["comments"] == by_task.training["comments"]
    assert summary["roc_auc"] == by_task.metrics["roc_auc"] > 0.9
    assert {"f1", "mcc", "hold_threshold", "spam_threshold", "seconds"} <= set(summary)

    call_command("train_spam_model", "--folds", "3", "--c", "1", stdout=StringIO(), verbosity=0)
    by_command = SpamModel.objects.exclude(pk=by_task.pk).get()
    # The same data through the same steps: the same figures and thresholds.
    assert not by_command.active
    assert by_command.training["by_source"] == by_task.training["by_source"]
    assert by_command.metrics == by_task.metrics
    assert (by_command.hold_threshold, by_command.spam_threshold) == (
        by_task.hold_threshold,
        by_task.spam_threshold,
    )


def few_rows() -> list[Labelled]:
    return [
        Labelled(Sample("slot gacor maxwin hari ini"), 1, STARTER_SOURCE),
        Labelled(Sample("terima kasih atas liputannya"), 0, STARTER_SOURCE),
    ]


@pytest.mark.parametrize(
    ("corpus", "message"),
    [
        (few_rows, "TrainingError: need at least 5 spam and 5 ham comments, got 1 and 1"),
        (list, "TrainingError: no training data"),
    ],
)
def test_a_training_error_is_a_failed_task_with_its_message(db, monkeypatch, corpus, message):
    # The starter corpus is the boundary here: a site whose corpus file holds too little.
    monkeypatch.setattr(datasets, "starter_corpus", corpus)
    result = tasks.retrain_spam_model.enqueue()
    assert result.status == TaskResultStatus.FAILED
    (error,) = result.errors
    assert error.exception_class_path == "moderation.classifier.train.TrainingError"
    assert message in error.traceback
    assert not SpamModel.objects.exists()


def test_the_keeper_sees_the_button_and_the_onlooker_does_not(keeper, onlooker):
    assert BUTTON in keeper.get(CHANGELIST_URL).content.decode()
    page = onlooker.get(CHANGELIST_URL)
    assert page.status_code == 200
    assert BUTTON not in page.content.decode()


@pytest.mark.usefixtures("database_tasks")
def test_pressing_it_without_the_change_permission_is_refused(onlooker, outsider):
    assert onlooker.post(RETRAIN_URL).status_code == 403
    assert outsider.post(RETRAIN_URL).status_code == 403
    assert not DBTaskResult.objects.exists()


@pytest.mark.usefixtures("database_tasks")
def test_it_needs_a_post_with_the_csrf_token(django_user_model):
    user = django_user_model.objects.create_user("erin", password="pw-12345678", is_staff=True)
    user.user_permissions.add(*Permission.objects.filter(codename__endswith="_spammodel"))
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(user)
    assert browser.get(RETRAIN_URL).status_code == 405
    assert browser.post(RETRAIN_URL).status_code == 403
    assert not DBTaskResult.objects.exists()


@pytest.mark.usefixtures("database_tasks")
def test_a_press_queues_one_retraining_and_a_second_adds_nothing(keeper):
    page = keeper.post(RETRAIN_URL, follow=True)
    assert "Training of a new version is queued" in page.content.decode()
    queued = DBTaskResult.objects.get()
    assert queued.task_path == "moderation.tasks.retrain_spam_model"
    assert queued.status == TaskResultStatus.READY
    assert queued.args_kwargs == {"args": [], "kwargs": {}}  # not activated
    assert not SpamModel.objects.exists()  # the request trained nothing: a worker will

    again = keeper.post(RETRAIN_URL, follow=True)
    assert "already being trained" in again.content.decode()
    DBTaskResult.objects.update(status=TaskResultStatus.RUNNING)
    keeper.post(RETRAIN_URL)
    assert DBTaskResult.objects.count() == 1


@pytest.mark.usefixtures("database_tasks")
def test_after_a_finished_retraining_a_press_queues_the_next(keeper):
    keeper.post(RETRAIN_URL)
    DBTaskResult.objects.update(status=TaskResultStatus.FAILED)
    keeper.post(RETRAIN_URL)
    assert list(DBTaskResult.objects.values_list("status", flat=True).order_by("enqueued_at")) == [
        TaskResultStatus.FAILED,
        TaskResultStatus.READY,
    ]


def test_without_a_database_queue_the_press_reports_the_failure(keeper, monkeypatch):
    # TASKS_BACKEND=immediate: the task runs in the request, so its outcome is the message.
    monkeypatch.setattr(datasets, "starter_corpus", few_rows)
    page = keeper.post(RETRAIN_URL, follow=True).content.decode()
    assert "Training failed: moderation.classifier.train.TrainingError: need at least" in page


@pytest.mark.usefixtures("database_tasks")
def test_the_worker_records_a_training_error_as_a_failed_task(db, monkeypatch):
    # The worker in this test's own transaction (see worker_in_this_test in tests/comments).
    monkeypatch.setattr(
        "django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None
    )
    monkeypatch.setattr(datasets, "starter_corpus", few_rows)
    assert tasks.queue_retraining() is not None
    call_command("run_worker", batch=True, interval=0, verbosity=0)
    failed = DBTaskResult.objects.get(task_path=tasks.retrain_spam_model.module_path)
    assert failed.status == TaskResultStatus.FAILED
    assert failed.exception_class_path == "moderation.classifier.train.TrainingError"
    assert "need at least 5 spam and 5 ham comments" in failed.traceback
    assert not SpamModel.objects.exists()


@pytest.mark.usefixtures("database_tasks")
def test_the_abuse_button_queues_its_own_retraining(keeper):
    keeper.post(RETRAIN_URL)
    page = keeper.post(RETRAIN_URL, {"kind": "abuse"}, follow=True)
    assert "Training of a new version is queued" in page.content.decode()
    assert sorted(DBTaskResult.objects.values_list("task_path", flat=True)) == [
        "moderation.tasks.retrain_abuse_model",
        "moderation.tasks.retrain_spam_model",
    ]
    assert (
        "already being trained"
        in keeper.post(RETRAIN_URL, {"kind": "abuse"}, follow=True).content.decode()
    )
    assert keeper.post(RETRAIN_URL, {"kind": "toxicity"}).status_code == 400
    assert "Train a new abuse model now" in keeper.get(CHANGELIST_URL).content.decode()


def test_the_abuse_task_trains_and_stores_an_abuse_version(db, monkeypatch):
    from moderation.classifier import abuse_train

    rows = abuse_train.starter_corpus()
    rows = [r for r in rows if r.label == 1][:150] + [r for r in rows if r.label == 0][:150]
    monkeypatch.setattr(abuse_train, "starter_corpus", lambda: rows)
    result = tasks.retrain_abuse_model.enqueue(folds=2, c=1.0)
    assert result.status == TaskResultStatus.SUCCESSFUL, result.errors
    summary = result.return_value
    assert summary is not None
    row = SpamModel.objects.get(pk=summary["version"])
    assert row.kind == SpamModel.Kind.ABUSE and not row.active
    assert summary["comments"] == 300
