"""The moderation app's work outside the request (django-tasks; `manage.py run_worker` runs it).

Retraining takes a minute or more on the starter corpus alone, longer as moderators label
more, so the admin queues it for a worker instead of training inside the request.
"""

from __future__ import annotations

from typing import Any

from django_tasks import task
from django_tasks.base import Task, TaskResult, TaskResultStatus

from moderation import history
from moderation.classifier import abuse_train, registry, retrain, store
from moderation.conf import gate_setting
from moderation.models import SpamModel


@task()
def retrain_spam_model(
    activate: bool = False, folds: int = retrain.FOLDS, c: float | None = None, check: bool = False
) -> dict[str, Any]:
    """A new version from the starter corpus and moderators' labels, as `train_spam_model`.

    Safe to run twice: each run stores one more version, active only with `activate`, so a
    repeated run changes nothing the gate uses. A TrainingError is raised, not caught: the
    task ends as failed and its message is in the result's traceback. `folds` and `c` are the
    command's options of the same names (tests train faster with fewer folds). With `activate`
    the version goes live only when the shadow check finds it not worse; `check` runs that
    check without activating (the scheduled retraining's "ask").
    """
    version = retrain.train_version(
        retrain.labelled_rows(), folds=folds, c=c, activate=activate, check=check
    )
    return version.summary()


@task()
def retrain_abuse_model(
    activate: bool = False, folds: int = 5, c: float | None = None
) -> dict[str, Any]:
    """A new abuse model version from its starter corpus and moderators' labels, as
    `train_abuse_model` does; the same promises as retrain_spam_model."""
    trained = abuse_train.train(
        abuse_train.labelled_rows(),
        folds=folds,
        c_grid=(c,) if c else abuse_train.C_GRID,
        calibrate_after=gate_setting("calibrate_after_labels"),
    )
    row = store.save(trained, activate=activate)
    if activate:
        registry.forget()
    return retrain.NewVersion(row, trained).summary()


_RETRAINING: dict[str, Task[..., dict[str, Any]]] = {
    "spam": retrain_spam_model,
    "abuse": retrain_abuse_model,
}


def queue_retraining(kind: str = "spam") -> TaskResult[dict[str, Any]] | None:
    """Queue one retraining of the `kind` model (not activated), or None when one is already
    queued or running.

    Two presses at the same moment can still both queue one: that trains one version more,
    which is harmless, and not worth a lock.
    """
    retraining = _RETRAINING[kind]
    if _uses_database_queue() and _retraining_in_queue(retraining.module_path):
        return None
    # Enqueued now, not on commit: nothing in this transaction is for the task to read, and
    # the admin's message must say what happened.
    return retraining.enqueue()


def queue_retraining_when_due() -> TaskResult[dict[str, Any]] | None:
    """Queue a spam model retraining when moderators have labelled `retrain_after_labels`
    comments since the newest spam model was trained, and none is queued or running; None
    otherwise. The worker's housekeeping asks every minute: one COUNT while nothing is due.

    With `retrain_activation` "auto" the new version goes live when its shadow check finds it
    not worse; with "ask" (the default) it is checked and left for a person to activate.
    """
    wanted = gate_setting("retrain_after_labels")
    if not wanted:
        return None
    newest = (
        SpamModel.objects.filter(kind=SpamModel.Kind.SPAM)
        .order_by("-created")
        .values_list("created", flat=True)
        .first()
    )
    if history.current().labels_since(newest) < wanted:
        return None
    if _uses_database_queue() and _retraining_in_queue(retrain_spam_model.module_path):
        return None
    auto = gate_setting("retrain_activation") == "auto"
    return retrain_spam_model.enqueue(activate=auto, check=not auto)


def _uses_database_queue() -> bool:
    from django_tasks_db.backend import DatabaseBackend

    return isinstance(retrain_spam_model.get_backend(), DatabaseBackend)


def _retraining_in_queue(task_path: str) -> bool:
    from django_tasks_db.models import DBTaskResult

    return DBTaskResult.objects.filter(
        task_path=task_path,
        status__in=[TaskResultStatus.READY, TaskResultStatus.RUNNING],
    ).exists()
