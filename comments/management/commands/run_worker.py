"""The task worker: django-tasks-db's `db_worker`, plus this project's housekeeping.

Housekeeping (comments.task_queue) runs at start and then every minute beside the worker: it
puts back tasks whose worker died and keeps the daily purge scheduled. Start one or more:
`manage.py run_worker` (each claims tasks with SELECT ... FOR UPDATE SKIP LOCKED on PostgreSQL).
"""

from __future__ import annotations

import threading
import time
from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import close_old_connections

from comments import task_queue

HOUSEKEEPING_EVERY_SECONDS = 60.0


class Command(BaseCommand):
    help = "Run background tasks from the database queue (moderators' mail, webhooks, purge)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--batch", action="store_true", help="Run what is due, then exit (cron, tests)."
        )
        parser.add_argument(
            "--interval", type=float, default=1.0, help="Seconds between polls when idle."
        )
        parser.add_argument(
            "--stale-after",
            type=int,
            default=None,
            help="Seconds after which a running task's worker counts as dead "
            "(default: COMMENTS['task_stale_after_seconds']).",
        )

    def handle(
        self, *args: Any, batch: bool, interval: float, stale_after: int | None, **options: Any
    ) -> None:
        if not task_queue.uses_database_queue():
            raise CommandError(
                "TASKS_BACKEND is not 'database': tasks run where they are enqueued and there is "
                "no queue for a worker to read."
            )
        task_queue.housekeeping(stale_after=stale_after)
        if not batch:
            threading.Thread(
                target=_housekeep_every_minute, args=(stale_after,), daemon=True
            ).start()
        call_command(
            "db_worker",
            batch=batch,
            interval=interval,
            reload=False,
            verbosity=options.get("verbosity", 1),
        )


def _housekeep_every_minute(stale_after: int | None) -> None:
    # A daemon thread: it ends with the worker process.
    while True:
        time.sleep(HOUSEKEEPING_EVERY_SECONDS)
        try:
            task_queue.housekeeping(stale_after=stale_after)
        except Exception:  # a database blip must not end the thread for good
            task_queue.logger.exception("housekeeping failed; trying again in a minute")
        finally:
            close_old_connections()
