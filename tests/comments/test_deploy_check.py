"""`manage.py check --deploy` is clean for a production configuration (issue 12, item 16).

The settings module reads the environment once, at start, so each case runs in a process of its
own, as tests/test_settings.py does.
"""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION = {
    "DEBUG": "false",
    "SECRET_KEY": secrets.token_urlsafe(45),  # 60 characters
    "REDIS_URL": "redis://127.0.0.1:6379/0",
    "SITE_URL": "https://komentar.koran.example",
    "ALLOWED_HOSTS": "komentar.koran.example",
}
OURS = {"DEBUG", "SECRET_KEY", "REDIS_URL", "SITE_URL", "ALLOWED_HOSTS"}
OURS |= {"SECURE_SSL_REDIRECT", "SECURE_PROXY_SSL_HEADER", "SECURE_HSTS_SECONDS"}
# The browser tests' conftest sets this for the live server; no deployment would.
OURS.add("DJANGO_ALLOW_ASYNC_UNSAFE")


def manage(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if k not in OURS}
    clean.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=clean,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def setting(name: str, **env: str) -> str:
    code = f"from django.conf import settings; print(repr(settings.{name}))"
    result = manage("shell", "-c", code, **env)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def test_it_reports_no_security_warning_for_production():
    result = manage("check", "--deploy", **PRODUCTION)
    assert result.returncode == 0, result.stderr
    output = result.stdout + result.stderr
    assert "security.W" not in output, output
    assert "no issues" in output


def test_it_refuses_a_secret_key_shorter_than_50_characters():
    result = manage("check", **{**PRODUCTION, "SECRET_KEY": secrets.token_urlsafe(30)})
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr and "50" in result.stderr


def test_production_redirects_to_https_and_sends_hsts():
    assert setting("SECURE_SSL_REDIRECT", **PRODUCTION) == "True"
    assert int(setting("SECURE_HSTS_SECONDS", **PRODUCTION)) >= 180 * 24 * 3600


def test_a_tls_terminating_proxy_is_named_by_its_header():
    env = {**PRODUCTION, "SECURE_PROXY_SSL_HEADER": "X-Forwarded-Proto: https"}
    assert setting("SECURE_PROXY_SSL_HEADER", **env) == "('HTTP_X_FORWARDED_PROTO', 'https')"


def test_the_redirect_can_be_left_to_the_proxy():
    env = {**PRODUCTION, "SECURE_SSL_REDIRECT": "false"}
    assert setting("SECURE_SSL_REDIRECT", **env) == "False"


def test_the_demo_over_http_does_not_redirect():
    assert setting("SECURE_SSL_REDIRECT", DEBUG="true") == "False"
    assert setting("SECURE_HSTS_SECONDS", DEBUG="true") == "0"
