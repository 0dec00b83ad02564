"""/metrics: a 404 to strangers; to the scraper, verdicts, latency, scores, queues and the model."""

from __future__ import annotations

import ipaddress
import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from django.utils import timezone
from prometheus_client.parser import text_string_to_metric_families

from comments import metrics
from comments.models import Comment, Report
from moderation.classifier import registry, store
from moderation.classifier.train import TrainedModel
from tests.conftest import comment_data, make_comment

TOKEN = "scrape-9f3c1e7a-token"
BEARER = {"HTTP_AUTHORIZATION": f"Bearer {TOKEN}"}
READER_ADDRESS = "203.0.113.77"
READER_EMAIL = "sari.metrics@example.org"
IPV4 = re.compile(r"\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b")
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def token(settings: Any) -> None:
    settings.METRICS_TOKEN = TOKEN
    settings.METRICS_ALLOWED_NETWORKS = []


@pytest.fixture
def allowed_network(settings: Any) -> None:
    settings.METRICS_TOKEN = ""
    settings.METRICS_ALLOWED_NETWORKS = [ipaddress.ip_network("10.20.0.0/16")]


@pytest.fixture
def classifier_on(
    db: None, small_model: TrainedModel, tune_gate: Callable[..., None]
) -> Iterator[int]:
    tune_gate(classifier=True, model_refresh_seconds=0)
    row = store.save(small_model, activate=True)
    registry.forget()
    yield row.pk
    registry.forget()


def scrape(client: Any, **headers: Any) -> str:
    response = client.get("/metrics", **{**BEARER, **headers})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    return response.content.decode()


def value(text: str, sample: str, **labels: str) -> float:
    """One sample's value from a scrape (0 when the series is not there)."""
    for family in text_string_to_metric_families(text):
        for found in family.samples:
            if found.name == sample and found.labels == labels:
                return found.value
    return 0.0


def post_api(client: Any, thread: Any, **overrides: Any) -> Any:
    body = {**comment_data(thread, **overrides), "parent": None}
    return client.post(
        "/api/v1/comments/", body, content_type="application/json", REMOTE_ADDR=READER_ADDRESS
    )


@pytest.mark.parametrize("authorization", [None, "Bearer ", f"Bearer {TOKEN}", "Bearer x"])
def test_it_is_a_404_when_nothing_is_configured(client, db, settings, authorization):
    settings.METRICS_TOKEN = ""
    settings.METRICS_ALLOWED_NETWORKS = []
    headers = {"HTTP_AUTHORIZATION": authorization} if authorization else {}
    assert client.get("/metrics", **headers).status_code == 404
    assert client.get("/metrics", REMOTE_ADDR="127.0.0.1").status_code == 404


def test_it_needs_the_right_token(client, db, token):
    assert client.get("/metrics").status_code == 404
    assert client.get("/metrics", HTTP_AUTHORIZATION="Bearer wrong").status_code == 404
    assert client.get("/metrics", HTTP_AUTHORIZATION=f"Bearer {TOKEN}x").status_code == 404
    assert client.get("/metrics", HTTP_AUTHORIZATION=f"Basic {TOKEN}").status_code == 404
    assert client.get("/metrics", HTTP_AUTHORIZATION="Bearer sëcret").status_code == 404
    response = client.get("/metrics", **BEARER)
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]


def test_it_hides_from_other_methods_and_refuses_them_to_the_scraper(csrf_client, db, token):
    # Without the token even a POST is a 404 (a 405 would tell that /metrics is here) ...
    assert csrf_client.post("/metrics").status_code == 404
    # ... and with it a 405, not the CSRF check's 403.
    assert csrf_client.post("/metrics", **BEARER).status_code == 405


def test_it_serves_an_allowed_network_without_a_token(client, db, allowed_network):
    assert client.get("/metrics", REMOTE_ADDR="10.20.3.4").status_code == 200
    assert client.get("/metrics", REMOTE_ADDR="10.21.0.1").status_code == 404
    assert client.get("/metrics", REMOTE_ADDR="10.21.0.1", **BEARER).status_code == 404


