"""The spam classifier: word and character TF-IDF plus shape numbers, logistic regression.

Kept as plain parts rather than one scikit-learn Pipeline: scoring one comment through a
ColumnTransformer costs more than the arithmetic itself, and a linear model's score is one
sparse dot product we can also take apart to explain it.

Saved with skops as arrays and strings only (the vocabularies, IDF weights and coefficients),
not as pickled-style estimator objects: skops writes a vocabulary dict entry by entry, which
took 20 s for the starter model; arrays take a fraction of a second, and a stored model that
holds nothing but data cannot carry code.
"""

from __future__ import annotations

import math
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import skops.io as sio
from numpy.typing import ArrayLike
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import normalize

from moderation.classifier.features import (
    FEATURES_VERSION,
    MARKERS,
    META_NAMES,
    Prepared,
    Sample,
    prepare,
)
from moderation.classifier.stopwords import FUNCTION_WORDS, only_function_words

# The only types a stored model may contain. skops refuses anything else on load, so bytes
# from the database can never run code; a model that needs another type fails loudly instead.
TRUSTED_TYPES = [
    "builtins.dict",
    "builtins.float",
    "builtins.int",
    "builtins.list",
    "builtins.str",
    "numpy.ndarray",
]

# Token names the text preparation writes, as a moderator should read them in a reason.
_TOKEN_NAMES = {
    "tokwame": "wa.me link",
    "tokphone": "phone number",
    "tokurl": "link",
    "tokemail": "email address",
    "tokhandle": "@handle",
    "tokwebsite": "website given",
    "tokname": "name",
    "tokstyled": "styled letters",
    "tokmixed": "mixed scripts in a word",
    "tokhidden": "hidden characters",
    "tokspaced": "spaced or swapped letters",
}


def _words() -> TfidfVectorizer:
    return TfidfVectorizer(
        lowercase=False,
        ngram_range=(1, 2),
        token_pattern=r"(?u)\b\w+\b",  # noqa: S106 (a regex, not a password)
        min_df=1,
        sublinear_tf=True,
        dtype=np.float64,
    )


def _chars() -> TfidfVectorizer:
    return TfidfVectorizer(
        lowercase=False,
        analyzer="char_wb",
        # Pairs of letters say more about a language than about spam ("letters 'ch'").
        ngram_range=(3, 5),
        min_df=2,
        sublinear_tf=True,
        max_features=300_000,
        dtype=np.float64,
    )


