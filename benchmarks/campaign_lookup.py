"""How long the gate's campaign lookup takes with 10,000 and with 1,000,000 stored comments.

Run: .venv/bin/python benchmarks/campaign_lookup.py [--sizes 10000,1000000] [--lookups 3000]
Needs PostgreSQL on 127.0.0.1:5432 (user postgres, trust auth). It creates the database
bench_campaigns, drops it at the end (--keep leaves it), and:
- stores comments at a steady rate (--per-day, 2,500 a day by default), so the 48 h window
  holds the same number of comments at every size and only the history grows: 10,000 comments
  are 4 days of them, 1,000,000 are 400 days. Texts are drawn from a Zipf vocabulary, and each
  comment's real band keys (moderation.campaigns) are stored, by COPY;
- records campaigns in the window through the real storage path (comments.campaigns.record);
- then times, for new texts (4 in 5 ordinary, 1 in 5 a campaign variant): the signature alone,
  the history question (StoredComments.near_duplicates) and the whole gate check
  (moderation.checks.campaigns.campaign); and the storage path for a few hundred new comments.
Prints one line per size and writes the figures as JSON (default benchmarks/results/).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks._setup import RESULTS

POSTGRES = "postgresql://postgres@127.0.0.1:5432"
DATABASE = "bench_campaigns"
VOCABULARY = 20_000
THREADS = 2_000
CAMPAIGNS = 20
MEMBERS = 30  # per campaign, in the window
FIRST_ORM_ID = 50_000_000


def recreate_database() -> None:
    import psycopg

    with psycopg.connect(f"{POSTGRES}/postgres", autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{DATABASE}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{DATABASE}"')


def drop_database() -> None:
    import psycopg
    from django.db import connections

    connections.close_all()
    with psycopg.connect(f"{POSTGRES}/postgres", autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{DATABASE}" WITH (FORCE)')


def django_setup() -> None:
    os.environ.update(
        DEBUG="true", DATABASE_URL=f"{POSTGRES}/{DATABASE}", LOG_LEVEL="ERROR", DB_CONN_MAX_AGE="0"
    )
    os.environ.pop("REDIS_URL", None)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()


class Texts:
    """Comments of 3 to 60 words from a Zipf vocabulary of made-up words (no shared data)."""

    def __init__(self, seed: int) -> None:
        self.rng = np.random.default_rng(seed)
        syllables = [c + v for c in "bcdfghjklmnprstw" for v in "aiueo"]
        picks = self.rng.integers(0, len(syllables), size=(VOCABULARY, 3))
        self.words = np.array(["".join(syllables[i] for i in row) for row in picks])
        weights = 1.0 / np.arange(1, VOCABULARY + 1) ** 1.05
        self.cumulative = np.cumsum(weights / weights.sum())

    def many(self, count: int) -> list[str]:
        lengths = self.rng.integers(3, 61, size=count)
        drawn = np.searchsorted(self.cumulative, self.rng.random(int(lengths.sum())))
        words = self.words[np.minimum(drawn, VOCABULARY - 1)]
        out, at = [], 0
        for length in lengths:
            out.append(" ".join(words[at : at + length]))
            at += length
        return out

    def variant(self, base: str) -> str:
        """The campaign message with two of its words changed."""
        words = base.split()
        for at in self.rng.choice(len(words), size=2, replace=False):
            words[at] = self.words[int(self.rng.integers(0, VOCABULARY))]
        return " ".join(words)


def fill(start: int, stop: int, now: datetime, per_hour: float, texts: Texts) -> float:
    """Comments start+1..stop with their band keys, older than those stored before (comment 1
    is the newest, at `now`): a larger size adds history, not comments in the window."""
    from django.db import connection

    from comments.models import BandKey, Comment
    from moderation.campaigns import fingerprint
    from moderation.fingerprints import content_key

    began = time.perf_counter()
    columns = [f.column for f in Comment._meta.concrete_fields]
    template = Comment(
        thread_id=1,
        author_name="Pembaca",
        author_email="pembaca@example.id",
        content="",
        status=Comment.Status.APPROVED,
        user_agent="bench",
    )
    base = {
        f.column: f.get_db_prep_save(getattr(template, f.attname), connection)
        for f in Comment._meta.concrete_fields
    }
    step = 50_000
    with connection.cursor() as cursor:
        raw = cursor.cursor
        for low in range(start, stop, step):
            high = min(low + step, stop)
            contents = texts.many(high - low)
            keyed = []
            # One COPY at a time: a connection cannot run two.
            with raw.copy(f"COPY comments_comment ({', '.join(columns)}) FROM STDIN") as comments:
                for offset, content in enumerate(contents):
                    pk = low + offset + 1
                    created = now - timedelta(hours=(pk - 1) / per_hour)
                    row = dict(base)
                    row.update(
                        id=pk,
                        thread_id=pk % THREADS + 1,
                        content=content,
                        content_key=content_key(content),
                        created=created,
                        author_email=f"p{pk}@example.id",
                        author_digest=f"{pk:064x}",
                        ip_address=f"10.{pk >> 16 & 255}.{pk >> 8 & 255}.{pk & 255}",
                        avatar_key=f"{pk:032x}"[: len(str(base["avatar_key"]))],
                    )
                    comments.write_row([row[c] for c in columns])
                    sought = fingerprint(content)
                    if sought is not None:
                        keyed.append((pk, created, list(sought.keys)))
            with raw.copy("COPY bench_keys (comment_id, created, keys) FROM STDIN") as keys:
                for each in keyed:
                    keys.write_row(each)
        table = BandKey._meta.db_table
        cursor.execute(
            f"SELECT indexname, indexdef FROM pg_indexes WHERE tablename = '{table}' "  # noqa: S608
            "AND indexname NOT LIKE '%%_pkey'"
        )
        indexes = cursor.fetchall()
        for name, _ in indexes:
            cursor.execute(f'DROP INDEX "{name}"')
        cursor.execute(
            f"INSERT INTO {table} (comment_id, key, created) "  # noqa: S608
            "SELECT comment_id, unnest(keys), created FROM bench_keys"
        )
        cursor.execute("TRUNCATE bench_keys")
        for _, definition in indexes:
            cursor.execute(definition)
        cursor.execute("VACUUM ANALYZE comments_comment")
        cursor.execute(f"VACUUM ANALYZE {table}")
    return time.perf_counter() - began


def record_campaigns(now: datetime, texts: Texts, bases: list[str]) -> None:
    """Campaign members in the window, stored through comments.campaigns.record."""
    from django.db import transaction

    from comments import campaigns
    from comments.models import Comment

    rng = np.random.default_rng(5)
    for c, base in enumerate(bases):
        for m in range(MEMBERS):
            with transaction.atomic():
                comment = Comment.objects.create(
                    thread_id=int(rng.integers(1, THREADS + 1)),
                    author_name="Promo",
                    author_email=f"promo{c}.{m}@example.id",
                    content=texts.variant(base),
                    status=Comment.Status.PENDING,
                    ip_address=f"172.16.{c}.{m + 1}" if m % 2 else f"172.17.{m}.{c + 1}",
                    created=now - timedelta(hours=float(rng.uniform(0, 40))),
                )
                campaigns.record(comment)


def percentiles(timings: list[float]) -> dict[str, float]:
    ordered = sorted(timings)
    return {
        "p50_ms": round(statistics.median(ordered), 4),
        "p99_ms": round(ordered[int(0.99 * len(ordered)) - 1], 4),
        "max_ms": round(ordered[-1], 4),
    }


def measure(lookups: int, texts: Texts, bases: list[str]) -> dict[str, Any]:
    from comments.history import StoredComments
    from comments.models import Thread
    from moderation import campaigns
    from moderation.checks.campaigns import campaign
    from moderation.checks.context import ReviewContext
    from moderation.conf import gate_setting
    from moderation.submission import Submission

    thread = Thread.objects.get(pk=1)
    rng = np.random.default_rng(11)
    wanted = [
        texts.variant(bases[int(rng.integers(0, len(bases)))]) if n % 5 == 0 else text
        for n, text in enumerate(texts.many(lookups))
    ]
    history = StoredComments()
    window = timedelta(hours=gate_setting("campaign_window_hours"))
    signature: list[float] = []
    question: list[float] = []
    check: list[float] = []
    candidates = held = 0
    for warm in texts.many(200):
        campaign(ReviewContext(Submission(thread, warm, "W", "w@example.id")))
    for n, content in enumerate(wanted):
        started = time.perf_counter_ns()
        sought = campaigns.fingerprint(content)
        signature.append((time.perf_counter_ns() - started) / 1e6)
        if sought is not None:
            since = datetime.now(UTC) - window
            started = time.perf_counter_ns()
            candidates += len(history.near_duplicates(sought.keys, since, None))
            question.append((time.perf_counter_ns() - started) / 1e6)
        # A new text for the whole check, so that no cache of the signature helps it.
        fresh = f"{content} kata{n}"
        sub = Submission(
            thread, fresh, f"B{n}", f"b{n}@example.id", ip_address=f"192.0.2.{n % 250}"
        )
        started = time.perf_counter_ns()
        found = campaign(ReviewContext(sub))
        check.append((time.perf_counter_ns() - started) / 1e6)
        held += bool(found)
    return {
        "lookups": len(wanted),
        "signature": percentiles(signature),
        "history_question": percentiles(question),
        "whole_check": percentiles(check),
        "candidates_per_lookup": round(candidates / max(len(question), 1), 3),
        "check_found_campaign": held,
        "campaign_variants": len(wanted[::5]),
    }


def measure_storage(count: int, texts: Texts, bases: list[str]) -> dict[str, float]:
    """comments.campaigns.record after a comment is stored (a fifth are campaign variants)."""
    from django.db import transaction

    from comments import campaigns
    from comments.models import Comment

    timings = []
    for n, content in enumerate(texts.many(count)):
        text = texts.variant(bases[n % len(bases)]) if n % 5 == 0 else content
        with transaction.atomic():
            comment = Comment.objects.create(
                thread_id=n % THREADS + 1,
                author_name="Baru",
                author_email=f"baru{n}@example.id",
                content=text,
                ip_address=f"192.0.{n % 250}.9",
            )
            started = time.perf_counter_ns()
            campaigns.record(comment)
            timings.append((time.perf_counter_ns() - started) / 1e6)
    return percentiles(timings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,1000000")
    parser.add_argument("--lookups", type=int, default=3000)
    parser.add_argument("--per-day", type=int, default=2500)
    parser.add_argument("--keep", action="store_true", help="leave the database in place")
    parser.add_argument("--json", default=str(RESULTS / "campaign_lookup.json"))
    args = parser.parse_args()
    sizes = sorted(int(s) for s in args.sizes.split(","))
    recreate_database()
    django_setup()
    from django.core.management import call_command
    from django.db import connection

    from comments.models import Campaign, Thread

    call_command("migrate", verbosity=0)
    Thread.objects.bulk_create(Thread(key=f"t{n}", title=f"T {n}") for n in range(THREADS))
    with connection.cursor() as cursor:
        # Filled comments take ids 1 to the largest size; the ones stored through the ORM
        # (campaign members, the storage measurement) come after.
        cursor.execute(
            "SELECT setval(pg_get_serial_sequence('comments_comment', 'id'), %s)", [FIRST_ORM_ID]
        )
        cursor.execute(
            "CREATE UNLOGGED TABLE bench_keys "
            "(comment_id bigint, created timestamptz, keys bigint[])"
        )
    texts = Texts(seed=3)
    # Campaign messages of 20 words or more: two changed words leave them near-duplicates.
    bases = [text for text in texts.many(500) if len(text.split()) >= 20][:CAMPAIGNS]
    now = datetime.now(UTC)
    per_hour = args.per_day / 24
    results = []
    stored = 0
    try:
        for size in sizes:
            fill_seconds = fill(stored, size, now, per_hour, texts)
            stored = size
            if not Campaign.objects.exists():
                record_campaigns(now, texts, bases)
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
            figures = measure(args.lookups, texts, bases)
            figures["storage_record"] = measure_storage(300, texts, bases)
            with connection.cursor() as cursor:
                cursor.execute("SELECT count(*) FROM comments_bandkey")
                (band_rows,) = cursor.fetchone()
            figures.update(
                stored_comments=size,
                band_key_rows=band_rows,
                in_window=int(args.per_day * 2),
                campaigns=Campaign.objects.count(),
                fill_seconds=round(fill_seconds, 1),
            )
            results.append(figures)
            q, c, s = figures["history_question"], figures["whole_check"], figures["signature"]
            found, variants = figures["check_found_campaign"], figures["campaign_variants"]
            print(
                f"campaign_lookup: {size:,} stored ({band_rows:,} key rows, "
                f"fill {fill_seconds:.0f} s): "
                f"question p50 {q['p50_ms']:.3f} / p99 {q['p99_ms']:.3f} ms, "
                f"whole check p50 {c['p50_ms']:.3f} / p99 {c['p99_ms']:.3f} ms, "
                f"signature p50 {s['p50_ms']:.3f} / p99 {s['p99_ms']:.3f} ms, "
                f"storage p50 {figures['storage_record']['p50_ms']:.3f} / "
                f"p99 {figures['storage_record']['p99_ms']:.3f} ms "
                f"({figures['lookups']} lookups, {figures['candidates_per_lookup']} candidates "
                f"each, {found} found a campaign, {variants} were variants)",
                flush=True,
            )
    finally:
        if not args.keep:
            drop_database()
    out = {
        "benchmark": "campaign_lookup",
        "sizes": results,
        "setup": "PostgreSQL 127.0.0.1:5432, one process, local-memory cache",
        "python": platform.python_version(),
        "machine": platform.machine(),
    }
    Path(args.json).parent.mkdir(parents=True, exist_ok=True)
    Path(args.json).write_text(json.dumps(out, indent=2) + "\n")


if __name__ == "__main__":
    main()
