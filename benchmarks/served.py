"""The app served the production way: gunicorn, DEBUG off, PostgreSQL and Redis.

Shared by the load benchmark (`benchmarks/load.py`) and the fault tests
(`tests/comments/test_faults_under_load.py`), so both measure and break the same set-up.
"""

from __future__ import annotations

import http.client
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import IO

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def production_env(database_url: str, redis_url: str, **extra: str) -> dict[str, str]:
    """Environment of a production process: real secret, shared cache, proxy on loopback.

    TRUSTED_PROXIES is loopback because the load generator stands in for a reverse proxy: the
    X-Forwarded-For it sends is how many different clients reach one server.
    """
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DEBUG", "DATABASE_URL", "REDIS_URL", "DJANGO_SETTINGS_MODULE"}
    }
    env.update(
        DEBUG="false",
        SECRET_KEY=secrets.token_urlsafe(48),
        DATABASE_URL=database_url,
        REDIS_URL=redis_url,
        # Each run its own key space in the shared Redis: counters of one run never limit another.
        CACHE_KEY_PREFIX=f"served-{secrets.token_hex(4)}",
        TRUSTED_PROXIES="127.0.0.1/32",
        # The load generator stands in for the TLS-terminating proxy too: plain HTTP, no redirect.
        SECURE_SSL_REDIRECT="false",
        LOG_LEVEL="WARNING",
        PYTHONPATH=str(ROOT),
    )
    env.update(extra)
    return env


def manage(env: dict[str, str], *args: str) -> None:
    subprocess.run(
        [str(BIN / "python"), str(ROOT / "manage.py"), *args],
        env=env,
        cwd=ROOT,
        check=True,
        stdout=subprocess.DEVNULL,
    )


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_gunicorn(
    env: dict[str, str],
    *,
    port: int,
    workers: int,
    log: IO[bytes] | int = subprocess.DEVNULL,
    app: str = "config.wsgi:application",
    ready_path: str = "/api/v1/schema/",
) -> subprocess.Popen[bytes]:
    """gunicorn with the project's config file; returns once the server answers HTTP."""
    process = subprocess.Popen(
        [
            str(BIN / "gunicorn"),
            "--config",
            str(ROOT / "config" / "gunicorn.conf.py"),
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(workers),
            app,
        ],
        env=env,
        cwd=ROOT,
        stdout=log,
        stderr=log,
    )
    wait_until_answering(port, ready_path, process)
    return process


def wait_until_answering(
    port: int, path: str, process: subprocess.Popen[bytes], timeout: float = 60
) -> None:
    """Until `GET path` gets any HTTP answer (a 404 too): the workers are serving."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited with {process.returncode} before answering")
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
        try:
            connection.request("GET", path)
            connection.getresponse().read()
            return
        except OSError:
            time.sleep(0.2)
        finally:
            connection.close()
    stop(process)
    raise RuntimeError(f"127.0.0.1:{port}{path} did not answer within {timeout} s")


def worker_pids(master: subprocess.Popen[bytes]) -> list[int]:
    """The gunicorn workers: the master's child processes (read from /proc, Linux)."""
    children = Path(f"/proc/{master.pid}/task/{master.pid}/children").read_text()
    return [int(pid) for pid in children.split()]


def stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)  # gunicorn: graceful shutdown of every worker
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
