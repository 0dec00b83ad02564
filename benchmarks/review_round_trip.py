"""How long one review takes in the admin queue: the key press's POST plus the list coming back.

Run: .venv/bin/python benchmarks/review_round_trip.py [--reviews 50] [--queue 200] [--browser]
     [--json PATH]
Builds a throw-away SQLite database with a queue of held comments (each with its gate reason)
and a moderator, serves the app from a thread of this process (Django's threaded WSGI server,
DEBUG on, as `make run` does), signs in, then reviews the first comment of the pending list
again and again, cycling approve, spam and trash:

- http: what a key press sends, with an HTTP client: the POST to the comment's moderation
  address with the list's return address, the redirect, and the GET of the list (the whole
  HTML page, as the browser gets it).
- browser (--browser, needs Debian's chromium): the key press itself in a real browser, until
  the list has loaded again and the highlight is back on the next comment.

Prints p50/p95/max per mode and writes JSON. A measurement on one machine, not a limit: no
test asserts a timing.
"""

from __future__ import annotations

import argparse
import json
import platform
import re
import secrets
import shutil
import statistics
import sys
import threading
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks._setup import RESULTS, django_setup

QUEUE = "/admin/comments/comment/?status__exact=pending"
# The moderator of this throw-away database, made for one run.
PASSWORD = secrets.token_urlsafe(16)
ACTIONS = ["approve", "spam", "trash"]
KEYS = {"approve": "a", "spam": "s", "trash": "t"}


def fill(queue: int) -> None:
    from django.contrib.auth.models import Group, User
    from django.core.management import call_command
    from django.utils import timezone

    from comments.models import Comment, Decision, Thread

    call_command("migrate", verbosity=0)
    call_command("create_demo_article", stdout=open("/dev/null", "w"))  # noqa: SIM115
    thread = Thread.objects.get(key="demo-article")
    now = timezone.now()
    comments = Comment.objects.bulk_create(
        Comment(
            thread=thread,
            depth=1,
            author_name=f"Pembaca {i}",
            author_email=f"pembaca{i}@example.id",
            content=f"Komentar nomor {i} yang menunggu moderasi, dengan satu tautan.",
            status=Comment.Status.PENDING,
            score=(i % 100) / 100,
            created=now - timedelta(minutes=i),
        )
        for i in range(queue)
    )
    Decision.objects.bulk_create(
        Decision(
            comment=c,
            source=Decision.Source.GATE,
            check_name="links",
            action="hold",
            reason="held: 2 links, 2 or more are held",
        )
        for c in comments
    )
    bob = User.objects.create_user("bob", password=PASSWORD, is_staff=True)
    bob.groups.add(Group.objects.get(name="Moderators"))


def serve() -> tuple[str, Any]:
    from django.contrib.staticfiles.handlers import StaticFilesHandler
    from django.core.servers.basehttp import ThreadedWSGIServer, WSGIRequestHandler
    from django.core.wsgi import get_wsgi_application

    class Quiet(WSGIRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadedWSGIServer(("127.0.0.1", 0), Quiet)
    server.set_app(StaticFilesHandler(get_wsgi_application()))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}", server


def summary(seconds: list[float]) -> dict[str, float]:
    ms = sorted(s * 1000 for s in seconds)
    return {
        "reviews": len(ms),
        "p50_ms": round(statistics.median(ms), 1),
        "p95_ms": round(ms[max(0, round(0.95 * len(ms)) - 1)], 1),
        "mean_ms": round(statistics.fmean(ms), 1),
        "max_ms": round(ms[-1], 1),
    }


