"""The database task queue (issue 15): a held comment's email is enqueued, not sent in the
request, and a worker sends it; the digest and the daily purge are scheduled; a task whose
worker died runs again, and one that kills its worker every time ends as failed."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from comments import task_queue, tasks
from comments.models import Comment, Notice
from comments.webhook_models import Event
from moderation.models import GatePolicy
from tests.conftest import comment_data, make_comment

pytestmark = pytest.mark.usefixtures("database_tasks", "worker_in_this_test")


@pytest.fixture
def bob(django_user_model):
    user = django_user_model.objects.create_user("bob", "bob@news.example", "pw-12345678")
    user.groups.add(Group.objects.get(name="Moderators"))
    return user


def announce_held(comment, event_id: str = "e1"):
    return tasks.announce.enqueue(event_id, Event.COMMENT_HELD, comment.pk, None, None)


def run_worker(**options) -> None:
    call_command("run_worker", batch=True, interval=0, **options)


def test_a_held_comment_is_emailed_by_the_worker_not_the_request(
    client, thread, bob, django_capture_on_commit_callbacks
):
    GatePolicy.objects.create(hold_all=True)
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/comments/post/", comment_data(thread, content="Tolong dicek dulu."))
    held = Comment.objects.get()
    assert held.status == Comment.Status.PENDING
    assert mail.outbox == []
    queued = DBTaskResult.objects.get(task_path=tasks.announce.module_path)
    assert queued.status == TaskResultStatus.READY
    run_worker()
    assert [m.to for m in mail.outbox] == [["bob@news.example"]]
    queued.refresh_from_db()
    assert queued.status == TaskResultStatus.SUCCESSFUL


def test_running_the_same_event_twice_emails_once(thread, bob):
    held = make_comment(thread, status=Comment.Status.PENDING)
    announce_held(held)
    announce_held(held)
    # Another event about the same held comment (an edit held again) is not emailed either.
    announce_held(held, event_id="e2")
    run_worker()
    assert len(mail.outbox) == 1


def test_a_notice_queued_before_the_upgrade_is_still_sent(thread, bob):
    held = make_comment(thread, status=Comment.Status.PENDING)
    tasks.notify_held.enqueue(held.pk)
    run_worker()
    assert len(mail.outbox) == 1 and Notice.objects.get().comment == held


def test_past_the_hourly_limit_the_digest_is_scheduled_an_hour_later(thread, bob, tune_comments):
    tune_comments(notify_per_hour=0)
    held = make_comment(thread, status=Comment.Status.PENDING)
    announce_held(held)
    announce_held(make_comment(thread, status=Comment.Status.PENDING), event_id="e2")
    run_worker()
    assert mail.outbox == []
    # One digest task for both, due an hour after the first waited.
    digest = DBTaskResult.objects.get(task_path=tasks.send_digest.module_path)
    notice = Notice.objects.get(comment=held)
    assert digest.status == TaskResultStatus.READY
    assert digest.run_after == notice.created + timedelta(hours=1)
    # An hour later the worker finds it due and sends one digest.
    Notice.objects.update(created=timezone.now() - timedelta(hours=2))
    DBTaskResult.objects.filter(pk=digest.pk).update(run_after=timezone.now())
    run_worker()
    assert [m.subject for m in mail.outbox] == ["2 comments held for moderation"]


def test_the_daily_purge_is_kept_scheduled_once(db, tune_comments):
    tune_comments(daily_tasks_hour=3)
    assert task_queue.schedule_daily() is True
    assert task_queue.schedule_daily() is False
    (waiting,) = DBTaskResult.objects.filter(task_path=tasks.purge_old_data.module_path)
    local = timezone.localtime(waiting.run_after)
    assert (local.hour, local.minute) == (3, 0)
    assert timezone.now() < waiting.run_after <= timezone.now() + timedelta(days=1)


def test_the_purge_task_deletes_old_spam(thread):
    old = make_comment(thread, status=Comment.Status.SPAM)
    Comment.objects.filter(pk=old.pk).update(created=timezone.now() - timedelta(days=90))
    kept = make_comment(thread, status=Comment.Status.SPAM)
    result = tasks.purge_old_data.enqueue()
    run_worker()
    result.refresh()
    assert result.return_value == {
        "deleted": 1,
        "anonymised": 0,
        "logs_pruned": 0,
        "follow_ups_pruned": 0,
    }
    assert list(Comment.objects.values_list("pk", flat=True)) == [kept.pk]


def test_the_purge_prunes_logs_past_their_days_but_not_what_waits(thread, tune_comments):
    tune_comments(log_days=30)
    long_ago = timezone.now() - timedelta(days=31)
    comment = make_comment(thread, status=Comment.Status.PENDING)

    def notice(event_id: str, **fields) -> Notice:
        return Notice.objects.create(
            channel="email:1", event_type="comment.held", event_id=event_id, **fields
        )

    old_task = tasks.send_digest.enqueue()
    run_worker()
    DBTaskResult.objects.filter(pk=old_task.id).update(finished_at=long_ago)
    notice("sent-long-ago", comment=comment, created=long_ago, sent=long_ago)
    # Left waiting by a worker that was down a month: still to be told, so kept.
    waiting = notice("still-waiting", comment=comment, created=long_ago)
    recent = notice("sent-today", comment=comment, sent=timezone.now())
    result = tasks.purge_old_data.enqueue()
    run_worker()
    result.refresh()
    assert (result.return_value or {}).get("logs_pruned") == 2  # the old notice and old task
    assert set(Notice.objects.values_list("pk", flat=True)) == {waiting.pk, recent.pk}
    assert not DBTaskResult.objects.filter(pk=old_task.id).exists()


def claimed_by_a_dead_worker(result_id, minutes_ago: int, attempts: int) -> None:
    DBTaskResult.objects.filter(pk=result_id).update(
        status=TaskResultStatus.RUNNING,
        started_at=timezone.now() - timedelta(minutes=minutes_ago),
        worker_ids=[f"dead-{n}" for n in range(attempts)],
    )


def test_a_task_left_running_by_a_dead_worker_runs_again(thread, bob):
    held = make_comment(thread, status=Comment.Status.PENDING)
    result = announce_held(held)
    claimed_by_a_dead_worker(result.id, minutes_ago=30, attempts=1)
    run_worker()
    assert len(mail.outbox) == 1
    assert DBTaskResult.objects.get(pk=result.id).status == TaskResultStatus.SUCCESSFUL


def test_a_task_still_within_its_time_is_left_to_its_worker(thread, bob):
    held = make_comment(thread, status=Comment.Status.PENDING)
    result = announce_held(held)
    claimed_by_a_dead_worker(result.id, minutes_ago=1, attempts=1)
    run_worker()
    assert mail.outbox == []
    assert DBTaskResult.objects.get(pk=result.id).status == TaskResultStatus.RUNNING


def test_a_task_that_killed_its_worker_every_time_fails(thread, tune_comments):
    tune_comments(task_max_attempts=3)
    result = tasks.send_digest.enqueue()
    claimed_by_a_dead_worker(result.id, minutes_ago=30, attempts=3)
    assert task_queue.requeue_stale() == (0, 1)
    failed = DBTaskResult.objects.get(pk=result.id)
    assert failed.status == TaskResultStatus.FAILED
    assert failed.exception_class_path == "comments.task_queue.WorkerLost"


def test_the_worker_refuses_to_start_without_a_queue(settings, db):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    with pytest.raises(CommandError, match="not 'database'"):
        run_worker()


def test_a_queue_that_cannot_be_written_does_not_lose_the_comment(
    client, thread, monkeypatch, django_capture_on_commit_callbacks
):
    GatePolicy.objects.create(hold_all=True)

    def broken(*args, **kwargs):
        raise RuntimeError("the queue table is gone")

    # The boundary: the backend that writes the queue.
    monkeypatch.setattr("django_tasks_db.backend.DatabaseBackend.enqueue", broken)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/comments/post/", comment_data(thread))
    assert response.status_code in (200, 302)
    assert Comment.objects.get().status == Comment.Status.PENDING
