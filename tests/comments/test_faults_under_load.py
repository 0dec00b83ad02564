"""Faults under load, against real servers: a PostgreSQL restart and a worker killed outright.

The app runs the production way (gunicorn, 2 workers, DEBUG off, Redis) on a PostgreSQL cluster
of the test's own (initdb on another port), so restarting it disturbs nothing else. Eight client
threads post comments all the while; afterwards every comment that was answered 201 must be in the
database with the content that was sent.
"""

from __future__ import annotations

import http.client
import itertools
import json
import os
import shutil
import signal
import subprocess
import tempfile
import threading
import time
import urllib.request
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
import pytest

from benchmarks import served

# Debian's layout; the newest installed major version.
PG_BIN = max(Path("/usr/lib/postgresql").glob("*/bin"), default=Path("/nonexistent"))
PORT = 5442
THREAD = "demo-article"
CLIENTS = 8
RUNS = itertools.count(1)  # each Poster its own addresses and emails: no limit carries over


def _missing() -> str | None:
    if not (PG_BIN / "initdb").exists():
        return "needs PostgreSQL's server binaries (apt-get install postgresql)"
    if shutil.which("redis-cli") is None:
        return "needs Redis (apt-get install redis-server)"
    return None


@pytest.fixture(scope="module", autouse=True)
def _machine_has_the_servers() -> None:
    reason = _missing()
    if reason is not None:
        if os.environ.get("E2E_REQUIRED"):
            pytest.fail(reason)
        pytest.skip(reason)


def as_postgres(*command: str) -> list[str]:
    """PostgreSQL's tools refuse to run as root: as root, run them as the postgres user."""
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else list(command)


@dataclass
class OwnPostgres:
    data_dir: Path
    url: str = f"postgres://postgres@127.0.0.1:{PORT}/faults"

    def ctl(self, *args: str) -> None:
        subprocess.run(
            as_postgres(str(PG_BIN / "pg_ctl"), "-D", str(self.data_dir), *args),
            check=True,
            stdout=subprocess.DEVNULL,
        )

    def start(self) -> None:
        options = f"-p {PORT} -k {self.data_dir} -c listen_addresses=127.0.0.1 -c fsync=off"
        self.ctl("-w", "-l", str(self.data_dir / "server.log"), "-o", options, "start")

    def stop(self) -> None:
        # "fast": open transactions are rolled back, as when an operator restarts the server.
        self.ctl("-w", "-m", "fast", "stop")

    def connect(self) -> psycopg.Connection:
        return psycopg.connect(self.url.replace("postgres://", "postgresql://"), autocommit=True)


@pytest.fixture(scope="module")
def own_postgres() -> Iterator[OwnPostgres]:
    data_dir = Path(tempfile.mkdtemp(prefix="faults-pg-"))
    if os.geteuid() == 0:
        shutil.chown(data_dir, "postgres", "postgres")
    subprocess.run(
        as_postgres(str(PG_BIN / "initdb"), "-D", str(data_dir), "-U", "postgres", "-A", "trust"),
        check=True,
        stdout=subprocess.DEVNULL,
    )
    server = OwnPostgres(data_dir)
    server.start()
    with psycopg.connect(
        f"postgresql://postgres@127.0.0.1:{PORT}/postgres", autocommit=True
    ) as connection:
        connection.execute("CREATE DATABASE faults")
    yield server
    server.stop()
    shutil.rmtree(data_dir, ignore_errors=True)


@pytest.fixture(scope="module")
def app(own_postgres: OwnPostgres) -> Iterator[tuple[subprocess.Popen[bytes], str]]:
    env = served.production_env(own_postgres.url, "redis://127.0.0.1:6379/5")
    served.manage(env, "migrate", "--noinput")
    served.manage(env, "create_demo_article")
    port = served.free_port()
    with open(own_postgres.data_dir / "gunicorn.log", "wb") as log:
        process = served.start_gunicorn(env, port=port, workers=2, log=log)
        yield process, f"127.0.0.1:{port}"
        served.stop(process)