@dataclass
class SpamClassifier:
    words: TfidfVectorizer
    chars: TfidfVectorizer
    # The logistic regression's coefficients (words, then characters, then META_NAMES).
    weights: np.ndarray
    intercept: float
    # The training set's average of each shape number: an explanation names what this
    # comment has more of than usual, not what every comment has (every comment has a length).
    meta_means: list[float]
    # Which of META_NAMES the model uses, in that order (see WRITTEN_CORPUS_SHAPES).
    shape: tuple[str, ...] = META_NAMES
    features_version: int = FEATURES_VERSION
    _names: list[str] = field(default_factory=list, repr=False)
    _fast: _FastScorer | None = field(default=None, repr=False)

    @classmethod
    def fit(
        cls,
        samples: Sequence[Sample],
        labels: ArrayLike,
        c: float = 1.0,
        shape: tuple[str, ...] = META_NAMES,
    ) -> SpamClassifier:
        return cls.fit_vectorised(vectorise([prepare(s) for s in samples], shape), labels, c)

    @classmethod
    def fit_vectorised(
        cls,
        vectorised: Vectorised,
        labels: ArrayLike,
        c: float = 1.0,
        rows: np.ndarray | None = None,
    ) -> SpamClassifier:
        """The logistic regression on comments already vectorised (only `rows` of them, when
        given: one fold of a cross-validation); `labels` are those of all of them."""
        matrix = vectorised.matrix if rows is None else vectorised.matrix[rows]
        y = np.asarray(labels) if rows is None else np.asarray(labels)[rows]
        # The dual problem: with far more features than comments liblinear solves it several
        # times faster than the primal, to the same optimum (the same scores, measured). Its
        # coordinate order is random: seeded, so the same comments train the same model.
        model = LogisticRegression(
            C=c, solver="liblinear", dual=True, max_iter=1000, random_state=0
        )
        model.fit(matrix, y)
        return cls(
            vectorised.words,
            vectorised.chars,
            model.coef_[0].copy(),
            float(model.intercept_[0]),
            vectorised.meta_means,
            vectorised.shape,
        )

    def score_one(self, sample: Sample) -> float:
        """The spam probability of one comment: the same number as `scores`, several times faster.

        scikit-learn's transform builds sparse matrices for a single row, which costs more than
        the arithmetic; this walks the same n-grams through the same vocabulary, IDF weights and
        coefficients in plain Python (tests check both paths agree).
        """
        if self._fast is None:
            self._fast = _FastScorer(self)
        return self._fast.score(sample)

    def matrix(self, samples: Sequence[Sample]) -> sparse.csr_matrix:
        prepared = [prepare(sample) for sample in samples]
        return sparse.hstack(
            [
                self.words.transform([p.text for p in prepared]),
                self.chars.transform([p.chars for p in prepared]),
                _meta_matrix(prepared, self.shape),
            ],
            format="csr",
        )

    def scores(self, samples: Sequence[Sample]) -> np.ndarray:
        """Spam probabilities, one per sample."""
        return self.scores_of(self.matrix(samples))

    def scores_of(self, matrix: sparse.csr_matrix) -> np.ndarray:
        """Spam probabilities of rows vectorised as this model's (`matrix`, `Vectorised`)."""
        margins = matrix @ self.weights + self.intercept
        return 1.0 / (1.0 + np.exp(-margins))

    def explain(self, sample: Sample, top: int = 3) -> tuple[float, list[str]]:
        """The spam probability and the features that pushed it up most, readable."""
        if self._fast is None:
            self._fast = _FastScorer(self)
        values = self._fast.values(sample)
        weights = self.weights
        margin = self.intercept + sum(value * weights[index] for index, value in values.items())
        words_end = len(self.words.vocabulary_)
        chars_end = words_end + len(self.chars.vocabulary_)
        for offset, mean in enumerate(self.meta_means):
            # Only what this comment has more of than usual can explain a high score.
            values[chars_end + offset] = max(values.get(chars_end + offset, 0.0) - mean, 0.0)
        contributions = sorted(
            ((value * weights[index], index) for index, value in values.items()), reverse=True
        )
        names = self.feature_names()
        readable: list[str] = []
        letters: list[str] = []
        for value, index in contributions:
            if value <= 0 or len(readable) >= top:
                break
            name = names[index]
            if words_end <= index < chars_end:
                if _telling_letters(name) and name not in letters:
                    letters.append(name)
            elif name not in readable:
                readable.append(name)
        for name in letters:
            if len(readable) >= top:
                break
            readable.append(name)
        return 1.0 / (1.0 + math.exp(-margin)), readable

    def feature_names(self) -> list[str]:
        if not self._names:
            words = [_readable_word(w) for w in self.words.get_feature_names_out()]
            chars = [f"letters '{c.strip()}'" for c in self.chars.get_feature_names_out()]
            self._names = [*words, *chars, *self.shape]
        return self._names

    def to_bytes(self) -> bytes:
        parts = {
            "words": vectorizer_state(self.words),
            "chars": vectorizer_state(self.chars),
            "weights": self.weights,
            "intercept": self.intercept,
            "meta_means": self.meta_means,
            "shape": list(self.shape),
            "features_version": self.features_version,
        }
        return sio.dumps(parts, compression=zipfile.ZIP_DEFLATED)

    @classmethod
    def from_bytes(cls, blob: bytes) -> SpamClassifier:
        parts: dict[str, Any] = sio.loads(blob, trusted=TRUSTED_TYPES)
        return cls(
            words=vectorizer_from_state(_words(), parts["words"]),
            chars=vectorizer_from_state(_chars(), parts["chars"]),
            weights=np.asarray(parts["weights"], dtype=np.float64),
            intercept=float(parts["intercept"]),
            meta_means=[float(v) for v in parts["meta_means"]],
            shape=tuple(str(name) for name in parts["shape"]),
            features_version=int(parts["features_version"]),
        )


