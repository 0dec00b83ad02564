"""Production refuses to start with a development secret or an unshared cache."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LONG_SECRET = "s" * 50


def run_check(**env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if k not in {"DEBUG", "SECRET_KEY", "REDIS_URL"}}
    clean.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env=clean,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_it_refuses_the_development_secret_key_with_debug_off():
    result = run_check(DEBUG="false")
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_it_refuses_the_local_memory_cache_with_debug_off():
    result = run_check(DEBUG="false", SECRET_KEY=LONG_SECRET)
    assert result.returncode != 0
    assert "REDIS_URL" in result.stderr


def test_it_starts_with_a_secret_and_redis():
    result = run_check(DEBUG="false", SECRET_KEY=LONG_SECRET, REDIS_URL="redis://127.0.0.1:6379/0")
    assert result.returncode == 0, result.stderr


def test_a_bad_boolean_is_a_clear_error():
    result = run_check(DEBUG="maybe")
    assert result.returncode != 0
    assert "DEBUG must be true or false" in result.stderr


def test_the_database_comes_from_database_url(monkeypatch):
    import dj_database_url

    parsed = dj_database_url.parse("postgres://postgres@127.0.0.1:5432/test")
    assert parsed["ENGINE"] == "django.db.backends.postgresql"
    assert parsed["NAME"] == "test"


@pytest.mark.parametrize(("raw", "expected"), [("1", True), ("off", False), ("YES", True)])
def test_envbool_reads_common_spellings(monkeypatch, raw, expected):
    from config.env import envbool

    monkeypatch.setenv("SOME_FLAG", raw)
    assert envbool("SOME_FLAG", not expected) is expected


@pytest.mark.parametrize(
    ("url", "worker", "expected"),
    [
        ("redis://127.0.0.1:6379/1", 0, "redis://127.0.0.1:6379/1"),
        ("redis://127.0.0.1:6379/1", 1, "redis://127.0.0.1:6379/2"),
        ("redis://:secret@cache:6380", 3, "redis://:secret@cache:6380/3"),
    ],
)
def test_each_test_worker_takes_its_own_redis_database(url, worker, expected):
    from config.env import redis_database_for_worker

    assert redis_database_for_worker(url, worker) == expected


def test_a_worker_past_the_last_redis_database_is_a_clear_error():
    from django.core.exceptions import ImproperlyConfigured

    from config.env import redis_database_for_worker

    with pytest.raises(ImproperlyConfigured, match="no database 16"):
        redis_database_for_worker("redis://127.0.0.1:6379/15", 1)


@pytest.mark.parametrize(("raw", "expected"), [(None, "True"), ("false", "False")])
def test_postgresql_binds_parameters_on_the_server_unless_told_not_to(raw, expected):
    env = {k: v for k, v in os.environ.items() if k not in {"DB_SERVER_SIDE_BINDING"}}
    env.update(DEBUG="true", DATABASE_URL="postgres://postgres@127.0.0.1:5432/test")
    if raw is not None:
        env["DB_SERVER_SIDE_BINDING"] = raw
    code = "from config import settings; print(settings.DATABASES['default']['OPTIONS'])"
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert f"'server_side_binding': {expected}" in result.stdout
