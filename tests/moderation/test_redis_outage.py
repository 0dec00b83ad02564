"""Redis goes away mid-run: nothing is lost, nothing is published unchecked, limits come back.

The test starts a Redis server of its own on another port, so stopping it disturbs nothing else.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from collections.abc import Iterator

import pytest

from comments.models import Comment
from tests.moderation.conftest import post_comment, reasons_of

pytestmark = pytest.mark.skipif(
    shutil.which("redis-server") is None, reason="needs redis-server (apt-get install redis-server)"
)
PORT = 6391


def start_redis() -> subprocess.Popen[bytes]:
    process = subprocess.Popen(
        [
            "redis-server",
            "--port",
            str(PORT),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", PORT), timeout=0.2).close()
            return process
        except OSError:
            time.sleep(0.05)
    process.kill()
    raise RuntimeError("redis-server did not start")


def stop_redis(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture
def own_redis(settings) -> Iterator[list[subprocess.Popen[bytes]]]:
    running = [start_redis()]
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{PORT}/0",
            "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 1, "SOCKET_TIMEOUT": 1},
        }
    }
    yield running
    for process in running:
        if process.poll() is None:
            stop_redis(process)


def test_a_redis_outage_holds_comments_and_limits_resume_after(
    client, thread, own_redis, tune_gate
):
    # An hourly window: a minute boundary in the middle of the test cannot reset the count.
    tune_gate(ip_rates=["3/h"], email_rates=[], flood_interval=0)
    assert post_comment(client, thread, content="sebelum padam").status_code == 302
    assert Comment.objects.get(content="sebelum padam").is_published

    stop_redis(own_redis[0])
    for n in range(5):
        response = post_comment(client, thread, content=f"saat padam {n}")
        assert response.status_code == 302
    during = Comment.objects.filter(content__startswith="saat padam")
    assert during.count() == 5  # none lost
    assert all(c.is_pending for c in during)  # none published unchecked
    assert all("held: rate limiter unavailable" in reasons_of(c) for c in during)
    listed = client.get("/api/v1/comments/", {"thread": thread.key})
    assert listed.status_code == 200  # reads keep working
    assert [c["content"] for c in listed.json()["results"]] == ["sebelum padam"]
    assert client.get("/").status_code == 200

    own_redis.append(start_redis())
    statuses = [
        post_comment(client, thread, content=f"setelah pulih {n}").status_code for n in range(4)
    ]
    assert statuses == [302, 302, 302, 429]  # the limit (3 an hour) is counted again
    after = Comment.objects.filter(content__startswith="setelah pulih")
    assert all(c.is_published for c in after)
