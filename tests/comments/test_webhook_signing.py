"""The X-Comment-Signature header: made by sign, checked by verify and by the README's receiver."""

from __future__ import annotations

import hashlib
import hmac
import re
import time
from pathlib import Path
from typing import Any

import pytest

from comments.webhook_signing import sign, verify

SECRET = "s3cr3t-for-tests"
BODY = b'{"id":"abc","type":"comment.held"}'
NOW = 1_760_000_000
README = Path(__file__).resolve().parents[2] / "README.md"


def test_it_signs_time_dot_body_with_hmac_sha256():
    expected = hmac.new(SECRET.encode(), f"{NOW}.".encode() + BODY, hashlib.sha256).hexdigest()
    assert sign(SECRET, BODY, NOW) == f"t={NOW},v1={expected}"


def test_a_fresh_signature_verifies():
    assert verify(sign(SECRET, BODY, NOW), BODY, SECRET, now=NOW + 299)
    assert verify(sign(SECRET, BODY, NOW), BODY, SECRET, now=NOW - 299)


def test_old_and_future_timestamps_are_refused():
    assert not verify(sign(SECRET, BODY, NOW), BODY, SECRET, now=NOW + 301)
    assert not verify(sign(SECRET, BODY, NOW + 301), BODY, SECRET, now=NOW)
    assert verify(sign(SECRET, BODY, NOW), BODY, SECRET, now=NOW + 3600, tolerance=3600)


def test_another_body_or_secret_fails():
    header = sign(SECRET, BODY, NOW)
    assert not verify(header, BODY + b" ", SECRET, now=NOW)
    assert not verify(header, BODY, SECRET + "x", now=NOW)
    assert not verify(header, BODY, "", now=NOW)


def test_a_replayed_signature_with_a_new_time_fails():
    digest = sign(SECRET, BODY, NOW).split("v1=")[1]
    assert not verify(f"t={NOW + 100},v1={digest}", BODY, SECRET, now=NOW + 100)


def test_any_of_several_v1_values_may_match():
    good = sign(SECRET, BODY, NOW).split("v1=")[1]
    assert verify(f"t={NOW},v1={'0' * 64},v1={good}", BODY, SECRET, now=NOW)


@pytest.mark.parametrize(
    "header",
    [
        "",
        "garbage",
        "t=,v1=",
        f"v1={'a' * 64}",
        f"t={NOW}",
        f"t={NOW},v1=nothex",
        f"t={NOW},v1={'A' * 64}",
        f"t=-{NOW},v1={'a' * 64}",
        f"t={NOW}.5,v1={'a' * 64}",
        f"t=١٢٣,v1={'a' * 64}",  # Arabic-Indic digits: str.isdigit says yes
        f"t={'9' * 5000},v1={'a' * 64}",  # int() of thousands of digits raises
        f"t={NOW},t={NOW},v1={'a' * 64}",
        f"t={NOW},v1=é{'a' * 63}",
    ],
)
def test_malformed_headers_are_false_not_errors(header):
    assert verify(header, BODY, SECRET, now=NOW) is False


def test_a_header_that_is_not_text_is_false():
    wrong: Any = None
    assert verify(wrong, BODY, SECRET, now=NOW) is False


def readme_receiver() -> Any:
    """The README's example receiver, run as written."""
    text = README.read_text(encoding="utf-8")
    found = re.search(r"```python\n(import hashlib, hmac, time\n.*?)```", text, re.DOTALL)
    assert found, "the README's Webhooks section has no receiver example"
    code = found.group(1)
    assert len(code.strip().splitlines()) <= 11
    namespace: dict[str, Any] = {}
    exec(compile(code, "README.md", "exec"), namespace)  # noqa: S102 (our own README)
    return namespace["verified"]


def test_the_readme_receiver_accepts_what_sign_makes_and_refuses_the_rest():
    verified = readme_receiver()
    now = int(time.time())
    assert verified(sign(SECRET, BODY, now), BODY, SECRET)
    assert not verified(sign(SECRET, BODY, now), BODY + b"x", SECRET)
    assert not verified(sign(SECRET, BODY, now - 301), BODY, SECRET)
    assert not verified("t=abc,v1=", BODY, SECRET)
    assert not verified(f"t={now},v1=é", BODY, SECRET)
