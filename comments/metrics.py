"""Prometheus metrics: what the gate decides, how long it takes, what waits for a moderator.

Verdicts, reasons, gate latency and spam scores are counted where comments.services stores the
gate's verdict. The queues, the active model and how the gate's verdicts of the last 7 and 30
days turned out (comments.outcomes, as the admin dashboard) are read from the database when
/metrics is scraped (QueueCollector), so every process reports the same, true figures.

Label values are bounded: action names and check names from moderation.verdict, never the
text, name, email or address of a submission.

With several worker processes (gunicorn), each one only counts its own requests. Set
PROMETHEUS_MULTIPROC_DIR to an empty directory before the workers start: prometheus-client then
keeps the counters in files there and a scrape of any worker adds up all of them.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable
from datetime import timedelta

from django.db import DatabaseError
from django.utils import timezone
from prometheus_client import REGISTRY, CollectorRegistry, Counter, Histogram
from prometheus_client.core import GaugeMetricFamily, InfoMetricFamily, Metric
from prometheus_client.exposition import choose_encoder
from prometheus_client.multiprocess import MultiProcessCollector

from comments import task_queue
from moderation.verdict import Action, CheckName, Verdict

logger = logging.getLogger(__name__)

MULTIPROCESS_DIR_VARIABLE = "PROMETHEUS_MULTIPROC_DIR"

# A review is ~1 ms without the classifier and a few ms with it; the tail is a slow database
# or cache, and past a second something is wrong whatever the exact figure.
LATENCY_BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0)
# Finer near 1: that is where the hold and spam thresholds usually sit.
SCORE_BUCKETS = (0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99, 1.0)

VERDICTS = Counter(
    "comment_gate_verdicts",
    "Verdicts of the gate, by action, for new comments and for edits.",
    ["action", "kind"],
)
REASONS = Counter(
    "comment_gate_reasons",
    "Reasons given in the gate's verdicts, by the check that gave them and its action.",
    ["check", "action"],
)
REVIEW_SECONDS = Histogram(
    "comment_gate_review_seconds",
    "Time the gate took to review one submission.",
    buckets=LATENCY_BUCKETS,
)
SPAM_SCORE = Histogram(
    "comment_gate_spam_score",
    "The classifier's spam probability of the submissions it scored.",
    buckets=SCORE_BUCKETS,
)

NEW, EDIT = "new", "edit"
_CHECKS = frozenset(CheckName)
# A check name from outside moderation.verdict (a host project's, a test's) is counted, but
# under one value: label values stay a fixed, small set.
OTHER_CHECK = "other"

# Every verdict series exists from the start, at 0: a rate over it works before the first spam.
for _action in Action:
    for _kind in (NEW, EDIT):
        VERDICTS.labels(action=_action.value, kind=_kind)


def observe_verdict(verdict: Verdict, seconds: float, edit: bool = False) -> None:
    """Count one gate verdict and how long the review took."""
    try:
        VERDICTS.labels(action=verdict.action.value, kind=EDIT if edit else NEW).inc()
        for reason in verdict.reasons:
            check = reason.check if reason.check in _CHECKS else OTHER_CHECK
            REASONS.labels(check=check, action=reason.action.value).inc()
        REVIEW_SECONDS.observe(seconds)
        if verdict.score is not None:
            SPAM_SCORE.observe(verdict.score)
    except Exception as error:
        # Counting is never worth a reader's comment: a missing multi-process directory (say)
        # must not turn a submission into a 500.
        logger.warning("gate metrics not recorded: %s", type(error).__name__)


def task_backlog() -> int | None:
    """Background tasks due and waiting for a worker, or None without a database queue.

    The one place the readiness check (/readyz) and /metrics ask."""
    return task_queue.backlog()


class QueueCollector:
    """What waits for a moderator, the active spam model and how the gate's verdicts turned
    out, read at scrape time.

    Gauges kept in memory would be per process and stale; one count query per queue is cheap
    at a scrape every 15-60 s, and right whichever worker answers it.
    """

    def collect(self) -> Iterable[Metric]:
        from comments import reporting
        from comments.models import Comment
        from moderation.models import SpamModel

        try:
            pending = Comment.objects.filter(status=Comment.Status.PENDING).count()
            reported = reporting.reported_comments().count()
            model = (
                SpamModel.objects.filter(kind=SpamModel.Kind.SPAM, active=True)
                .values_list("pk", "regime")
                .first()
            )
            backlog = task_backlog()
            failed = task_queue.failed_recently()
        except DatabaseError as error:
            # The rest of the scrape (verdict counters) is still worth having; the missing
            # queue series say the database did not answer, and /readyz says so too.
            logger.warning("queue metrics skipped: %s", type(error).__name__)
            return
        depth = GaugeMetricFamily(
            "comment_gate_queue_depth",
            "Comments waiting for a moderator: pending, and reported by readers (not cleared).",
            labels=["queue"],
        )
        depth.add_metric(["pending"], pending)
        depth.add_metric(["reported"], reported)
        yield depth
        if model is not None:
            version, regime = model
            yield InfoMetricFamily(
                "comment_gate_spam_model",
                "The active spam model: its version and where its thresholds came from.",
                value={"version": str(version), "regime": regime},
            )
        if backlog is not None:
            yield GaugeMetricFamily(
                "comment_gate_task_backlog", "Background tasks waiting to run.", value=backlog
            )
        if failed is not None:
            yield GaugeMetricFamily(
                "comment_gate_tasks_failed_24h",
                "Background tasks that ended failed in the last 24 hours.",
                value=failed,
            )
        yield from self.outcomes()

    def outcomes(self) -> Iterable[Metric]:
        """How the gate's verdicts turned out, from the same count the admin dashboard shows."""
        from comments.outcomes import WINDOW_DAYS, gate_outcomes

        now = timezone.now()
        try:
            windows = {days: gate_outcomes(now - timedelta(days=days)) for days in WINDOW_DAYS}
        except DatabaseError as error:
            # The heaviest query of a scrape (a lookup per comment of the last 30 days): if it
            # alone fails, say a statement timeout, the queue series above still go out.
            logger.warning("gate outcome metrics skipped: %s", type(error).__name__)
            return
        family = GaugeMetricFamily(
            "comment_gate_outcomes",
            "Comments submitted in the window, by how the gate's verdict turned out: spam "
            "caught, held, and moderators' corrections (comments.outcomes defines each).",
            labels=["outcome", "window"],
        )
        for days, counts in windows.items():
            for outcome, n in counts.by_outcome().items():
                family.add_metric([outcome, f"{days}d"], n)
        yield family


def multiprocess_dir() -> str:
    return os.environ.get(MULTIPROCESS_DIR_VARIABLE, "")


def scrape_registry() -> CollectorRegistry:
    """The registry one scrape reads, built per scrape as prometheus-client's multi-process
    mode asks (its collector reads the files of every worker, this one's included)."""
    registry = CollectorRegistry()
    if multiprocess_dir():
        MultiProcessCollector(registry)
    else:
        # This process's instruments, plus the library's process and Python runtime figures.
        registry.register(REGISTRY)
    registry.register(QueueCollector())
    return registry


def scrape(accept: str) -> tuple[bytes, str]:
    """The exposition body and its content type, in the format the scraper's Accept asks for
    (the classic text format unless it asks for OpenMetrics)."""
    encode, content_type = choose_encoder(accept)
    return encode(scrape_registry()), content_type
