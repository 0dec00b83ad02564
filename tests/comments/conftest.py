from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from moderation.classifier.datasets import starter_corpus
from moderation.classifier.train import TrainedModel, train
from tests.comments.http_receiver import Receiver


@pytest.fixture(autouse=True)
def no_rate_limits(tune_gate: Callable[..., Any]) -> None:
    """Page tests post several comments from one address in a second; limits are tested apart."""
    tune_gate(ip_rates=[], email_rates=[], flood_interval=0)


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch) -> None:
    """The gate holds every submission, whatever it is."""
    from moderation import gate
    from moderation.verdict import Action, Reason, Verdict

    monkeypatch.setattr(
        gate,
        "review",
        lambda submission: Verdict(Action.HOLD, [Reason("test", Action.HOLD, "held for test")]),
    )


@pytest.fixture(scope="session")
def small_model() -> TrainedModel:
    """A real model from a slice of the starter corpus: enough to load and score, in a second."""
    rows = starter_corpus()
    spam = [row for row in rows if row.label == 1][:100]
    ham = [row for row in rows if row.label == 0][:100]
    return train(spam + ham, folds=2, c_grid=(1.0,))


@pytest.fixture
def receiver(tune_comments: Callable[..., None]) -> Iterator[Receiver]:
    """A webhook receiver on 127.0.0.1 (so private addresses are allowed), links absolute."""
    tune_comments(webhooks_allow_private_addresses=True, site_url="https://news.example")
    started = Receiver()
    yield started
    started.stop()


@pytest.fixture
def worker_in_this_test(monkeypatch: pytest.MonkeyPatch) -> None:
    """The worker run in the test's own process and transaction (`run_worker --batch`).

    db_worker closes old connections between tasks, as a long-running process must. Inside a
    test that would close the test's own transaction on PostgreSQL (SQLite's in-memory test
    database ignores it). A real worker process, killed and restarted, is tested in
    test_worker_killed.py.
    """
    monkeypatch.setattr(
        "django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None
    )
