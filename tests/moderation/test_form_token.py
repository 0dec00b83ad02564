from __future__ import annotations

import itertools
import time

from django.core import signing

from comments.models import Comment
from moderation import gate, tokens
from moderation.verdict import Action
from tests.moderation.conftest import make_submission, post_comment

_unique = itertools.count(1)


def held_reason(thread, **overrides) -> str:
    # A new address and email each time, so the flood interval never answers first.
    n = next(_unique)
    overrides.setdefault("ip_address", f"198.51.100.{n}")
    overrides.setdefault("author_email", f"r{n}@example.id")
    verdict = gate.review(make_submission(thread, **overrides))
    assert verdict.action == Action.HOLD
    return next(r.text for r in verdict.reasons if r.check == "form_token")


def test_a_missing_token_holds(thread):
    assert "no form token" in held_reason(thread, form_token="")


def test_a_forged_token_holds(thread):
    forged = signing.dumps({"k": thread.key, "t": int(time.time()) - 60}, key="x" * 50)
    assert "forged" in held_reason(thread, form_token=forged)
    assert "forged" in held_reason(thread, form_token="garbage:token")


def test_a_token_for_another_thread_holds(thread):
    other = tokens.issue("another-article", now=time.time() - 60)
    assert "issued for thread 'another-article'" in held_reason(thread, form_token=other)


def test_a_token_older_than_a_day_holds(thread):
    old = tokens.issue(thread.key, now=time.time() - 25 * 3600)
    assert held_reason(thread, form_token=old) == "held: form shown 25 h ago, limit 24 h"


def test_a_form_sent_too_soon_holds_and_says_how_soon(thread):
    fresh = tokens.issue(thread.key, now=time.time() - 1)
    assert held_reason(thread, form_token=fresh) == "held: sent 1 s after the form was shown"


def test_a_token_between_three_seconds_and_a_day_passes(thread):
    for n, age in enumerate((4, 3600, 23 * 3600)):
        token = tokens.issue(thread.key, now=time.time() - age)
        submission = make_submission(
            thread, form_token=token, ip_address=f"192.0.2.{n}", author_email=f"a{n}@example.id"
        )
        assert gate.review(submission).action == Action.APPROVE


def test_timing_alone_never_rejects_so_the_comment_is_kept(client, thread):
    response = post_comment(client, thread, form_token="")
    assert response.status_code == 302
    assert Comment.objects.get().status == Comment.Status.PENDING


def test_the_page_carries_a_fresh_token_for_its_thread(client, thread):
    html = client.get("/").content.decode()
    start = html.index('name="form_token" value="') + len('name="form_token" value="')
    token = tokens.read(html[start : html.index('"', start)])
    assert token is not None
    assert token.thread_key == thread.key
    assert abs(token.issued_at - time.time()) < 60


def test_the_api_hands_out_a_token_for_a_thread(client, thread):
    response = client.get("/api/v1/comments/token/", {"thread": thread.key})
    assert response.status_code == 200
    assert response["Cache-Control"] == "no-store"
    body = response.json()
    token = tokens.read(body["form_token"])
    assert token is not None and token.thread_key == thread.key
    assert body["expires_in"] == 24 * 3600 and body["min_seconds"] == 3


def test_the_api_token_needs_a_known_thread(client, thread):
    assert client.get("/api/v1/comments/token/", {"thread": "nope"}).status_code == 404
    missing = client.get("/api/v1/comments/token/")
    assert missing.status_code == 400
    assert "thread" in missing.json()
