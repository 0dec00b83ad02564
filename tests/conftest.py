"""Shared fixtures: named people, the demo thread, and a client that guards email privacy.

Every public response a test produces passes through `PrivacyGuardClient`, which fails the test
when an email the test sent (or its MD5, SHA-1 or SHA-256) shows up in the body or headers.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import time
from collections.abc import Callable, Iterator
from typing import Any, ClassVar

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.cache import cache
from django.core.management import call_command
from django.test import Client
from hypothesis import settings as hypothesis_settings

from comments import blank_form, read_cache
from comments.models import Comment, Thread
from moderation import rulebook, tokens

# CI runs the property and fuzz tests on a fixed sequence of examples, so a landing is never
# decided by luck; `make test` on a developer's machine explores new examples every run.
hypothesis_settings.register_profile("ci", derandomize=True)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

EMAIL_RE = re.compile(r"[^\s@&=]+@[^\s@&=]+\.[^\s@&=]+")
# The one place an email may come back: the email box of the author's own form, re-shown with
# their typing after an error, in a response no cache may keep.
OWN_EMAIL_INPUT_RE = re.compile(r'<input[^>]*name="author_email"[^>]*>')


def email_fingerprints(email: str) -> set[str]:
    """The email and the unkeyed hashes of it that Gravatar-like code would publish."""
    forms = {email, email.strip().lower()}
    prints = set(forms)
    for form in forms:
        data = form.encode()
        for algorithm in ("md5", "sha1", "sha256"):
            prints.add(hashlib.new(algorithm, data).hexdigest())
    return prints


class PrivacyGuardClient(Client):
    """A test client for public pages that asserts no sent email ever comes back."""

    # Every guard made during the current test, so its log check knows the emails they saw.
    made_in_this_test: ClassVar[list[PrivacyGuardClient]] = []

    def __init__(self, *args: Any, check_stored: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.sent_emails: set[str] = set()
        self.responses_checked = 0
        # With database access, every email stored on a comment is guarded too, so comments
        # made directly in the database by a test are covered as well as posted ones.
        self.check_stored = check_stored
        PrivacyGuardClient.made_in_this_test.append(self)

    def remember_emails(self, data: Any) -> None:
        values = data.values() if isinstance(data, dict) else [data]
        for value in values:
            if isinstance(value, str):
                self.sent_emails.update(EMAIL_RE.findall(value))

    def request(self, **request: Any) -> Any:
        response = super().request(**request)
        self.check(response)
        return response

    def post(self, path: str, data: Any = None, *args: Any, **kwargs: Any) -> Any:  # type: ignore[override]
        if data is not None:
            self.remember_emails(data)
        return super().post(path, data, *args, **kwargs)

    def check(self, response: Any) -> None:
        self.responses_checked += 1
        if self.check_stored:
            self.sent_emails.update(Comment.objects.values_list("author_email", flat=True))
        assert_no_email_in(response, self.sent_emails)


def assert_no_email_in(response: Any, emails: set[str]) -> None:
    """Fail when a response's body, headers or cookies hold any of `emails` or their hashes."""
    body = b"" if getattr(response, "streaming", False) else response.content
    text = body.decode("utf-8", "replace")
    cache_control = response.get("Cache-Control", "")
    if "private" in cache_control and "no-store" in cache_control:
        text = OWN_EMAIL_INPUT_RE.sub("<input name=author_email>", text)
    headers = "\n".join(f"{k}: {v}" for k, v in response.items())
    cookies = "\n".join(morsel.OutputString() for morsel in response.cookies.values())
    haystack = (text + headers + cookies).lower()
    for email in emails:
        for fingerprint in email_fingerprints(email):
            assert fingerprint.lower() not in haystack, (
                f"a public response leaked {email!r} (as {fingerprint!r})"
            )


def _has_db(request: pytest.FixtureRequest) -> bool:
    return bool(
        request.node.get_closest_marker("django_db")
        or {"db", "transactional_db", "thread"} & set(request.fixturenames)
    )


@pytest.fixture
def client(request: pytest.FixtureRequest) -> PrivacyGuardClient:
    return PrivacyGuardClient(check_stored=_has_db(request))


@pytest.fixture
def csrf_client(request: pytest.FixtureRequest) -> PrivacyGuardClient:
    """A client that enforces CSRF like a real browser does."""
    return PrivacyGuardClient(enforce_csrf_checks=True, check_stored=_has_db(request))