# Terms never contain a newline: the model text is whitespace-normalised before n-grams.
_TERM_SEPARATOR = "\n"


def vectorizer_state(vectorizer: TfidfVectorizer) -> dict[str, Any]:
    terms = vectorizer.get_feature_names_out().tolist()
    return {"terms": _TERM_SEPARATOR.join(terms), "idf": vectorizer.idf_}


def vectorizer_from_state(vectorizer: TfidfVectorizer, state: dict[str, Any]) -> TfidfVectorizer:
    """A vectorizer made by the same factory, given the stored vocabulary and IDF weights.

    The factory's parameters are part of FEATURES_VERSION: change them, bump the version.
    """
    terms = state["terms"].split(_TERM_SEPARATOR) if state["terms"] else []
    vectorizer.vocabulary_ = {term: index for index, term in enumerate(terms)}
    vectorizer.idf_ = np.asarray(state["idf"], dtype=np.float64)
    if len(vectorizer.idf_) != len(terms):
        raise ValueError("stored vocabulary and IDF weights differ in length")
    return vectorizer


class _FastScorer:
    """The fitted parts unpacked into Python lists and dicts for scoring one text quickly."""

    def __init__(self, classifier: SpamClassifier) -> None:
        weights = classifier.weights.tolist()
        words_end = len(classifier.words.vocabulary_)
        chars_end = words_end + len(classifier.chars.vocabulary_)
        self.intercept = classifier.intercept
        self.parts = [
            TfidfPart(classifier.words, weights[:words_end]),
            TfidfPart(classifier.chars, weights[words_end:chars_end]),
        ]
        self.meta_weights = weights[chars_end:]
        self.meta_index = _shape_index(classifier.shape)

    def values(self, sample: Sample) -> dict[int, float]:
        """The sample's feature values by column: the same numbers as the sparse matrix row."""
        prepared = prepare(sample)
        values: dict[int, float] = {}
        offset = 0
        for part, text in zip(self.parts, (prepared.text, prepared.chars), strict=True):
            for index, value in part.values(text).items():
                values[offset + index] = value
            offset += len(part.idf)
        for position, index in enumerate(self.meta_index):
            if prepared.meta[index]:
                values[offset + position] = prepared.meta[index]
        return values

    def score(self, sample: Sample) -> float:
        prepared = prepare(sample)
        words, chars = self.parts
        margin = self.intercept + words.dot(prepared.text) + chars.dot(prepared.chars)
        meta = prepared.meta
        margin += sum(w * meta[i] for w, i in zip(self.meta_weights, self.meta_index, strict=True))
        return 1.0 / (1.0 + math.exp(-margin))


class TfidfPart:
    """One fitted TfidfVectorizer (sublinear tf, l2 norm) dotted with its coefficients."""

    def __init__(self, vectorizer: TfidfVectorizer, weights: list[float]) -> None:
        assert vectorizer.sublinear_tf and vectorizer.norm == "l2"
        self.analyzer = vectorizer.build_analyzer()
        self.vocabulary: dict[str, int] = vectorizer.vocabulary_
        self.idf: list[float] = vectorizer.idf_.tolist()
        self.weights = weights

    def values(self, text: str) -> dict[int, float]:
        counts = self._counts(text)
        weighted = {i: (1.0 + math.log(n)) * self.idf[i] for i, n in counts.items()}
        norm = math.sqrt(sum(v * v for v in weighted.values())) or 1.0
        return {i: v / norm for i, v in weighted.items()}

    def _counts(self, text: str) -> dict[int, int]:
        counts: dict[int, int] = {}
        vocabulary = self.vocabulary
        for gram in self.analyzer(text):
            index = vocabulary.get(gram)
            if index is not None:
                counts[index] = counts.get(index, 0) + 1
        return counts

    def dot(self, text: str) -> float:
        counts = self._counts(text)
        if not counts:
            return 0.0
        norm = 0.0
        total = 0.0
        for index, count in counts.items():
            value = (1.0 + math.log(count)) * self.idf[index]
            norm += value * value
            total += value * self.weights[index]
        return total / math.sqrt(norm)


