"""Putting work on the task queue, and the worker's housekeeping.

`later` enqueues once the surrounding transaction commits (a worker must not read a comment
that is not there yet, nor act on one that was rolled back) and never fails the request: a
queue that cannot be written is logged and the comment is still stored.

The housekeeping runs in every worker (`manage.py run_worker`) at start and then each minute:
- a task left "running" by a worker that died (SIGKILL, out of memory) is put back in the
  queue once it is older than `task_stale_after_seconds`, at most `task_max_attempts` times;
- the daily purge is kept scheduled, one waiting run at a time;
- webhook deliveries whose retry is due get one sweep task (comments.tasks.retry_webhooks).
"""

from __future__ import annotations

import logging
from datetime import datetime, time, timedelta
from typing import Any

from django.db import transaction
from django.utils import timezone
from django_tasks.base import Task, TaskResultStatus

from comments.conf import comments_setting

logger = logging.getLogger(__name__)


def later(task: Task[Any, Any], *args: Any) -> None:
    def enqueue() -> None:
        try:
            task.enqueue(*args)
        except Exception:
            logger.exception("could not enqueue %s", task.name)

    transaction.on_commit(enqueue)


def uses_database_queue() -> bool:
    from django_tasks import task_backends
    from django_tasks_db.backend import DatabaseBackend

    return isinstance(task_backends["default"], DatabaseBackend)


def requeue_stale(now: datetime | None = None, stale_after: int | None = None) -> tuple[int, int]:
    """Tasks whose worker died: back to the queue, or failed after too many attempts.
    Returns (requeued, failed)."""
    from django_tasks_db.models import DBTaskResult

    now = now or timezone.now()
    if stale_after is None:
        stale_after = comments_setting("task_stale_after_seconds")
    stale = DBTaskResult.objects.filter(
        status=TaskResultStatus.RUNNING, started_at__lt=now - timedelta(seconds=stale_after)
    )
    requeued = failed = 0
    with transaction.atomic():
        for result in stale.select_for_update(skip_locked=True).only("pk", "worker_ids"):
            if len(result.worker_ids) >= comments_setting("task_max_attempts"):
                result.status = TaskResultStatus.FAILED
                result.finished_at = now
                result.exception_class_path = "comments.task_queue.WorkerLost"
                result.traceback = "its worker stopped during every attempt"
                result.save(
                    update_fields=["status", "finished_at", "exception_class_path", "traceback"]
                )
                failed += 1
            else:
                result.status = TaskResultStatus.READY
                result.started_at = None
                result.save(update_fields=["status", "started_at"])
                requeued += 1
    if requeued or failed:
        logger.warning("tasks whose worker died: %d requeued, %d failed", requeued, failed)
    return requeued, failed


def next_daily_run(now: datetime) -> datetime:
    local = timezone.localtime(now)
    at = timezone.make_aware(
        datetime.combine(local.date(), time(hour=comments_setting("daily_tasks_hour")))
    )
    return at if at > now else at + timedelta(days=1)


def schedule_daily(now: datetime | None = None) -> bool:
    """Keep one waiting run of each daily task; True when one was added."""
    from django_tasks_db.models import DBTaskResult

    from comments import tasks

    now = now or timezone.now()
    daily = tasks.purge_old_data
    waiting = DBTaskResult.objects.filter(
        task_path=daily.module_path,
        status__in=[TaskResultStatus.READY, TaskResultStatus.RUNNING],
    )
    if waiting.exists():
        return False
    daily.using(run_after=next_daily_run(now)).enqueue()
    return True


def sweep_webhooks(now: datetime | None = None) -> bool:
    """Queue one retry sweep when deliveries are due and none is waiting; True when queued."""
    from django_tasks_db.models import DBTaskResult

    from comments import tasks, webhooks

    now = now or timezone.now()
    if not webhooks.due_deliveries(now).exists():
        return False
    if DBTaskResult.objects.ready().filter(task_path=tasks.retry_webhooks.module_path).exists():
        return False
    tasks.retry_webhooks.enqueue()
    return True


def housekeeping(now: datetime | None = None, stale_after: int | None = None) -> None:
    if not uses_database_queue():
        return
    from moderation import tasks as moderation_tasks

    requeue_stale(now, stale_after)
    schedule_daily(now)
    sweep_webhooks(now)
    moderation_tasks.queue_retraining_when_due()


def waiting(task: Task[Any, Any]) -> bool:
    """Whether a run of this task is queued and not started (due now or later)."""
    from django_tasks_db.models import DBTaskResult

    return DBTaskResult.objects.filter(
        task_path=task.module_path, status=TaskResultStatus.READY
    ).exists()


def prune_finished(before: datetime) -> int:
    """Delete finished task results older than `before` (what django-tasks-db's
    prune_db_task_results does, as part of the daily purge); 0 without a database queue."""
    if not uses_database_queue():
        return 0
    from django_tasks_db.models import DBTaskResult

    deleted, _ = DBTaskResult.objects.finished().filter(finished_at__lt=before).delete()
    return deleted


def backlog() -> int | None:
    """Tasks due and waiting for a worker; None without a database queue (nothing waits)."""
    if not uses_database_queue():
        return None
    from django_tasks_db.models import DBTaskResult

    # ready(): due now, or enqueued with no time to wait for (stored as the latest date).
    return DBTaskResult.objects.ready().count()


def failed_recently(now: datetime | None = None, hours: int = 24) -> int | None:
    if not uses_database_queue():
        return None
    from django_tasks_db.models import DBTaskResult

    since = (now or timezone.now()) - timedelta(hours=hours)
    return DBTaskResult.objects.failed().filter(finished_at__gte=since).count()