class _LogCollector(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


@pytest.fixture(autouse=True)
def no_email_in_logs() -> Iterator[None]:
    """Every log line written during a test is checked for the emails its clients saw."""
    PrivacyGuardClient.made_in_this_test = []
    collector = _LogCollector()
    root = logging.getLogger()
    root.addHandler(collector)
    previous_level = root.level
    root.setLevel(logging.DEBUG)
    try:
        yield
    finally:
        root.removeHandler(collector)
        root.setLevel(previous_level)
    emails: set[str] = set()
    for guard in PrivacyGuardClient.made_in_this_test:
        emails |= guard.sent_emails
    text = "\n".join(collector.lines).lower()
    for email in emails:
        for fingerprint in email_fingerprints(email):
            assert fingerprint.lower() not in text, f"a log line leaked {email!r}"


@pytest.fixture(autouse=True)
def fresh_cache() -> Iterator[None]:
    """Rate-limit counters, flood marks, the rule book and the kept blank forms start empty in
    every test."""
    cache.clear()
    rulebook.invalidate()
    blank_form.forget()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def gate_without_classifier(settings: Any) -> None:
    """Tests of the other checks run without the classifiers; their own tests switch them on."""
    settings.COMMENT_GATE = {"classifier": False, "abuse_classifier": False}
    # Hashing test users' passwords slowly protects nothing.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


IMMEDIATE_TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.fixture(autouse=True)
def tasks_run_at_once(settings: Any) -> None:
    """Tasks run as they are enqueued (after the commit), so a test of what a task does needs no
    worker. The queue itself, the worker and its recovery are tested with the database backend
    (`database_tasks`, tests/comments/test_task_queue.py)."""
    settings.TASKS = IMMEDIATE_TASKS


@pytest.fixture
def database_tasks(settings: Any) -> None:
    settings.TASKS = DATABASE_TASKS


@pytest.fixture
def tune_gate(settings: Any) -> Callable[..., None]:
    """Override gate settings for one test: tune_gate(flood_interval=0)."""

    def tune(**values: Any) -> None:
        settings.COMMENT_GATE = {**settings.COMMENT_GATE, **values}

    return tune


# The named people of the moderation tests: Bob moderates, Alice moderates and may see authors'
# private details, Charlie is staff with no comment permissions, Dana may only look.
def logged_in(user: Any) -> Client:
    client = Client(headers={"accept-language": "en"})
    client.force_login(user)
    return client


@pytest.fixture
def moderator(django_user_model):
    """Bob is in the Moderators group the migration made."""
    user = django_user_model.objects.create_user("bob", password="pw-12345678", is_staff=True)
    user.groups.add(Group.objects.get(name="Moderators"))
    return logged_in(user)


@pytest.fixture
def privileged(django_user_model):
    """Alice moderates and may also see the authors' private details."""
    user = django_user_model.objects.create_user("alice", password="pw-12345678", is_staff=True)
    user.groups.add(Group.objects.get(name="Moderators"))
    user.user_permissions.add(Permission.objects.get(codename="view_author_private"))
    return logged_in(user)


@pytest.fixture
def outsider(django_user_model):
    """Charlie is staff but has no comment permissions."""
    user = django_user_model.objects.create_user("charlie", password="pw-12345678", is_staff=True)
    return logged_in(user)


@pytest.fixture
def viewer(django_user_model):
    """Dana may look at comments but not moderate them."""
    user = django_user_model.objects.create_user("dana", password="pw-12345678", is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="view_comment"))
    return logged_in(user)


@pytest.fixture
def tune_comments(settings: Any) -> Callable[..., None]:
    """Override the comments app's settings for one test: tune_comments(edit_minutes=1)."""

    def tune(**values: Any) -> None:
        settings.COMMENTS = {**getattr(settings, "COMMENTS", {}), **values}

    return tune


@pytest.fixture
def thread(db: None) -> Thread:
    call_command("create_demo_article", stdout=open("/dev/null", "w"))  # noqa: SIM115
    return Thread.objects.get(key="demo-article")


def shown_form_token(thread: Thread, seconds_ago: float = 60) -> str:
    """The token of a form shown a while ago, as a reader's browser would send it."""
    return tokens.issue(thread.key, now=time.time() - seconds_ago)


def comment_data(thread: Thread, **overrides: Any) -> dict[str, Any]:
    data = {
        "thread": thread.key,
        "form_token": shown_form_token(thread),
        "content": "Aplikasinya bagus, semoga bisa dipakai koperasi lain juga.",
        "author_name": "Sari",
        "author_email": "sari.author@example.org",
        "author_url": "",
        "parent": "",
    }
    data.update(overrides)
    return data


def make_comment(thread: Thread, **fields: Any) -> Comment:
    values: dict[str, Any] = {
        "author_name": "Budi",
        "author_email": "budi.reader@example.net",
        "content": "Setuju, yang penting datanya jujur.",
        "status": Comment.Status.APPROVED,
    }
    values.update(fields)
    parent = values.get("parent")
    values.setdefault("depth", parent.depth + 1 if parent else 1)
    comment = Comment.objects.create(thread=thread, **values)
    # As every real path that stores a comment does: cached pages of the thread are stale now.
    read_cache.changed([thread.pk])
    return comment


CAMPAIGN_PITCH = "Dapatkan bonus besar hari ini juga di situs kami yang terpercaya dan aman selalu"


def make_campaign(thread: Thread, count: int) -> list[Comment]:
    """`count` held near-duplicates from as many commenters and networks, each recorded for
    campaigns as a stored comment is: three or more form one campaign."""
    from comments import campaigns

    made = []
    for n in range(count):
        comment = make_comment(
            thread,
            status=Comment.Status.PENDING,
            author_email=f"akun{n}@example.com",
            ip_address=f"203.0.{n}.9",
            content=f"{CAMPAIGN_PITCH} {n}",
        )
        campaigns.record(comment)
        made.append(comment)
    return made


@pytest.fixture(scope="session")
def abuse_model() -> Any:
    """A real abuse model trained on a real share of the written starter corpus, once."""
    import random

    from moderation.classifier import abuse_train

    rows = abuse_train.starter_corpus()
    random.Random(7).shuffle(rows)
    return abuse_train.train(rows[:4000], folds=3, c_grid=(1.0,))


@pytest.fixture
def active_abuse(db: None, abuse_model: Any, tune_gate: Callable[..., None]) -> Iterator[Any]:
    """That abuse model stored and active, with the abuse classifier switched on."""
    from moderation.classifier import registry, store

    tune_gate(abuse_classifier=True, model_refresh_seconds=0)
    row = store.save(abuse_model, activate=True)
    registry.forget()
    yield row
    registry.forget()
