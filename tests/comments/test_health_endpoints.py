"""/healthz says the process answers; /readyz names each part it needs and which one fails."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from django.core.cache import caches
from django.db import OperationalError, connections
from django.test import Client

from moderation.classifier import registry, store
from moderation.classifier.train import TrainedModel
from moderation.models import SpamModel

# What a driver's error really says: host, address, user. None of it may reach a probe.
DATABASE_ERROR = (
    'connection to server at "db.internal" (10.0.0.5), port 5432 failed: '
    'FATAL: password authentication failed for user "comments"'
)
CACHE_ERROR = "Error 111 connecting to redis://:hunter2@cache.internal:6379/0"


@pytest.fixture
def classifier_on(tune_gate: Callable[..., None]) -> Iterator[None]:
    tune_gate(classifier=True, model_refresh_seconds=0)
    registry.forget()
    yield
    registry.forget()


@pytest.fixture
def active_model(db: None, small_model: TrainedModel, classifier_on: None) -> SpamModel:
    return store.save(small_model, activate=True)


def test_it_answers_healthz_without_the_database():
    # No `db` fixture: pytest-django fails any query this makes.
    response = Client().get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert "no-store" in response["Cache-Control"]


@pytest.mark.parametrize("path", ["/healthz", "/readyz"])
@pytest.mark.parametrize("method", ["post", "put", "delete"])
def test_it_answers_405_to_anything_but_get(csrf_client, db, path, method):
    # The CSRF-enforcing client: a 403 here would mean the CSRF check ran first.
    response = getattr(csrf_client, method)(path)
    assert response.status_code == 405
    assert response["Allow"] == "GET"


def test_it_is_ready_when_every_part_answers(client, active_model):
    response = client.get("/readyz")
    body = response.json()
    assert response.status_code == 200
    assert body["status"] == "ok"
    assert body["checks"] == {
        "database": {"ok": True, "detail": "ok"},
        "cache": {"ok": True, "detail": "ok"},
        "spam_model": {"ok": True, "detail": f"v{active_model.pk}"},
        "task_backlog": {"ok": True, "detail": "no queue (tasks run as they are enqueued)"},
    }
    assert "no-store" in response["Cache-Control"]


def test_it_is_ready_with_the_classifier_switched_off(client, db):
    # The test settings switch it off: the gate then needs no model at all.
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json()["checks"]["spam_model"]["ok"] is True


def test_it_names_a_missing_spam_model(client, db, classifier_on):
    response = client.get("/readyz")
    body = response.json()
    assert response.status_code == 503
    assert body["status"] == "unavailable"
    assert body["failing"] == ["spam_model"]
    assert "no spam model is active" in body["checks"]["spam_model"]["detail"]


def test_it_names_a_model_that_does_not_load(client, active_model):
    SpamModel.objects.filter(pk=active_model.pk).update(blob=b"not a model", sha256="0" * 64)
    response = client.get("/readyz")
    body = response.json()
    assert response.status_code == 503
    assert body["failing"] == ["spam_model"]
    assert f"model v{active_model.pk} failed to load" in body["checks"]["spam_model"]["detail"]


def test_it_names_a_broken_database_without_its_connection_details(db, monkeypatch):
    def refused(*args: Any, **kwargs: Any) -> Any:
        raise OperationalError(DATABASE_ERROR)

    # Undone inside the test: the database's own teardown needs a working cursor.
    with monkeypatch.context() as patch:
        patch.setattr(connections["default"], "cursor", refused)
        # A plain client: the privacy guard's own check reads the (now broken) database.
        response = Client().get("/readyz")
    body = response.json()
    assert response.status_code == 503
    assert body["failing"] == ["database"]
    assert body["checks"]["database"] == {"ok": False, "detail": "unavailable (OperationalError)"}
    text = response.content.decode()
    for secret in ("db.internal", "10.0.0.5", "password"):
        assert secret not in text


def test_it_names_a_broken_cache_without_its_address(client, db, monkeypatch):
    def refused(*args: Any, **kwargs: Any) -> Any:
        raise ConnectionError(CACHE_ERROR)

    monkeypatch.setattr(type(caches["default"]), "set", refused)
    response = client.get("/readyz")
    body = response.json()
    assert response.status_code == 503
    assert body["failing"] == ["cache"]
    assert body["checks"]["cache"] == {"ok": False, "detail": "unavailable (ConnectionError)"}
    assert body["checks"]["database"]["ok"] is True
    assert "hunter2" not in response.content.decode()
    assert "cache.internal" not in response.content.decode()


def test_it_fails_the_cache_when_a_written_value_does_not_come_back(client, db, monkeypatch):
    # django-redis with DJANGO_REDIS_IGNORE_EXCEPTIONS: a dead Redis answers None, no error.
    monkeypatch.setattr(type(caches["default"]), "get", lambda *args, **kwargs: None)
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["checks"]["cache"] == {
        "ok": False,
        "detail": "the value written was not read back",
    }


def test_it_names_every_failing_part_at_once(db, classifier_on, monkeypatch):
    def refused(*args: Any, **kwargs: Any) -> Any:
        raise OperationalError(DATABASE_ERROR)

    with monkeypatch.context() as patch:
        patch.setattr(connections["default"], "cursor", refused)
        patch.setattr(type(caches["default"]), "set", refused)
        response = Client().get("/readyz")
    assert response.status_code == 503
    # The model lookup needs the database too, and fails as its own part.
    assert response.json()["failing"] == ["database", "cache", "spam_model"]
    assert "db.internal" not in response.content.decode()


def test_it_counts_the_tasks_waiting_for_a_worker(client, db, database_tasks):
    from comments import tasks

    tasks.send_digest.enqueue()
    body = client.get("/readyz").json()
    assert body["checks"]["task_backlog"] == {"ok": True, "detail": "1 waiting"}


def test_it_is_not_ready_when_the_backlog_passes_its_bound(
    client, db, database_tasks, tune_comments
):
    from comments import tasks

    tune_comments(task_backlog_limit=2)
    for _ in range(3):
        tasks.send_digest.enqueue()
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["failing"] == ["task_backlog"]
    assert "is a worker running?" in response.json()["checks"]["task_backlog"]["detail"]
