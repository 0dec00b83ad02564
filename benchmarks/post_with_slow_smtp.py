"""Sending never blocks a POST: comment POST latency with a mail server that takes 2 s to answer.

Run: .venv/bin/python benchmarks/post_with_slow_smtp.py [--n 40] [--delay 2] [--json PATH]

Every comment is held (a gate policy), so every POST owes the moderators an email. Three runs of
the same POSTs through the API (Django's test client, in process, SQLite):
- `no_mail`: no moderator has an email address: nothing to send (the baseline);
- `queued`: the database task queue (the default): the POST adds a task row; a worker
  (`run_worker --batch`, timed separately) sends the emails afterwards to the slow server;
- `in_request`: TASKS_BACKEND=immediate, what the project did before the queue: the POST
  itself talks to the slow server (fewer POSTs: each costs the delay).
The fake SMTP server is local: it waits `--delay` seconds before its greeting, then accepts.
Prints one summary line and writes the figures as JSON (default benchmarks/results/).
"""

from __future__ import annotations

import argparse
import json
import platform
import socketserver
import statistics
import sys
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks._setup import RESULTS, django_setup


class SlowSMTPHandler(socketserver.StreamRequestHandler):
    """Just enough SMTP for smtplib: a slow greeting, then 250 to everything, 354 for DATA."""

    delay = 2.0
    received: list[int] = []

    def handle(self) -> None:
        time.sleep(self.delay)
        self.wfile.write(b"220 slow.example ESMTP\r\n")
        in_data = False
        while line := self.rfile.readline():
            if in_data:
                if line == b".\r\n":
                    in_data = False
                    SlowSMTPHandler.received.append(1)
                    self.wfile.write(b"250 queued\r\n")
                continue
            verb = line[:4].upper()
            if verb == b"DATA":
                in_data = True
                self.wfile.write(b"354 go on\r\n")
            elif verb == b"QUIT":
                self.wfile.write(b"221 bye\r\n")
                return
            elif verb == b"EHLO":
                self.wfile.write(b"250 slow.example\r\n")
            else:
                self.wfile.write(b"250 ok\r\n")


def start_smtp(delay: float) -> tuple[socketserver.ThreadingTCPServer, int]:
    SlowSMTPHandler.delay = delay
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), SlowSMTPHandler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, int(server.server_address[1])


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def post_many(n: int, label: str) -> list[float]:
    from django.test import Client

    from comments.models import Thread
    from moderation import tokens

    thread = Thread.objects.get(key="demo-article")
    client = Client(REMOTE_ADDR="198.51.100.20")
    timings = []
    for i in range(n):
        body = {
            "thread": thread.key,
            "form_token": tokens.issue(thread.key, now=time.time() - 60),
            "author_name": "Pembaca",
            "author_email": f"pembaca{i}@example.id",
            "content": f"Pertanyaan nomor {i} ({label}): kapan datanya diperbarui lagi?",
        }
        started = time.perf_counter()
        response = client.post("/api/v1/comments/", body, content_type="application/json")
        timings.append((time.perf_counter() - started) * 1000)
        if response.status_code != 201:
            raise SystemExit(f"POST answered {response.status_code}: {response.content[:300]!r}")
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=40)
    parser.add_argument("--delay", type=float, default=2.0)
    parser.add_argument("--json", type=Path, default=RESULTS / "post_with_slow_smtp.json")
    args = parser.parse_args()

    django_setup()
    from django.contrib.auth.models import Group, User
    from django.core.management import call_command
    from django.test.utils import override_settings

    from comments.models import Comment
    from moderation.models import GatePolicy

    call_command("migrate", verbosity=0)
    call_command("create_demo_article", stdout=open("/dev/null", "w"))  # noqa: SIM115
    GatePolicy.objects.create(hold_all=True)
    smtp, port = start_smtp(args.delay)
    moderator = User.objects.create_user("mira", "", "pw-12345678", is_staff=True)
    moderator.groups.add(Group.objects.get(name="Moderators"))
    quick_gate = {
        "classifier": False,
        "ip_rates": [],
        "email_rates": [],
        "flood_interval": 0,
        "form_min_seconds": 0,
    }
    mail = {
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": port,
        "EMAIL_USE_TLS": False,
        "EMAIL_TIMEOUT": args.delay * 5,
    }
    immediate = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    # Every held comment is emailed about: the hourly limit is not what is measured here.
    comments = {"notify_per_hour": 10**6}
    results: dict[str, Any] = {}
    with override_settings(COMMENT_GATE=quick_gate, COMMENTS=comments, **mail):
        runs = {"no_mail": post_many(args.n, "no_mail")}
        User.objects.filter(pk=moderator.pk).update(email="mira@news.example")
        runs["queued"] = post_many(args.n, "queued")
        started = time.perf_counter()
        call_command("run_worker", batch=True, interval=0, verbosity=0)
        worker_seconds = time.perf_counter() - started
        sent_by_worker = len(SlowSMTPHandler.received)
        in_request_n = max(3, args.n // 8)
        with override_settings(TASKS=immediate):
            runs["in_request"] = post_many(in_request_n, "in_request")
    smtp.shutdown()
    for name, timings in runs.items():
        results[name] = {
            "n": len(timings),
            "p50_ms": round(statistics.median(timings), 2),
            "p95_ms": round(percentile(timings, 0.95), 2),
            "max_ms": round(max(timings), 2),
        }
    results["worker"] = {
        "emails_sent": sent_by_worker,
        "seconds": round(worker_seconds, 1),
        "held_comments": Comment.objects.filter(status=Comment.Status.PENDING).count(),
    }
    summary = {
        "benchmark": "post_with_slow_smtp",
        "smtp_delay_s": args.delay,
        "python": platform.python_version(),
        **results,
    }
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    print(
        f"POST p50 with a {args.delay:g} s SMTP server: no mail {results['no_mail']['p50_ms']} ms, "
        f"queued {results['queued']['p50_ms']} ms (worker sent {sent_by_worker} emails in "
        f"{worker_seconds:.1f} s afterwards), in the request {results['in_request']['p50_ms']} ms"
    )


if __name__ == "__main__":
    main()
