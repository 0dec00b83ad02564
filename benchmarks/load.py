"""Under load: our comment POST and thread read vs django-comments-xtd, Isso and a bare view.

Run: .venv/bin/python benchmarks/load.py [--workers 2 4] [--duration 30] [--warmup 5]
     [--connections 16] [--systems ours ours-gate-bypassed ceiling django-comments-xtd isso]
Needs wrk (apt-get install wrk), PostgreSQL on 127.0.0.1:5432 (user postgres, trust auth) and
Redis on 127.0.0.1:6379. The peers are installed from PyPI into their own virtualenvs under
benchmarks/.peers/ by the benchmark itself.

Every system runs under gunicorn with sync workers, DEBUG off, on PostgreSQL (Isso: SQLite, the only
database it has). For each worker count and system: a POST run (wrk, `--connections` connections,
`--warmup` seconds thrown away, then `--duration` seconds measured; every body unique, every request
from its own client address and email so rate limits do not dominate, every text an ordinary
comment of its own from benchmarks/load_texts.py), the rows stored during the measured run counted
in the database, then the same for reading a thread of 1,000 comments.
Ours runs with the full gate and the starter classifier on; "ours-gate-bypassed" is the same app
with `moderation.gate.review` replaced by an unconditional approval
(benchmarks/gate_bypassed_wsgi.py); "ours-campaign-burst" posts near-duplicates from many
commenters instead (POST only): the path where every comment is held and joins a campaign.
Ours also serves the article page of that thread (its first page of comments, HTML) under the
same load, compared with our API read and the faster peer's read.
Prints one summary line and writes the figures as JSON (default benchmarks/results/load.json).
"""

from __future__ import annotations

import argparse
import io
import itertools
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks import load_texts, served
from benchmarks._setup import RESULTS
from benchmarks.peers.samples import sample_comments

POSTGRES = "postgresql://postgres@127.0.0.1:5432"
OUR_DATABASE = "bench_gate"
CEILING_DATABASE = "bench_ceiling"
POST_THREAD = "bench-post"
READ_THREAD = "bench-read"
THREAD_SIZE = 1000
COMMON_LUA = (Path(__file__).parent / "wrk" / "common.lua").read_text()
RUNS = itertools.count(1)  # numbers every wrk run, so no body, email or address repeats

# The campaign burst (ours only): eight sentences, each request one of them plus its number, so
# every POST is a near-duplicate of many before it from other commenters: it is held and joins
# a campaign. The ordinary load is benchmarks/load_texts.py.
CAMPAIGN_SENTENCES = [
    "Terima kasih atas liputannya, angka harga lelang ikan pagi ini jelas sekali.",
    "Apakah data sinyal di desa kami juga ikut dihitung dalam laporan ini?",
    "Good reporting. I would like to see the source of the auction figures too.",
    "Pelatihan koperasi hari Sabtu kemarin ramai, semoga dilanjutkan bulan depan.",
    "The village network trial sounds promising, but who pays for it after a year?",
    "Saya nelayan di pesisir utara, timbangan digital sangat membantu kami.",
    "Could the reporter ask the ministry when the full results will be published?",
    "Jaringan di kecamatan kami masih sering putus kalau hujan deras.",
]


@dataclass
class Target:
    """One system under load: how to start it and what a request to it looks like."""

    name: str
    start: Callable[[int, int], subprocess.Popen[bytes]]  # (workers, port) -> the server
    stop: Callable[[subprocess.Popen[bytes]], None]
    post_lua: str
    post_success: int
    read_path: str
    count_posted: Callable[[], int]
    # Empties the posting thread while the server is stopped: every run starts alike.
    reset_posted: Callable[[], None]
    cleanup: Callable[[], None] = lambda: None
    # What became of the comments stored during the measured POST run (ours only), by status.
    posted_outcomes: Callable[[], dict[str, int]] | None = None
    # The HTML article page readers land on (ours only): its first page of comments.
    page_path: str = ""


def progress(line: str) -> None:
    """Progress goes to stderr: stdout carries the one summary line."""
    print(line, file=sys.stderr, flush=True)


