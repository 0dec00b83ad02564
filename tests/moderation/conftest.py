from __future__ import annotations

from typing import Any

import pytest

from comments.models import Comment, Decision, Thread
from moderation.classifier import registry, store
from moderation.classifier.datasets import starter_corpus
from moderation.classifier.train import TrainedModel, train
from moderation.models import SpamModel
from moderation.submission import Submission
from tests.conftest import comment_data, make_comment, shown_form_token

READER_ADDRESS = "203.0.113.10"


def label_as_spam(django_user_model: Any) -> tuple[Thread, Any]:
    """A moderator's spam label on one comment: a training label beside the starter corpus.
    Returns the thread and the moderator, for more labels."""
    thread = Thread.objects.create(key="t", title="T")
    moderator = django_user_model.objects.create_user("mod", password="pw-123456789")
    marked = make_comment(thread, content="Situs gacor terbaru, klik profil", status="spam")
    Decision.objects.create(
        comment=marked,
        source=Decision.Source.HUMAN,
        action="spam",
        reason="marked as spam",
        actor=moderator,
    )
    return thread, moderator


def make_submission(thread: Thread, **overrides: Any) -> Submission:
    """A submission that passes every check by default (valid, aged form token)."""
    values: dict[str, Any] = {
        "thread": thread,
        "content": "Semoga uji cobanya lancar dan bisa ditiru koperasi lain.",
        "author_name": "Dewi",
        "author_email": "dewi.reader@example.id",
        "ip_address": READER_ADDRESS,
        "form_token": shown_form_token(thread),
    }
    values.update(overrides)
    return Submission(**values)


def post_comment(client: Any, thread: Thread, address: str = READER_ADDRESS, **fields: Any) -> Any:
    """POST the HTML form from `address`, as a browser that loaded the form a minute ago.

    Keyword arguments in upper case (HTTP_ACCEPT_LANGUAGE=...) are request headers; the rest
    are form fields.
    """
    meta = {key: fields.pop(key) for key in list(fields) if key.isupper()}
    return client.post(
        "/comments/post/", comment_data(thread, **fields), REMOTE_ADDR=address, **meta
    )


def reasons_of(comment: Comment) -> list[str]:
    return list(comment.decisions.values_list("reason", flat=True))


@pytest.fixture(scope="session")
def starter_model() -> TrainedModel[Any]:
    """A real model trained on the real starter corpus, once per test run."""
    return train(starter_corpus(), folds=3, c_grid=(1.0,))


@pytest.fixture
def active_model(db: None, starter_model: TrainedModel, tune_gate: Any) -> SpamModel:
    """The starter model stored and active, with the classifier switched on."""
    tune_gate(classifier=True, model_refresh_seconds=0)
    row = store.save(starter_model, activate=True)
    registry.forget()
    return row