def untrusted_types(blob: bytes) -> list[str]:
    """Types in a stored model that TRUSTED_TYPES does not list (empty for our own models)."""
    found = sio.get_untrusted_types(data=blob)
    return [name for name in found if name not in TRUSTED_TYPES]


@dataclass
class Vectorised:
    """Comments as the model's features, with the vectorizers fitted on them.

    The vocabularies and IDF weights are fitted without the labels, so every fit of a
    cross-validation (each fold, each C) shares one vectorisation of all the comments:
    vectorising was most of the training time when each fold and C repeated it. A held-out
    fold's comments then count in the IDF and the vocabulary but teach no weight: n-grams
    only they have stay at zero in that fold's regression.
    """

    words: TfidfVectorizer
    chars: TfidfVectorizer
    matrix: sparse.csr_matrix
    meta_means: list[float]
    shape: tuple[str, ...]


def vectorise(prepared: Sequence[Prepared], shape: tuple[str, ...] = META_NAMES) -> Vectorised:
    words, chars, meta = _words(), _chars(), _meta_matrix(prepared, shape)
    words, word_matrix = drop_ngrams(
        words, words.fit_transform([p.text for p in prepared]), _glue, _words
    )
    char_matrix = chars.fit_transform([p.chars for p in prepared])
    matrix = sparse.hstack([word_matrix, char_matrix, meta], format="csr")
    means = [float(v) for v in np.asarray(meta.mean(axis=0)).ravel()]
    return Vectorised(words, chars, matrix, means, shape)


def drop_ngrams(
    fitted: TfidfVectorizer,
    matrix: sparse.csr_matrix,
    dropped: Callable[[str], bool],
    factory: Callable[[], TfidfVectorizer],
) -> tuple[TfidfVectorizer, sparse.csr_matrix]:
    """Forget the n-grams `dropped` names (function words only: "my", "i like"; see
    stopwords.py), from a vectorizer `factory` made and `fit_transform` gave `matrix`.

    The smaller vectorizer is built the way a stored one is loaded. The rows are normalised
    again over the words that are left, which is exactly what its `transform` computes.
    """
    terms = fitted.get_feature_names_out()
    keep = np.fromiter((not dropped(term) for term in terms), bool, len(terms))
    state = {"terms": _TERM_SEPARATOR.join(terms[keep].tolist()), "idf": fitted.idf_[keep]}
    return vectorizer_from_state(factory(), state), normalize(matrix[:, keep], copy=False)


def _glue(ngram: str) -> bool:
    """N-grams that say nothing a moderator could act on: function words only ("my",
    "i like"), function words or tokens side by side ("at tokurl", "tokstyled tokhandle"), and
    anything with `tokname`, which only marks where the name starts."""
    words = ngram.split()
    if "tokname" in words:
        return True
    return only_function_words(ngram) or (
        len(words) > 1 and all(word in FUNCTION_WORDS or word in MARKERS for word in words)
    )


def _telling_letters(name: str) -> bool:
    """A character n-gram worth naming to a moderator: three letters or more, not "if"."""
    letters = name.removeprefix("letters '").removesuffix("'").strip()
    return len(letters.replace(" ", "")) >= 3 and not only_function_words(letters)


def _shape_index(shape: tuple[str, ...]) -> list[int]:
    return [META_NAMES.index(name) for name in shape]


def _meta_matrix(prepared: Sequence[Prepared], shape: tuple[str, ...]) -> sparse.csr_matrix:
    index = _shape_index(shape)
    rows = [[p.meta[i] for i in index] for p in prepared]
    return sparse.csr_matrix(np.asarray(rows, dtype=np.float64).reshape(len(prepared), len(index)))


def _readable_word(feature: str) -> str:
    parts = []
    for token in feature.split():
        if token in _TOKEN_NAMES:
            parts.append(_TOKEN_NAMES[token])
        elif token.startswith("dom_"):
            parts.append(f"link to {token[4:].replace('_', '.')}")
        else:
            parts.append(token)
    joined = " ".join(parts)
    return (
        joined
        if any(t in _TOKEN_NAMES or t.startswith("dom_") for t in feature.split())
        else f"'{joined}'"
    )
