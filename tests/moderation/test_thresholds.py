from __future__ import annotations

import numpy as np
import pytest

from moderation.classifier.evaluate import (
    NEVER,
    SITE,
    STARTER,
    Thresholds,
    binary_metrics,
    choose_thresholds,
    describe,
    is_spam,
)


@pytest.fixture
def scored():
    rng = np.random.default_rng(4)
    labels = np.array([0] * 500 + [1] * 300)
    scores = np.concatenate([rng.beta(2, 8, 500), rng.beta(8, 2, 300)])
    return labels, scores


def test_the_hold_threshold_keeps_ham_false_positives_at_2_percent(scored):
    labels, scores = scored
    thresholds = choose_thresholds(labels, scores, 0.02, 0.002)
    ham = scores[labels == 0]
    assert np.mean(ham >= thresholds.hold) <= 0.02
    # ...and it is the lowest such cut-off: one notch lower would pass 2%.
    assert np.mean(ham >= np.max(ham[ham < thresholds.hold])) > 0.02


def test_the_spam_threshold_reaches_99_percent_precision_and_the_ham_target(scored):
    labels, scores = scored
    thresholds = choose_thresholds(labels, scores, 0.02, 0.002)
    flagged = scores >= thresholds.spam
    assert np.sum(flagged) > 0
    assert np.mean(labels[flagged]) >= 0.99
    assert np.mean(scores[labels == 0] >= thresholds.spam) <= 0.002
    assert thresholds.spam >= thresholds.hold


def test_on_the_starter_regime_a_spam_score_alone_is_not_spam():
    starter = Thresholds(hold=0.3, spam=0.9, decision=0.5, regime=STARTER)
    assert not is_spam(0.99, has_signal=False, thresholds=starter)
    assert is_spam(0.99, has_signal=True, thresholds=starter)
    assert not is_spam(0.5, has_signal=True, thresholds=starter)
    site = Thresholds(hold=0.3, spam=0.9, decision=0.5, regime=SITE)
    assert is_spam(0.99, has_signal=False, thresholds=site)


def test_without_enough_precision_nothing_is_sent_to_spam_directly():
    labels = np.array([0, 1, 0, 1])
    scores = np.array([0.9, 0.9, 0.8, 0.8])
    assert choose_thresholds(labels, scores, 0.02, 0.5).spam == NEVER


def test_binary_metrics_match_a_hand_count():
    figures = binary_metrics([1, 1, 0, 0, 1], [True, False, True, False, True])
    assert figures["precision"] == pytest.approx(2 / 3, abs=1e-4)
    assert figures["recall"] == pytest.approx(2 / 3, abs=1e-4)
    assert figures["fpr"] == 0.5
    assert figures["accuracy"] == 0.6


def test_describe_reports_every_figure(scored):
    labels, scores = scored
    report = describe(labels, scores, choose_thresholds(labels, scores, 0.02, 0.002))
    for key in ("n", "precision", "recall", "f1", "mcc", "roc_auc", "at_hold", "at_spam"):
        assert key in report
    assert report["n"] == 800 and 0.9 < report["roc_auc"] <= 1.0