def http_reviews(base: str, reviews: int) -> dict[str, Any]:
    import requests

    session = requests.Session()
    login = session.get(f"{base}/admin/login/")
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', login.text)
    assert token, "no login form"
    session.post(
        f"{base}/admin/login/",
        data={
            "username": "bob",
            "password": PASSWORD,
            "csrfmiddlewaretoken": token.group(1),
            "next": "/admin/",
        },
    )
    page = session.get(base + QUEUE).text
    totals, posts, lists = [], [], []
    for i in range(reviews):
        first = re.search(r'data-comment="(\d+)"', page)
        assert first, "the queue is empty or the row buttons are missing"
        action = ACTIONS[i % len(ACTIONS)]
        started = time.perf_counter()
        response = session.post(
            f"{base}/admin/comments/comment/{first.group(1)}/moderate/{action}/",
            data={"csrfmiddlewaretoken": session.cookies["csrftoken"], "next": QUEUE},
        )
        totals.append(time.perf_counter() - started)
        assert response.status_code == 200 and response.history, response.status_code
        posts.append(response.history[0].elapsed.total_seconds())
        lists.append(response.elapsed.total_seconds())
        page = response.text
    return {
        "round_trip": summary(totals),
        "post_and_redirect": summary(posts),
        "list_reload": summary(lists),
    }


def browser_reviews(base: str, reviews: int) -> dict[str, Any]:
    from playwright.sync_api import sync_playwright

    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=chromium, args=["--no-sandbox", "--disable-gpu"]
        )
        page = browser.new_page(viewport={"width": 1280, "height": 900}, locale="en-US")
        page.goto(f"{base}/admin/login/")
        page.fill("#id_username", "bob")
        page.fill("#id_password", PASSWORD)
        page.click("input[type=submit]")
        page.goto(base + QUEUE)
        page.keyboard.press("j")
        page.wait_for_selector("tr.kb-current")
        seconds: list[float] = []
        phases: dict[str, list[float]] = {"document": [], "dom_ready": []}
        for i in range(reviews):
            key = KEYS[ACTIONS[i % len(ACTIONS)]]
            started = time.perf_counter()
            with page.expect_navigation(wait_until="load"):
                page.keyboard.press(key)
            page.wait_for_selector("tr.kb-current")
            seconds.append(time.perf_counter() - started)
            # From the form's submission: the list's HTML in (POST, redirect, GET), then parsed
            # with its blocking scripts run.
            timing = page.evaluate(
                "() => { const n = performance.getEntriesByType('navigation')[0];"
                " return [n.responseEnd, n.domContentLoadedEventEnd]; }"
            )
            phases["document"].append(timing[0] / 1000)
            phases["dom_ready"].append(timing[1] / 1000)
        browser.close()
    return {
        "key_press_to_next_comment": summary(seconds),
        "of_which_document": summary(phases["document"]),
        "of_which_dom_ready": summary(phases["dom_ready"]),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--reviews", type=int, default=50)
    parser.add_argument("--queue", type=int, default=200, help="held comments to start with")
    parser.add_argument("--browser", action="store_true", help="also time key presses in chromium")
    parser.add_argument("--json", type=Path, default=RESULTS / "review_round_trip.json")
    args = parser.parse_args()
    if args.reviews * (2 if args.browser else 1) > args.queue:
        parser.error("the queue must hold at least one comment per review")

    django_setup()
    fill(args.queue)
    base, server = serve()
    results: dict[str, Any] = {
        "machine": platform.platform(),
        "python": platform.python_version(),
        "database": "SQLite (throw-away file)",
        "queue_at_start": args.queue,
        "http": http_reviews(base, args.reviews),
    }
    if args.browser:
        results["browser"] = browser_reviews(base, args.reviews)
    server.shutdown()

    for mode in ("http", "browser"):
        for name, figures in results.get(mode, {}).items():
            print(
                f"{mode:7} {name:26} p50 {figures['p50_ms']:7.1f} ms  "
                f"p95 {figures['p95_ms']:7.1f} ms  max {figures['max_ms']:7.1f} ms  "
                f"({figures['reviews']} reviews)"
            )
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    print(f"written to {args.json}")


if __name__ == "__main__":
    main()
