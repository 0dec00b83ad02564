"""Against real Redis: the per-address limit holds across processes submitting at once."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django_ratelimit.core import _get_window

from comments.models import Comment

pytestmark = pytest.mark.django_db(transaction=True)

POSTER = Path(__file__).with_name("concurrent_poster.py")
ADDRESS = "198.51.100.77"
PROCESSES = 4
PER_PROCESS = 5


def database_url() -> str:
    db = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{db['NAME']}"
    user = db["USER"] or ""
    host = db["HOST"] or "127.0.0.1"
    port = db["PORT"] or 5432
    return f"postgres://{user}@{host}:{port}/{db['NAME']}"


def wait_for_a_whole_window() -> None:
    """django-ratelimit counts in fixed windows; start well inside one, not at its edge."""
    window_end = _get_window(f"{ADDRESS}/32", 60)
    if window_end - time.time() < 10:
        time.sleep(max(0.0, window_end - time.time()) + 1)


@pytest.mark.skipif(
    "RedisCache" not in settings.CACHES["default"]["BACKEND"],
    reason="needs the shared Redis cache: run with REDIS_URL (CI's second run does)",
)
def test_twenty_at_once_from_four_processes_store_exactly_five():
    if connection.vendor == "sqlite":
        pytest.skip("needs a database server shared by processes (CI's PostgreSQL run)")
    call_command("create_demo_article", stdout=open(os.devnull, "w"))  # noqa: SIM115
    wait_for_a_whole_window()
    env = {**os.environ, "DATABASE_URL": database_url(), "DEBUG": "true"}
    start_at = time.time() + 4  # time for every process to start Django
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                str(POSTER),
                str(start_at),
                str(PER_PROCESS),
                str(n),
                "demo-article",
                ADDRESS,
            ],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(PROCESSES)
    ]
    statuses: Counter[int] = Counter()
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        statuses.update(json.loads(out.strip().splitlines()[-1]))
    assert statuses == {302: 5, 429: 15}
    assert Comment.objects.filter(ip_address=ADDRESS).count() == 5
