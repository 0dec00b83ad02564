"""One of the processes of test_concurrent_limits: posts comments at an agreed instant.

Usage: python concurrent_poster.py START_AT COUNT WORKER_NO THREAD_KEY ADDRESS
Prints the HTTP status of each of its COUNT posts as JSON. The environment carries DATABASE_URL
and REDIS_URL of the test run, so every process shares its database and its rate counters.
"""

from __future__ import annotations

import json
import os
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client, override_settings  # noqa: E402

from moderation import tokens  # noqa: E402


def main() -> None:
    start_at, count, worker = float(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    thread_key, address = sys.argv[4], sys.argv[5]
    statuses: list[int] = [0] * count
    barrier = threading.Barrier(count)

    def post(n: int) -> None:
        client = Client()
        data = {
            "thread": thread_key,
            "form_token": tokens.issue(thread_key, now=time.time() - 60),
            "content": f"Komentar serentak nomor {worker}-{n}.",
            "author_name": f"Pembaca {worker}-{n}",
            "author_email": f"serentak{worker}.{n}@example.id",
        }
        barrier.wait()
        while time.time() < start_at:
            time.sleep(0.0005)
        statuses[n] = client.post("/comments/post/", data, REMOTE_ADDR=address).status_code
        connection.close()

    gate = {"ip_rates": ["5/m"], "email_rates": [], "flood_interval": 0, "classifier": False}
    with override_settings(COMMENT_GATE=gate):
        workers = [threading.Thread(target=post, args=(n,)) for n in range(count)]
        for thread in workers:
            thread.start()
        for thread in workers:
            thread.join()
    print(json.dumps(statuses))


if __name__ == "__main__":
    main()