def test_it_believes_a_forwarded_address_only_from_a_trusted_proxy(
    client, db, allowed_network, settings
):
    settings.TRUSTED_PROXIES = [ipaddress.ip_network("192.0.2.1/32")]
    forwarded = {"HTTP_X_FORWARDED_FOR": "10.20.3.4"}
    assert client.get("/metrics", REMOTE_ADDR="192.0.2.1", **forwarded).status_code == 200
    assert client.get("/metrics", REMOTE_ADDR="198.51.100.7", **forwarded).status_code == 404
    # The proxy itself is not in the allowed network: what it forwards from outside is refused.
    outside = {"HTTP_X_FORWARDED_FOR": "198.51.100.7"}
    assert client.get("/metrics", REMOTE_ADDR="192.0.2.1", **outside).status_code == 404


def test_it_counts_the_verdicts_of_real_posts(csrf_client, thread, token):
    before = scrape(csrf_client)
    assert post_api(csrf_client, thread).status_code == 201
    links = "Lihat https://a.example/1 dan https://b.example/2 ya."
    held = post_api(csrf_client, thread, content=links, author_email="dua@example.org")
    assert held.json()["status"] == "pending"
    after = scrape(csrf_client)

    def grew(sample: str, **labels: str) -> float:
        return value(after, sample, **labels) - value(before, sample, **labels)

    assert grew("comment_gate_verdicts_total", action="approve", kind="new") == 1
    assert grew("comment_gate_verdicts_total", action="hold", kind="new") == 1
    assert grew("comment_gate_verdicts_total", action="spam", kind="new") == 0
    assert grew("comment_gate_reasons_total", check="gate", action="approve") == 1
    assert grew("comment_gate_reasons_total", check="links", action="hold") == 1
    assert grew("comment_gate_review_seconds_count") == 2
    assert grew("comment_gate_review_seconds_sum") > 0


def test_it_counts_an_edit_apart_from_new_comments(client, thread, token):
    created = post_api(client, thread).json()
    before = scrape(client)
    response = client.patch(
        f"/api/v1/comments/{created['id']}/",
        {"content": "Sudah saya perbaiki."},
        content_type="application/json",
        HTTP_X_EDIT_TOKEN=created["edit_token"],
    )
    assert response.status_code == 200
    after = scrape(client)
    labels = {"action": "approve"}
    assert value(after, "comment_gate_verdicts_total", kind="edit", **labels) == (
        value(before, "comment_gate_verdicts_total", kind="edit", **labels) + 1
    )
    assert value(after, "comment_gate_verdicts_total", kind="new", **labels) == value(
        before, "comment_gate_verdicts_total", kind="new", **labels
    )


def test_it_observes_the_spam_score_and_names_the_active_model(
    client, thread, token, classifier_on
):
    before = scrape(client)
    assert post_api(client, thread).status_code == 201
    after = scrape(client)
    scored = "comment_gate_spam_score_count"
    assert value(after, scored) == value(before, scored) + 1
    score = Comment.objects.get().score
    assert score is not None
    assert (
        value(after, "comment_gate_spam_score_bucket", le="1.0")
        - value(before, "comment_gate_spam_score_bucket", le="1.0")
        == 1
    )
    version = {"version": str(classifier_on), "regime": "starter"}
    assert value(after, "comment_gate_spam_model_info", **version) == 1


def test_it_reports_the_queue_depths(client, thread, token):
    for _ in range(3):
        make_comment(thread, status=Comment.Status.PENDING)
    make_comment(thread, status=Comment.Status.SPAM)
    reported = make_comment(thread)
    cleared = make_comment(thread)
    Report.objects.create(comment=reported, reason=Report.Reason.SPAM, reporter="a" * 64)
    Report.objects.create(comment=reported, reason=Report.Reason.ABUSE, reporter="b" * 64)
    Report.objects.create(comment=cleared, reason=Report.Reason.SPAM, reporter="a" * 64)
    Report.objects.filter(comment=cleared).update(cleared=cleared.created)
    text = scrape(client)
    pending = Comment.objects.filter(status=Comment.Status.PENDING).count()
    assert pending == 3
    assert value(text, "comment_gate_queue_depth", queue="pending") == pending
    assert value(text, "comment_gate_queue_depth", queue="reported") == 1
    # Tasks run as they are enqueued in these tests: no queue, so no backlog series rather
    # than a made-up 0.
    assert "comment_gate_task_backlog" not in text