def wrk(url: str, script: str, args: argparse.Namespace, seconds: int) -> dict[str, Any]:
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as file:
        file.write(COMMON_LUA + "\n" + load_texts.lua() + "\n" + script)
    command = ["wrk", "-t2", f"-c{args.connections}", f"-d{seconds}s", "--timeout", "10s"]
    finished = subprocess.run(
        [*command, "-s", file.name, url, "--", str(next(RUNS))],
        capture_output=True,
        text=True,
        check=True,
    )
    os.unlink(file.name)
    line = next(line for line in finished.stdout.splitlines() if line.startswith("WRK-RESULT "))
    result: dict[str, Any] = json.loads(line.removeprefix("WRK-RESULT "))
    result["statuses"] = {int(status): n for status, n in result["statuses"].items()}
    return result


def summarise(raw: dict[str, Any], success: int) -> dict[str, Any]:
    seconds = raw["duration_us"] / 1e6
    latency = raw["latency_us"]
    return {
        "requests": raw["requests"],
        "successes": raw["statuses"].get(success, 0),
        "per_second": round(raw["statuses"].get(success, 0) / seconds, 1),
        "p50_ms": latency["p50"] / 1000,
        "p95_ms": latency["p95"] / 1000,
        "p99_ms": latency["p99"] / 1000,
        "mean_ms": round(latency["mean"] / 1000, 2),
        "statuses": raw["statuses"],
        "socket_errors": raw["socket_errors"],
    }


def run_target(target: Target, workers: int, args: argparse.Namespace) -> dict[str, Any]:
    target.reset_posted()
    port = served.free_port()
    base = f"http://127.0.0.1:{port}"
    process = target.start(workers, port)
    try:
        wrk(base, target.post_lua, args, args.warmup)
        # wrk stops without waiting for answers: let the server finish what it was sent.
        time.sleep(1)
        before = target.count_posted()
        post = summarise(wrk(base, target.post_lua, args, args.duration), target.post_success)
        time.sleep(1)
        # At least every success; at most one more per connection (cut off when wrk stopped).
        post["stored_rows"] = target.count_posted() - before
        if target.posted_outcomes is not None:
            post["stored_by_status"] = target.posted_outcomes()
        measured = {"post": post}
        if not target.read_path:
            return measured
        read_lua = read_script(target.read_path)
        wrk(base, read_lua, args, args.warmup)
        measured["read"] = summarise(wrk(base, read_lua, args, args.duration), 200)
        if target.page_path:
            page_lua = read_script(target.page_path)
            wrk(base, page_lua, args, args.warmup)
            page = summarise(wrk(base, page_lua, args, args.duration), 200)
            # Our own server on 127.0.0.1, started above.
            with urllib.request.urlopen(base + target.page_path) as answer:  # noqa: S310
                page["bytes"] = len(answer.read())
            measured["page"] = page
    finally:
        target.stop(process)
    return measured


def read_script(path: str) -> str:
    return f'function request() return wrk.format("GET", "{path}") end\n'


# --- our app ---------------------------------------------------------------------------------


def our_post_lua(form_token: str, campaign: bool = False) -> str:
    """Our API POST: an ordinary comment (load_texts), or with `campaign` one of the burst's."""
    if campaign:
        sentences = ", ".join(json.dumps(s, ensure_ascii=False) for s in CAMPAIGN_SENTENCES)
        text = f"""
local sentences = {{{sentences}}}
local function text(tag)
  return sentences[counter % #sentences + 1] .. ' (pembaca ' .. tag .. ')'
end
"""
    else:
        text = """
local function text(tag)
  return comment_text(load_sequence())
end
"""
    return (
        text
        + f"""
function request()
  local tag = unique()
  local body = '{{"thread": "{POST_THREAD}", "author_name": "Pembaca ' .. tag ..
    '", "author_email": "pembaca' .. tag .. '@example.net", "content": "' .. text(tag) ..
    '", "form_token": "{form_token}"}}'
  return wrk.format("POST", "/api/v1/comments/", {{
    ["Content-Type"] = "application/json",
    ["X-Forwarded-For"] = client_address(),
  }}, body)
end
"""
    )


