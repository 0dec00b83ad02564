from __future__ import annotations

import io
import zipfile

import numpy as np
import pytest
import skops.io as sio
from sklearn.preprocessing import FunctionTransformer

from moderation.classifier.datasets import Labelled, starter_corpus
from moderation.classifier.features import Sample, prepare
from moderation.classifier.model import SpamClassifier, untrusted_types

JUDOL = "Gacor parah hari ini di 𝐆𝐀𝐂𝐎𝐑𝟕𝟕, depo 10k langsung wd, chat wa.me/6281234567890"
HAM = "Semoga pelatihan di balai desa itu rutin, bapak saya juga mau ikut belajar."


def test_it_tells_spam_from_ham(starter_model):
    spam, ham = starter_model.classifier.scores([Sample(JUDOL), Sample(HAM)])
    assert spam > 0.9
    assert ham < 0.1


def test_the_fast_single_score_equals_the_scikit_learn_path(starter_model):
    classifier = starter_model.classifier
    samples = [row.sample for row in starter_corpus()[:300]]
    samples += [Sample("x"), Sample(""), Sample("🔥🔥🔥"), Sample(JUDOL, "Budi", "https://a.xyz")]
    batch = classifier.scores(samples)
    single = np.array([classifier.score_one(sample) for sample in samples])
    assert np.max(np.abs(batch - single)) < 1e-9


def test_it_explains_with_the_strongest_features(starter_model):
    score, names = starter_model.classifier.explain(Sample(JUDOL))
    assert score > 0.9
    assert 1 <= len(names) <= 3
    assert all(isinstance(name, str) and name for name in names)


def test_it_round_trips_through_skops_with_only_listed_types(starter_model):
    blob = starter_model.blob
    assert untrusted_types(blob) == []
    assert zipfile.ZipFile(io.BytesIO(blob)).testzip() is None
    loaded = SpamClassifier.from_bytes(blob)
    assert loaded.score_one(Sample(JUDOL)) == pytest.approx(
        starter_model.classifier.score_one(Sample(JUDOL))
    )


def test_bytes_with_an_unlisted_type_are_refused():
    # A function is code: a stored model naming one must not load.
    blob = sio.dumps({"words": FunctionTransformer(prepare)})
    assert untrusted_types(blob)
    with pytest.raises(Exception, match=r"[Uu]ntrusted"):
        SpamClassifier.from_bytes(blob)


def test_the_fast_feature_values_equal_the_matrix_row(starter_model):
    classifier = starter_model.classifier
    for sample in [Sample(JUDOL), Sample(HAM, "Budi", "https://x.example"), Sample("🔥")]:
        row = classifier.matrix([sample])
        expected = dict(zip(row.indices.tolist(), row.data.tolist(), strict=True))
        classifier.score_one(sample)  # builds the fast path
        got = classifier._fast.values(sample)
        assert got.keys() == expected.keys()
        assert all(abs(got[k] - expected[k]) < 1e-9 for k in expected)


def test_a_model_of_the_written_corpus_leaves_links_and_length_to_real_comments(starter_model):
    from moderation.classifier.features import WRITTEN_CORPUS_SHAPES

    assert starter_model.classifier.shape == WRITTEN_CORPUS_SHAPES
    assert "links" not in starter_model.classifier.shape
    assert "length" not in starter_model.classifier.shape
    loaded = SpamClassifier.from_bytes(starter_model.blob)
    assert loaded.shape == WRITTEN_CORPUS_SHAPES
    sample = Sample("Daftar di https://gacor77.xyz sekarang, depo 10k")
    assert loaded.score_one(sample) == pytest.approx(float(loaded.scores([sample])[0]))


def test_a_model_of_real_comments_uses_every_shape_number():
    from moderation.classifier.features import META_NAMES
    from moderation.classifier.train import train

    rows = [
        Labelled(Sample(f"visit gacor{n}.xyz now, depo {n}0k"), 1, "file.csv") for n in range(12)
    ] + [Labelled(Sample(f"the council vote {n} was close"), 0, "file.csv") for n in range(12)]
    assert train(rows, folds=3, c_grid=(1.0,)).classifier.shape == META_NAMES


def _labelled_rows(count: int) -> list[Labelled]:
    spam = [f"visit gacor{n}.xyz now, depo {n}0k maxwin" for n in range(count)]
    ham = [
        f"the council vote number {n} was close, residents {n % 7} disagree" for n in range(count)
    ]
    return [Labelled(Sample(text), 1, "file.csv") for text in spam] + [
        Labelled(Sample(text), 0, "file.csv") for text in ham
    ]


def test_a_large_set_chooses_c_on_a_sample_and_scores_every_comment(monkeypatch):
    from moderation.classifier import train as training

    fitted_rows: list[int] = []
    fit = SpamClassifier.fit_vectorised.__func__  # type: ignore[attr-defined]

    def counting(cls, vectorised, labels, c=1.0, rows=None):
        fitted_rows.append(len(labels) if rows is None else len(rows))
        return fit(cls, vectorised, labels, c, rows)

    monkeypatch.setattr(SpamClassifier, "fit_vectorised", classmethod(counting))
    monkeypatch.setattr(training, "C_SAMPLE", 30)
    trained = training.train(_labelled_rows(40), folds=3, c_grid=(0.5, 2.0))
    # Two C values on 30 of the 80 comments (20 per fit), the chosen one on all 80 (53 or 54
    # per fit), then the final model on all of them.
    assert fitted_rows[:6] == [20] * 6
    assert sorted(fitted_rows[6:9]) == [53, 53, 54]
    assert fitted_rows[9:] == [80]
    assert trained.c in (0.5, 2.0)
    assert trained.oof_scores.shape == (80,) and (trained.oof_scores > 0).all()


def test_a_set_within_the_sample_size_is_cross_validated_whole(monkeypatch):
    from moderation.classifier import train as training

    monkeypatch.setattr(training, "C_SAMPLE", 1000)
    whole = training.train(_labelled_rows(20), folds=3, c_grid=(0.5, 2.0))
    assert whole.oof_scores.shape == (40,)
