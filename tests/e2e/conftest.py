"""Browser tests: Debian's chromium driven by Playwright against Django's live server.

Playwright's own browser download is never used (this machine has no internet); the tests skip
when chromium is missing, unless E2E_REQUIRED is set (CI sets it, so there they fail instead).
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import os
import shutil
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, ClassVar

import pytest
from django.conf import settings as django_settings
from django.http import HttpRequest, HttpResponse

from comments.models import Comment
from tests.conftest import assert_no_email_in

# Playwright's sync API runs an event loop in the test thread; Django's ORM calls from the
# test body are safe here because the live server has its own thread and connection.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# Without these, chromium tries to reach Google's services and this closed network refuses it.
QUIET_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    if not os.path.exists(CHROMIUM):
        message = "chromium is not installed (apt-get install -y chromium)"
        if os.environ.get("E2E_REQUIRED"):
            pytest.fail(message)
        pytest.skip(message)
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "headless": True,
        "args": QUIET_FLAGS,
    }


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args: dict[str, Any]) -> dict[str, Any]:
    return {**browser_context_args, "locale": "en-US"}


@pytest.fixture(autouse=True)
def quick_reader_gate(tune_gate: Callable[..., Any]) -> None:
    """A test fills the form faster than a person and posts several from one address."""
    tune_gate(ip_rates=[], email_rates=[], flood_interval=0, form_min_seconds=0)


@pytest.fixture
def blog(tmp_path: Path, live_server, settings) -> Iterator[str]:
    """Another site, on another port, embedding the comments with one script tag."""
    (tmp_path / "post.html").write_text(
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>A blog post</title>'
        "</head><body><h1>A blog post</h1><p>Somebody else's article.</p>"
        f'<div id="comments" data-thread="demo-article" data-api="{live_server.url}"></div>'
        f'<script src="{live_server.url}/static/comments/embed.js" defer></script>'
        "</body></html>",
        encoding="utf-8",
    )
    with another_origin(tmp_path, settings) as origin:
        yield f"{origin}/post.html"


@contextlib.contextmanager
def another_origin(directory: Path, settings: Any) -> Iterator[str]:
    """`directory` served on its own port, an origin allowed to call the API (CORS)."""
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    origin = f"http://127.0.0.1:{server.server_address[1]}"
    settings.CORS_ALLOWED_ORIGINS = [origin]
    try:
        yield origin
    finally:
        server.shutdown()


class PublicResponseRecorder:
    """Middleware of the live server in browser tests: keeps every public response it sends.

    Pages for moderators (the admin, the moderation API, the one-click email pages) may show an
    author's email to those allowed to see it; everything else is public.
    """

    MODERATOR_PATHS = ("/admin/", "/api/v1/moderation/", "/moderation/email/")
    responses: ClassVar[list[tuple[str, HttpResponse]]] = []

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if not request.path.startswith(self.MODERATOR_PATHS):
            self.responses.append((request.path, response))
        return response


@pytest.fixture(scope="session", autouse=True)
def _record_public_responses() -> Iterator[None]:
    # Session-wide and first: the live server builds its middleware chain once, when it starts.
    before = list(django_settings.MIDDLEWARE)
    recorder = f"{__name__}.PublicResponseRecorder"
    django_settings.MIDDLEWARE = [recorder, *before]
    yield
    django_settings.MIDDLEWARE = before


@pytest.fixture(autouse=True)
def no_email_in_any_public_response(transactional_db: None) -> Iterator[None]:
    """After each browser test: no email stored in it, nor a hash of one, was ever served."""
    PublicResponseRecorder.responses.clear()
    yield
    emails = set(Comment.objects.values_list("author_email", flat=True))
    recorded = list(PublicResponseRecorder.responses)
    PublicResponseRecorder.responses.clear()
    assert recorded, "the recorder saw no response: is it in the live server's middleware?"
    for path, response in recorded:
        try:
            assert_no_email_in(response, emails)
        except AssertionError as leak:
            raise AssertionError(f"{path}: {leak}") from None


def logged_in_moderator(browser: Any, live_server: Any, django_user_model: Any) -> Any:
    """Bob, in the Moderators group, signed in to the admin in a browser context of his own."""
    from django.contrib.auth.models import Group, Permission

    bob = django_user_model.objects.create_user("bob", password="pw-12345678", is_staff=True)
    # A transactional test flushes what migrations wrote, so the group is made again here.
    group, _ = Group.objects.get_or_create(name="Moderators")
    group.permissions.add(
        *Permission.objects.filter(
            codename__in=[
                "can_moderate",
                "view_comment",
                "change_comment",
                "view_thread",
                "change_thread",
            ]
        )
    )
    bob.groups.add(group)
    return logged_in_as(browser, live_server, "bob")


def logged_in_as(browser: Any, live_server: Any, username: str) -> Any:
    """A browser context of its own signed in to the admin as `username` (password
    pw-12345678), and its page."""
    context = browser.new_context(locale="en-US")
    page = context.new_page()
    page.goto(live_server.url + "/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill("pw-12345678")
    page.get_by_role("button", name="Log in").click()
    return context, page