def recreate_database(name: str) -> None:
    import psycopg

    with psycopg.connect(f"{POSTGRES}/postgres", autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')


def prepare_ours() -> tuple[dict[str, str], str]:
    """A fresh database with the two threads and the starter model; returns env and form token."""
    recreate_database(OUR_DATABASE)
    env = served.production_env(f"{POSTGRES}/{OUR_DATABASE}", "redis://127.0.0.1:6379/2")
    os.environ.update(env, DJANGO_SETTINGS_MODULE="config.settings")
    import django

    django.setup()
    from django.core.management import call_command
    from django.utils import timezone

    from comments.models import Comment, Thread
    from moderation import tokens
    from moderation.fingerprints import content_key

    call_command("migrate", verbosity=0)
    Thread.objects.create(key=POST_THREAD, title="Load: posting")
    read_thread = Thread.objects.create(key=READ_THREAD, title="Load: reading")
    now = timezone.now()
    comments = [
        Comment(
            thread=read_thread,
            author_name=sample.author,
            author_email=sample.email,
            content=sample.text,
            content_key=content_key(sample.text),
            status=Comment.Status.APPROVED,
            created=now - timedelta(seconds=sample.age),
        )
        for sample in sample_comments(THREAD_SIZE)
    ]
    Comment.objects.bulk_create(comments)
    started = time.monotonic()
    call_command("train_spam_model", "--activate", verbosity=0, stdout=io.StringIO())
    progress(f"trained and activated the starter model in {time.monotonic() - started:.0f} s")
    return env, tokens.issue(POST_THREAD)


def count_our_posts() -> int:
    from comments.models import Comment

    return Comment.objects.filter(thread__key=POST_THREAD).count()


def our_posted_outcomes() -> dict[str, int]:
    """The posting thread's comments by status (both POST runs: the reset empties it before)."""
    from django.db.models import Count

    from comments.models import Comment

    rows = (
        Comment.objects.filter(thread__key=POST_THREAD)
        .values_list("status")
        .annotate(n=Count("pk"))
        .order_by()
    )
    return {status: n for status, n in rows}


def reset_our_posts() -> None:
    from django.db import connection

    from comments.models import Comment

    Comment.objects.filter(thread__key=POST_THREAD).delete()
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")  # statistics as a long-running site has them


def our_targets(env: dict[str, str], form_token: str, logs: Path) -> list[Target]:
    def starter(app: str) -> Callable[[int, int], subprocess.Popen[bytes]]:
        def start(workers: int, port: int) -> subprocess.Popen[bytes]:
            # The server keeps its own copy of the descriptor once it has started.
            with open(logs / f"{app.split(':')[0]}-{workers}.log", "ab") as log:
                return served.start_gunicorn(env, port=port, workers=workers, log=log, app=app)

        return start

    post = our_post_lua(form_token)
    burst = our_post_lua(form_token, campaign=True)
    read = f"/api/v1/comments/?thread={READ_THREAD}&page_size={THREAD_SIZE}"
    page = f"/articles/{READ_THREAD}/"
    return [
        Target("ours", starter("config.wsgi:application"), served.stop, post, 201, read,
               count_our_posts, reset_our_posts, posted_outcomes=our_posted_outcomes,
               page_path=page),
        Target("ours-gate-bypassed", starter("benchmarks.gate_bypassed_wsgi:application"),
               served.stop, post, 201, read, count_our_posts, reset_our_posts,
               posted_outcomes=our_posted_outcomes),
        # POST only: the near-duplicate burst that forms and grows a campaign.
        Target("ours-campaign-burst", starter("config.wsgi:application"), served.stop, burst,
               201, "", count_our_posts, reset_our_posts, posted_outcomes=our_posted_outcomes),
    ]  # fmt: skip


# --- the ceiling: a bare Django view ---------------------------------------------------------


def ceiling_target(logs: Path) -> Target:
    import psycopg

    recreate_database(CEILING_DATABASE)
    env = served.production_env("unused://", "unused://")
    env["DJANGO_SETTINGS_MODULE"] = "benchmarks.ceiling.settings"
    served.manage(env, "migrate", "--run-syncdb")
    url = f"{POSTGRES}/{CEILING_DATABASE}"
    with psycopg.connect(url, autocommit=True) as connection, connection.cursor() as cursor:
        cursor.executemany(
            "INSERT INTO ceiling_row (thread, name, email, content, created) "
            "VALUES (2, %s, %s, %s, now())",
            [(c.author, c.email, c.text) for c in sample_comments(THREAD_SIZE)],
        )

    def start(workers: int, port: int) -> subprocess.Popen[bytes]:
        with open(logs / f"ceiling-{workers}.log", "ab") as log:
            return served.start_gunicorn(
                env,
                port=port,
                workers=workers,
                log=log,
                app="django.core.wsgi:get_wsgi_application()",
                ready_path="/rows/?thread=2",
            )

    def count() -> int:
        with psycopg.connect(url) as connection:
            row = connection.execute("SELECT count(*) FROM ceiling_row WHERE thread = 1").fetchone()
        return int(row[0]) if row else 0

    def reset() -> None:
        with psycopg.connect(url, autocommit=True) as connection:
            connection.execute("DELETE FROM ceiling_row WHERE thread = 1")

    post = """
function request()
  local tag = unique()
  local body = '{"thread": 1, "name": "Pembaca ' .. tag .. '", "email": "pembaca' .. tag ..
    '@example.net", "content": "Komentar biasa nomor ' .. tag .. '."}'
  return wrk.format("POST", "/rows/", {["Content-Type"] = "application/json"}, body)
end
"""
    return Target("ceiling", start, served.stop, post, 201, "/rows/?thread=2", count, reset)


# --- the peers -------------------------------------------------------------------------------


def peer_target(name: str, workdir: Path) -> Target:
    from benchmarks.peers import PEERS

    peer = PEERS[name](workdir / name)
    peer.install()
    peer.prepare(THREAD_SIZE)
    return Target(
        name,
        peer.start,
        peer.stop,
        peer.post_lua(),
        peer.post_success_status,
        peer.read_path,
        peer.count_posted,
        peer.reset_posted,
        peer.cleanup,
    )


# --- report ----------------------------------------------------------------------------------


def ratios(by_system: dict[str, dict[str, Any]]) -> dict[str, float]:
    ours = by_system.get("ours")
    if ours is None:
        return {}
    found: dict[str, float] = {}
    for kind in ("post", "read"):
        mine = ours[kind]["per_second"]
        for other in ("django-comments-xtd", "isso", "ceiling"):
            if other in by_system and by_system[other][kind]["per_second"]:
                found[f"{kind}_us_over_{other}"] = round(
                    mine / by_system[other][kind]["per_second"], 2
                )
        peers = [by_system[p][kind]["per_second"] for p in ("django-comments-xtd", "isso")
                 if p in by_system]  # fmt: skip
        if peers and max(peers):
            found[f"{kind}_us_over_faster_peer"] = round(mine / max(peers), 2)
    page = ours.get("page")
    if page and ours["read"]["per_second"]:
        # The article page against our own cached API read of the same thread, same run.
        found["page_over_api_read"] = round(page["per_second"] / ours["read"]["per_second"], 2)
        peers = [by_system[p]["read"]["per_second"] for p in ("django-comments-xtd", "isso")
                 if p in by_system]  # fmt: skip
        if peers and max(peers):
            found["page_over_faster_peer_read"] = round(page["per_second"] / max(peers), 2)
    if ours["post"]["p50_ms"]:
        found["post_p99_over_p50"] = round(ours["post"]["p99_ms"] / ours["post"]["p50_ms"], 2)
    burst = by_system.get("ours-campaign-burst")
    if burst and ours["post"]["per_second"]:
        found["campaign_burst_over_ordinary"] = round(
            burst["post"]["per_second"] / ours["post"]["per_second"], 2
        )
    bypassed = by_system.get("ours-gate-bypassed")
    if bypassed and ours["post"]["per_second"]:
        # Time per comment with the gate on vs off, from throughput at the same concurrency.
        found["gate_overhead"] = round(
            bypassed["post"]["per_second"] / ours["post"]["per_second"] - 1, 3
        )
        found["gate_overhead_p50"] = round(
            ours["post"]["p50_ms"] / bypassed["post"]["p50_ms"] - 1, 3
        )
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, nargs="+", default=[2, 4])
    parser.add_argument("--duration", type=int, default=30)
    parser.add_argument("--warmup", type=int, default=5)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument(
        "--systems",
        nargs="+",
        default=[
            "ours",
            "ours-gate-bypassed",
            "ours-campaign-burst",
            "ceiling",
            "django-comments-xtd",
            "isso",
        ],
    )
    parser.add_argument("--json", default=str(RESULTS / "load.json"))
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        sys.exit("wrk is not installed: apt-get install -y wrk")

    workdir = Path(tempfile.mkdtemp(prefix="bench-load-"))
    env, form_token = prepare_ours()
    targets = {target.name: target for target in our_targets(env, form_token, workdir)}
    if "ceiling" in args.systems:
        targets["ceiling"] = ceiling_target(workdir)
    for name in ("django-comments-xtd", "isso"):
        if name in args.systems:
            targets[name] = peer_target(name, workdir)
    # The form token must be older than the gate's minimum time to fill a form.
    time.sleep(3)

    results: dict[str, Any] = {}
    for workers in args.workers:
        by_system: dict[str, dict[str, Any]] = {}
        for name in args.systems:
            by_system[name] = run_target(targets[name], workers, args)
            post, read = by_system[name]["post"], by_system[name].get("read")
            reading = (
                f" | read {read['per_second']:7.1f}/s p99 {read['p99_ms']:.1f} ms" if read else ""
            )
            progress(
                f"  {workers} workers {name:20} POST {post['per_second']:7.1f}/s "
                f"p50 {post['p50_ms']:.1f} p95 {post['p95_ms']:.1f} p99 {post['p99_ms']:.1f} ms "
                f"stored {post['stored_rows']} of {post['successes']} ok {post['statuses']} "
                f"{post.get('stored_by_status', '')}{reading}"
            )
            if "page" in by_system[name]:
                page = by_system[name]["page"]
                progress(
                    f"  {workers} workers {name:20} article page {page['per_second']:7.1f}/s "
                    f"p99 {page['p99_ms']:.1f} ms, {page['bytes'] / 1000:.0f} KB"
                )
        results[f"{workers}_workers"] = {"systems": by_system, "ratios": ratios(by_system)}

    report = {
        "benchmark": "load",
        "machine": {"cpus": os.cpu_count(), "platform": platform.platform()},
        "python": platform.python_version(),
        "settings": {
            "connections": args.connections,
            "duration_s": args.duration,
            "warmup_s": args.warmup,
            "thread_size": THREAD_SIZE,
            "wrk_threads": 2,
        },
        "results": results,
    }
    Path(args.json).parent.mkdir(parents=True, exist_ok=True)
    Path(args.json).write_text(json.dumps(report, indent=2))
    summary = []
    for key, result in results.items():
        ours = result["systems"].get("ours", {})
        r = result["ratios"]
        summary.append(
            f"{key}: POST {ours.get('post', {}).get('per_second')}/s "
            f"p99 {ours.get('post', {}).get('p99_ms')} ms "
            f"(x{r.get('post_us_over_faster_peer')} faster peer, "
            f"x{r.get('post_us_over_ceiling')} ceiling, gate +{r.get('gate_overhead')}), "
            f"read {ours.get('read', {}).get('per_second')}/s "
            f"(x{r.get('read_us_over_faster_peer')} faster peer)"
        )
    print("load: " + "; ".join(summary) + f" -> {args.json}")
    for target in targets.values():
        target.cleanup()
    shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
