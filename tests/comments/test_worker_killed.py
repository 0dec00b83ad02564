"""A worker killed with SIGKILL in the middle of a task loses nothing: the next worker runs the
task again (issue 15). Real processes on a real database file: `manage.py run_worker` started,
killed and started again, as an operator's process manager would."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def manage(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, f"manage.py {args[0]} failed:\n{done.stderr[-3000:]}"
    return done


def wait_for(condition, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("the worker did not get there in time")
        time.sleep(0.2)


def task_status(env: dict[str, str]) -> str:
    return (
        manage(
            env,
            "shell",
            "-c",
            "from django_tasks_db.models import DBTaskResult; print(DBTaskResult.objects.get("
            "task_path='tests.comments.killable_task.note_and_wait').status)",
        )
        .stdout.strip()
        .splitlines()[-1]
    )


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_task_of_a_killed_worker_runs_again(tmp_path):
    # Its own database file: the worker processes cannot see the test run's database.
    env = {
        **os.environ,
        "DEBUG": "true",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'queue.sqlite3'}",
        "TASKS_BACKEND": "database",
        "REDIS_URL": "",
    }
    log = tmp_path / "runs.log"
    manage(env, "migrate", "--noinput", "-v0")
    manage(
        env,
        "shell",
        "-c",
        f"from tests.comments.killable_task import note_and_wait; "
        f"note_and_wait.enqueue({str(log)!r})",
    )
    worker = subprocess.Popen(
        [sys.executable, "manage.py", "run_worker", "--interval", "0.2"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for(lambda: log.exists() and "started" in log.read_text(encoding="utf-8"))
        worker.send_signal(signal.SIGKILL)
        worker.wait(timeout=30)
    finally:
        if worker.poll() is None:
            worker.kill()
    assert task_status(env) == "RUNNING"  # what the dead worker left behind

    # The next worker (here told that 0 s is long enough to count a worker as dead).
    manage(env, "run_worker", "--batch", "--interval", "0", "--stale-after", "0")
    assert log.read_text(encoding="utf-8").splitlines() == ["started", "started", "done"]
    assert task_status(env) == "SUCCESSFUL"