@dataclass
class Poster:
    """Client threads posting comments, each from its own address and email, until stopped."""

    host: str
    form_token: str
    created: dict[int, str] = field(default_factory=dict)  # id -> content of every 201
    statuses: list[int] = field(default_factory=list)
    unanswered: int = 0  # connection reset or closed without an answer (a killed worker)
    bad_503: int = 0  # 503 without Retry-After
    stopping: threading.Event = field(default_factory=threading.Event)
    run_number: int = field(default_factory=lambda: next(RUNS))

    def run(self, client: int) -> None:
        sent = 0
        while not self.stopping.is_set():
            sent += 1
            content = f"Komentar uji beban {client}-{sent}: angka lelang pagi ini naik."
            body = json.dumps(
                {
                    "thread": THREAD,
                    "author_name": f"Pembaca {client}",
                    "author_email": f"pembaca{self.run_number}.{client}.{sent}@example.net",
                    "content": content,
                    "form_token": self.form_token,
                }
            )
            headers = {
                "Content-Type": "application/json",
                "X-Forwarded-For": f"10.{self.run_number}.{client}.{sent % 250}",
            }
            connection = http.client.HTTPConnection(self.host, timeout=30)
            try:
                connection.request("POST", "/api/v1/comments/", body, headers)
                response = connection.getresponse()
                answer = response.read()
            except (ConnectionError, http.client.HTTPException):
                self.unanswered += 1
                continue
            finally:
                connection.close()
            self.statuses.append(response.status)
            if response.status == 201:
                self.created[json.loads(answer)["id"]] = content
            elif response.status == 503 and not response.getheader("Retry-After"):
                self.bad_503 += 1

    def __enter__(self) -> Poster:
        self.threads = [threading.Thread(target=self.run, args=(n,)) for n in range(CLIENTS)]
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stopping.set()
        for thread in self.threads:
            thread.join(timeout=60)


def form_token(host: str) -> str:
    url = f"http://{host}/api/v1/comments/token/?thread={THREAD}"
    with urllib.request.urlopen(url) as response:
        token = json.load(response)
    time.sleep(token["min_seconds"] + 0.2)  # a form sent sooner is held as a bot
    return str(token["form_token"])


def wait_for_posts(poster: Poster, seconds: float = 30) -> None:
    """Until at least a few more comments are answered 201 (no fixed sleep: CI is slower)."""
    before = len(poster.statuses)
    deadline = time.monotonic() + seconds
    while poster.statuses[before:].count(201) < 20:
        assert time.monotonic() < deadline, f"no comment accepted: {poster.statuses[before:]}"
        time.sleep(0.05)


def assert_every_201_stored(postgres: OwnPostgres, created: dict[int, str]) -> None:
    with postgres.connect() as connection:
        rows = connection.execute(
            "SELECT id, content FROM comments_comment WHERE id = ANY(%s)", [list(created)]
        ).fetchall()
    assert dict(rows) == created


def report(fault: str, poster: Poster) -> None:
    """The figures, for `pytest -s` (the closing notes quote them)."""
    answered = Counter(poster.statuses)
    print(
        f"\n{fault}: {answered[201]} answered 201, all {len(poster.created)} stored; "
        f"{answered[503]} answered 503 with Retry-After; {poster.unanswered} connections cut; "
        f"other answers {sorted(set(answered) - {201, 503})}"
    )


def test_a_postgres_restart_answers_503_with_retry_after_and_loses_no_201(app, own_postgres):
    _, host = app
    with Poster(host, form_token(host)) as poster:
        wait_for_posts(poster)
        own_postgres.stop()
        down_from = len(poster.statuses)
        time.sleep(1.5)
        during_outage = poster.statuses[down_from:]
        own_postgres.start()
        wait_for_posts(poster)  # the workers reconnect on their own

    assert 503 in during_outage, during_outage
    assert not [status for status in poster.statuses if status >= 500 and status != 503]
    assert poster.bad_503 == 0
    assert set(poster.statuses) <= {201, 503}
    assert poster.unanswered == 0
    assert_every_201_stored(own_postgres, poster.created)
    report("PostgreSQL restart", poster)


def test_a_worker_killed_mid_load_loses_no_201(app, own_postgres):
    master, host = app
    with Poster(host, form_token(host)) as poster:
        wait_for_posts(poster)
        victim = served.worker_pids(master)[0]
        os.kill(victim, signal.SIGKILL)
        wait_for_posts(poster)  # the master forks a new worker; posting goes on

    assert victim not in served.worker_pids(master)
    assert len(served.worker_pids(master)) == 2
    assert set(poster.statuses) == {201}
    assert_every_201_stored(own_postgres, poster.created)
    report("worker SIGKILL", poster)
