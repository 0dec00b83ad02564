"""How long one gate review takes: 10,000 varied submissions, classifier off, local-memory cache.

Run: .venv/bin/python benchmarks/gate_latency.py [--n 10000] [--rules 200] [--json PATH]
It builds a throw-away SQLite database (migrated, one thread, earlier comments for the duplicate
check, moderation rules), then times `moderation.gate.review` alone, submission by submission.
Prints one summary line and writes the figures as JSON (default benchmarks/results/).
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks._setup import RESULTS, django_setup

WORDS_ID = (  # noqa: SIM905
    "aplikasi koperasi nelayan data sinyal harga lelang pelatihan ponsel desa pemerintah "
    "warga jaringan uji coba hasil tangkapan sistem kepercayaan angka timbangan anggota "
    "kelas sabtu"
).split()
WORDS_EN = (  # noqa: SIM905
    "article data signal price auction training phone village government network trial "
    "results system trust numbers members class weekend update source report question"
).split()
SPAMMY = [
    "slot gacor",
    "𝐬𝐥𝐨𝐭 𝐠𝐚𝐜𝐨𝐫",
    "maxwin hari ini",
    "wa.me/628123456789",
    "j4ckp0t",
    "s l o t",
    "depo 10k",
    "https://gacor77-login.xyz",
    "bit.ly/abc123",
    "Ｓｌｏｔ",
]


def build_text(rng: random.Random) -> str:
    words = WORDS_ID if rng.random() < 0.5 else WORDS_EN
    text = " ".join(rng.choice(words) for _ in range(rng.randint(4, 60)))
    if rng.random() < 0.3:
        text += " " + rng.choice(SPAMMY)
    if rng.random() < 0.1:
        text += " https://www.bps.go.id/id dan https://ojk.go.id"
    return text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--rules", type=int, default=200)
    parser.add_argument(
        "--with-classifier",
        action="store_true",
        help="train the starter model, activate it and score every submission too",
    )
    parser.add_argument("--json", default=str(RESULTS / "gate_latency.json"))
    args = parser.parse_args()
    django_setup()
    from django.conf import settings
    from django.core.management import call_command

    from comments.models import Comment, Thread
    from moderation import gate, tokens
    from moderation.fingerprints import content_key
    from moderation.models import Rule
    from moderation.submission import Submission

    call_command("migrate", verbosity=0)
    thread = Thread.objects.create(key="bench", title="Bench")
    rng = random.Random(7)
    Comment.objects.bulk_create(
        Comment(
            thread=thread,
            author_name="Earlier",
            author_email=f"e{n}@example.id",
            content=(text := build_text(rng)),
            content_key=content_key(text),
            status=Comment.Status.APPROVED,
            ip_address=f"10.1.{n // 250}.{n % 250}",
        )
        for n in range(2_000)
    )
    Rule.objects.bulk_create(
        Rule(
            kind=rng.choice([Rule.Kind.DISALLOWED, Rule.Kind.MODERATION]),
            pattern=f"kata{n}spam" if n % 3 else f"situs{n}.example",
        )
        for n in range(args.rules)
    )
    Rule.objects.create(kind=Rule.Kind.DISALLOWED, pattern="gacor")
    Rule.objects.create(kind=Rule.Kind.MODERATION, pattern="203.0.113.0/24")
    settings.COMMENT_GATE = {"classifier": args.with_classifier, "model_refresh_seconds": 3600}
    if args.with_classifier:
        from moderation.classifier import store
        from moderation.classifier.datasets import starter_corpus
        from moderation.classifier.train import train

        store.save(train(starter_corpus(), c_grid=(8.0,)), activate=True)

    now = time.time()
    submissions = []
    for n in range(args.n):
        ip = (
            f"2001:db8:{n % 997:x}::{n % 7 + 1:x}"
            if n % 5 == 0
            else f"198.{n % 200}.{(n // 200) % 250}.{n % 250}"
        )
        submissions.append(
            Submission(
                thread=thread,
                content=build_text(rng),
                author_name=f"Reader {n % 300}",
                author_email=f"reader{n % 3000}@example.id",
                author_url="https://example.org/me" if n % 4 == 0 else "",
                ip_address=ip,
                user_agent="bench",
                form_token=""
                if n % 20 == 0
                else tokens.issue("bench", now=now - rng.randint(1, 90_000)),
                honeypot="x" if n % 100 == 0 else "",
                proven_comment_ids=frozenset({n % 2000 + 1}) if n % 10 == 0 else frozenset(),
            )
        )

    for submission in submissions[:200]:  # warm-up: imports, rule book, query plans
        gate.review(submission)
    from django.core.cache import cache

    cache.clear()
    timings: list[float] = []
    actions: Counter[str] = Counter()
    for submission in submissions:
        started = time.perf_counter_ns()
        verdict = gate.review(submission)
        timings.append((time.perf_counter_ns() - started) / 1e6)
        actions[verdict.action.value] += 1

    timings.sort()
    result = {
        "benchmark": "gate_latency",
        "reviews": len(timings),
        "p50_ms": round(statistics.median(timings), 4),
        "p90_ms": round(timings[int(0.90 * len(timings)) - 1], 4),
        "p99_ms": round(timings[int(0.99 * len(timings)) - 1], 4),
        "max_ms": round(timings[-1], 4),
        "mean_ms": round(statistics.fmean(timings), 4),
        "actions": dict(actions),
        "rules": args.rules + 2,
        "earlier_comments": 2_000,
        "setup": "SQLite file, local-memory cache, one process, classifier "
        + ("on (starter model)" if args.with_classifier else "off"),
        "python": platform.python_version(),
        "machine": platform.machine(),
    }
    Path(args.json).parent.mkdir(parents=True, exist_ok=True)
    Path(args.json).write_text(json.dumps(result, indent=2) + "\n")
    print(
        f"gate_latency: {result['reviews']} reviews, p50 {result['p50_ms']:.3f} ms, "
        f"p99 {result['p99_ms']:.3f} ms, max {result['max_ms']:.3f} ms "
        f"(actions {dict(actions)}; {result['rules']} rules; {result['setup']})"
    )


if __name__ == "__main__":
    main()
