"""A task for the worker-killed test: it notes each start in a file, and its first run waits long
enough to be killed in the middle. A later run (after the kill) finishes at once."""

from __future__ import annotations

import time
from pathlib import Path

from django_tasks import task


@task()
def note_and_wait(path: str) -> str:
    log = Path(path)
    earlier = log.read_text(encoding="utf-8").count("started") if log.exists() else 0
    with log.open("a", encoding="utf-8") as out:
        out.write("started\n")
    if earlier == 0:
        time.sleep(120)  # killed here
    with log.open("a", encoding="utf-8") as out:
        out.write("done\n")
    return "done"