def test_it_shows_no_email_or_address(client, thread, token):
    assert post_api(client, thread, author_email=READER_EMAIL).status_code == 201
    assert Comment.objects.get().ip_address == READER_ADDRESS
    text = scrape(client, REMOTE_ADDR="10.20.3.4")
    assert value(text, "comment_gate_queue_depth", queue="pending") == 0
    assert READER_EMAIL not in text and "@" not in text
    assert IPV4.findall(text) == []
    assert ":" not in "".join(re.findall(r'"[^"]*"', text))  # no IPv6 in a label either


def test_it_adds_up_every_worker_in_multi_process_mode(
    client, thread, token, tmp_path, monkeypatch
):
    # As gunicorn with preload_app: a master imports the app, then forks two workers that
    # count a spam verdict each into the shared directory. A scrape of this process reads
    # their files (its own in-memory counters are not part of it).
    env = {**os.environ, "PROMETHEUS_MULTIPROC_DIR": str(tmp_path)}
    env.update(DJANGO_SETTINGS_MODULE="config.settings", DEBUG="true")
    master = (
        "import os, django; django.setup()\n"
        "from comments import metrics\n"
        "from moderation.verdict import Action, CheckName, Reason, Verdict\n"
        "reason = Reason(CheckName.HONEYPOT, Action.SPAM, 'spam: honeypot')\n"
        "for _ in range(2):\n"
        "    if os.fork() == 0:\n"
        "        metrics.observe_verdict(Verdict(Action.SPAM, [reason]), 0.002)\n"
        "        os._exit(0)\n"
        "    assert os.wait()[1] == 0\n"
    )
    subprocess.run([sys.executable, "-c", master], cwd=ROOT, env=env, check=True, timeout=60)
    assert len(list(tmp_path.glob("counter_*.db"))) >= 2
    monkeypatch.setenv("PROMETHEUS_MULTIPROC_DIR", str(tmp_path))
    make_comment(thread, status=Comment.Status.PENDING)
    text = scrape(client)
    assert value(text, "comment_gate_verdicts_total", action="spam", kind="new") == 2
    assert value(text, "comment_gate_reasons_total", check="honeypot", action="spam") == 2
    assert value(text, "comment_gate_review_seconds_count") == 2
    # Read from the database at scrape time, the same in either mode.
    assert value(text, "comment_gate_queue_depth", queue="pending") == 1


def test_it_never_fails_a_comment_over_a_metric(client, thread, monkeypatch):
    # What a removed multi-process directory looks like to the instruments.
    def gone(*args: Any, **kwargs: Any) -> None:
        raise FileNotFoundError("/run/prometheus/histogram_1234.db")

    monkeypatch.setattr(metrics.REVIEW_SECONDS, "observe", gone)
    assert post_api(client, thread).status_code == 201
    assert Comment.objects.count() == 1


def test_it_shows_the_task_backlog_and_failures(client, thread, token, database_tasks):
    from django_tasks.base import TaskResultStatus
    from django_tasks_db.models import DBTaskResult

    from comments import tasks

    tasks.send_digest.enqueue()
    failed = tasks.send_digest.enqueue()
    DBTaskResult.objects.filter(pk=failed.id).update(
        status=TaskResultStatus.FAILED, finished_at=timezone.now()
    )
    text = scrape(client)
    assert value(text, "comment_gate_task_backlog") == 1
    assert value(text, "comment_gate_tasks_failed_24h") == 1


def test_it_still_reports_the_queues_when_the_outcome_count_fails(
    client, thread, token, monkeypatch
):
    from django.db import OperationalError

    from comments import outcomes

    def timed_out(since: Any) -> None:
        raise OperationalError("canceling statement due to statement timeout")

    make_comment(thread, status=Comment.Status.PENDING)
    assert 'comment_gate_outcomes{outcome="held",window="7d"} 0.0' in scrape(client)
    monkeypatch.setattr(outcomes, "gate_outcomes", timed_out)
    text = scrape(client)
    assert value(text, "comment_gate_queue_depth", queue="pending") == 1
    assert "comment_gate_outcomes" not in text
