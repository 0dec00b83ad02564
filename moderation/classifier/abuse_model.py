"""The abuse classifier: how likely a comment is to insult, threaten, harass or hate.

A second head beside the spam classifier (moderation.classifier.model), with vectorizers of its
own: abuse lives in a few words and their spellings ("anjg", "b4ngsat", "f*ck"), spam in links,
numbers and shapes, so the two share the normaliser (moderation.classifier.normalise, through
`prepare`) but not their vocabularies. Words (one and two) and letters (three to five, inside
words, which is what catches a spelling never seen in training), then logistic regression.

A second, smaller head names the kind of abuse for the moderator's reason ("insult, group
target"): a multinomial logistic regression over the same features, fitted on the abusive
examples alone. It is only asked when the score is high enough to hold, so it costs nothing on
the comments most readers write.

Saved like the spam model: arrays and strings only, loaded with skops's trusted types.
"""

from __future__ import annotations

import math
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import numpy as np
import skops.io as sio
from numpy.typing import ArrayLike
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from moderation.classifier.features import MARKERS, Sample, prepare
from moderation.classifier.model import (
    TRUSTED_TYPES,
    TfidfPart,
    drop_ngrams,
    vectorizer_from_state,
    vectorizer_state,
)
from moderation.classifier.stopwords import FUNCTION_WORDS, only_function_words

# Bump when the text preparation or a vectorizer's parameters change: a stored model trained on
# another version is refused (moderation.classifier.registry).
ABUSE_FEATURES_VERSION = 4

# The kinds of abuse the category head tells apart, as a moderator reads them.
CATEGORY_NAMES = {
    "insult": "insult",
    "profanity": "profanity",
    "group": "group target",
    "threat": "threat",
    "harassment": "harassment",
}
# A second kind is named only when the head gives it at least this share.
SECOND_CATEGORY = 0.3
# How many times more often a feature must occur in the abusive examples to count as evidence.
EVIDENCE_RATIO = 3.0

_REPEATS = re.compile(r"(\w)\1{2,}")
# Symbols that stand for letters inside a word (a$$hole, sh!t, b@ngsat); `*` hides a letter.
_SYMBOL_LETTERS = str.maketrans({"$": "s", "@": "a", "!": "i", "€": "e"})
_INSIDE_SYMBOL = re.compile(r"(?<=\w)[$@!€*]+(?=\w)")


def _words() -> TfidfVectorizer:
    return TfidfVectorizer(
        lowercase=False,
        ngram_range=(1, 2),
        token_pattern=r"(?u)\b\w+\b",  # noqa: S106 (a regex, not a password)
        min_df=2,
        sublinear_tf=True,
        max_features=200_000,
        dtype=np.float64,
    )


def _chars() -> TfidfVectorizer:
    return TfidfVectorizer(
        lowercase=False,
        analyzer="char_wb",
        # From three letters: pairs cost a quarter of the scoring time and ranked no better.
        ngram_range=(3, 5),
        min_df=2,
        sublinear_tf=True,
        max_features=300_000,
        dtype=np.float64,
    )


@lru_cache(maxsize=256)
def abuse_text(content: str, name: str = "", url: str = "") -> str:
    """The comment's text as the abuse model reads it: the shared normaliser's words (disguised
    letters undone), letter runs shortened ("goblokkkk" -> "goblok"), symbols inside a word
    read as the letters they stand for ("a$$hole", "sh!t"), and `*` inside a word kept as one
    mark so "f*ck" and "f**ck" read alike. The normaliser's markers (a link, a handle, spaced
    or styled letters) are left out: readers space out "P E A C E" for joy as often as to hide
    a word, and a mention says nothing about abuse.

    In the gate `name` and `url` are the author's, so this is the very preparation the spam
    model made of the comment (prepare's cache): the normaliser runs once per review. Only
    the text's own words are read, not the website's or the name's."""
    prepared = prepare(Sample(content, name, url))
    words = []
    for word in prepared.text.split()[: prepared.own_words]:
        if word in MARKERS:
            continue
        word = _INSIDE_SYMBOL.sub(lambda m: _symbols(m.group(0)), word)
        words.append(_REPEATS.sub(r"\1", word))
    return " ".join(words)


def content_words(prepared: str) -> str:
    """The words the letter n-grams are taken from: not the function words ("you", "aja",
    "semua"), which a written corpus puts in one class more than the other by accident of its
    templates, and which say nothing about abuse by themselves."""
    return " ".join(word for word in prepared.split() if word not in FUNCTION_WORDS)


def _evidence_of_abuse(matrix: sparse.csr_matrix, labels: np.ndarray) -> np.ndarray:
    """The columns that are evidence of abuse: features found in a larger share of the abusive
    examples than of the others (smoothed). Only these get a weight.

    Trained on every feature, the model learnt the written corpus's ordinary vocabulary as
    evidence against abuse and put the default up: a comment in words the corpus never used
    (another script, another topic) then scored as abusive (on the project's news comments, a
    Russian "thank you" at 0.99). With weights on evidence of abuse alone, a comment without
    any scores low, and a word shared with the hard negatives (crime reports, criticism) is
    weighed down by them. The other columns stay in the vocabulary, so a long comment with one
    rude word is still normalised over all its words."""
    present = matrix.copy()
    present.data[:] = 1.0
    abusive = labels == 1
    share_abusive = (np.asarray(present[abusive].sum(axis=0)).ravel() + 1) / (abusive.sum() + 2)
    share_other = (np.asarray(present[~abusive].sum(axis=0)).ravel() + 1) / ((~abusive).sum() + 2)
    return np.flatnonzero(share_abusive > EVIDENCE_RATIO * share_other)


def _symbols(run: str) -> str:
    if "*" in run:
        return "*"
    return run.translate(_SYMBOL_LETTERS)


@dataclass
class AbuseClassifier:
    words: TfidfVectorizer
    chars: TfidfVectorizer
    weights: np.ndarray  # the binary head's coefficients: words, then letters
    intercept: float
    categories: list[str]  # keys of CATEGORY_NAMES, in the category head's row order
    category_weights: np.ndarray  # one row per category
    category_intercepts: np.ndarray
    features_version: int = ABUSE_FEATURES_VERSION
    _fast: _FastAbuse | None = field(default=None, repr=False)

    @classmethod
    def fit(
        cls,
        texts: Sequence[str],
        labels: ArrayLike,
        categories: Sequence[str],
        c: float = 4.0,
        with_kinds: bool = True,
    ) -> AbuseClassifier:
        """`with_kinds=False` leaves the kind head out: a cross-validation reads only the
        abuse score."""
        prepared = [abuse_text(text) for text in texts]
        words = _words()
        words, word_matrix = drop_ngrams(
            words, words.fit_transform(prepared), only_function_words, _words
        )
        chars = _chars()
        char_matrix = chars.fit_transform([content_words(text) for text in prepared])
        matrix = sparse.hstack([word_matrix, char_matrix], format="csr")
        y = np.asarray(labels)
        evidence = _evidence_of_abuse(matrix, y)
        # The dual problem, seeded, as for the spam model (moderation.classifier.model).
        binary = LogisticRegression(
            C=c, solver="liblinear", dual=True, max_iter=1000, random_state=0
        )
        binary.fit(matrix[:, evidence], y)
        weights = np.zeros(matrix.shape[1])
        weights[evidence] = binary.coef_[0]
        # The kind head learns from the abusive examples whose kind is known (the starter
        # corpus's; a moderator's label and a file's say only "abusive").
        known = [int(i) for i in np.flatnonzero(y == 1) if categories[int(i)]]
        abusive = np.asarray(known, dtype=np.int64)
        kinds = [categories[i] for i in known]
        names = sorted(set(kinds)) if with_kinds else []
        if len(names) >= 2:
            head = LogisticRegression(C=c, max_iter=1000)
            head.fit(matrix[abusive], kinds)
            category_weights = np.asarray(head.coef_, dtype=np.float64)
            category_intercepts = np.asarray(head.intercept_, dtype=np.float64)
            names = [str(name) for name in head.classes_]
            if len(names) == 2:  # scikit-learn keeps one row for two classes: make both
                category_weights = np.vstack([-category_weights[0], category_weights[0]])
                category_intercepts = np.asarray([-category_intercepts[0], category_intercepts[0]])
        else:
            category_weights = np.zeros((len(names), matrix.shape[1]))
            category_intercepts = np.zeros(len(names))
        return cls(
            words,
            chars,
            weights,
            float(binary.intercept_[0]),
            names,
            category_weights,
            category_intercepts,
        )

    def matrix(self, texts: Sequence[str]) -> sparse.csr_matrix:
        prepared = [abuse_text(text) for text in texts]
        return sparse.hstack(
            [
                self.words.transform(prepared),
                self.chars.transform([content_words(text) for text in prepared]),
            ],
            format="csr",
        )

    def scores(self, texts: Sequence[str]) -> np.ndarray:
        """Abuse probabilities, one per text."""
        margins = self.matrix(texts) @ self.weights + self.intercept
        return 1.0 / (1.0 + np.exp(-margins))

    def score_one(self, text: str, name: str = "", url: str = "") -> float:
        """The abuse probability of one comment: the same number as `scores`, faster."""
        return self._scorer().score(text, name, url)

    def explain(
        self, text: str, top: int = 3, name: str = "", url: str = ""
    ) -> tuple[float, list[str], list[str]]:
        """The probability, the kinds of abuse (most likely first) and the words that pushed
        the score up most, as a moderator reads them."""
        return self._scorer().explain(text, top, name, url)

    def _scorer(self) -> _FastAbuse:
        if self._fast is None:
            self._fast = _FastAbuse(self)
        return self._fast

    def to_bytes(self) -> bytes:
        parts = {
            "words": vectorizer_state(self.words),
            "chars": vectorizer_state(self.chars),
            "weights": self.weights,
            "intercept": self.intercept,
            "categories": list(self.categories),
            "category_weights": self.category_weights,
            "category_intercepts": self.category_intercepts,
            "features_version": self.features_version,
        }
        return sio.dumps(parts, compression=zipfile.ZIP_DEFLATED)

    @classmethod
    def from_bytes(cls, blob: bytes) -> AbuseClassifier:
        parts: dict[str, Any] = sio.loads(blob, trusted=TRUSTED_TYPES)
        return cls(
            words=vectorizer_from_state(_words(), parts["words"]),
            chars=vectorizer_from_state(_chars(), parts["chars"]),
            weights=np.asarray(parts["weights"], dtype=np.float64),
            intercept=float(parts["intercept"]),
            categories=[str(name) for name in parts["categories"]],
            category_weights=np.asarray(parts["category_weights"], dtype=np.float64),
            category_intercepts=np.asarray(parts["category_intercepts"], dtype=np.float64),
            features_version=int(parts["features_version"]),
        )


class _FastAbuse:
    """The fitted parts as Python lists and dicts, for one comment at a time."""

    def __init__(self, classifier: AbuseClassifier) -> None:
        weights = classifier.weights.tolist()
        self.words_end = len(classifier.words.vocabulary_)
        self.intercept = classifier.intercept
        self.words = TfidfPart(classifier.words, weights[: self.words_end])
        self.chars = TfidfPart(classifier.chars, weights[self.words_end :])
        self.classifier = classifier
        self.word_terms = classifier.words.get_feature_names_out()

    def score(self, text: str, name: str = "", url: str = "") -> float:
        prepared = abuse_text(text, name, url)
        margin = self.intercept + self.words.dot(prepared) + self.chars.dot(content_words(prepared))
        return 1.0 / (1.0 + math.exp(-margin))

    def explain(
        self, text: str, top: int, name: str = "", url: str = ""
    ) -> tuple[float, list[str], list[str]]:
        prepared = abuse_text(text, name, url)
        values = dict(self.words.values(prepared))
        for index, value in self.chars.values(content_words(prepared)).items():
            values[self.words_end + index] = value
        weights = self.classifier.weights
        margin = self.intercept + sum(v * weights[i] for i, v in values.items())
        words = sorted(
            (
                (value * weights[index], index)
                for index, value in values.items()
                if index < self.words_end
            ),
            reverse=True,
        )
        named = [f"'{self.word_terms[index]}'" for value, index in words[:top] if value > 0]
        return 1.0 / (1.0 + math.exp(-margin)), self._kinds(values), named

    def _kinds(self, values: dict[int, float]) -> list[str]:
        classifier = self.classifier
        if not classifier.categories:
            return []
        index = np.fromiter(values.keys(), dtype=np.int64, count=len(values))
        row = np.fromiter(values.values(), dtype=np.float64, count=len(values))
        logits = classifier.category_weights[:, index] @ row + classifier.category_intercepts
        shares = np.exp(logits - logits.max())
        shares /= shares.sum()
        order = np.argsort(-shares)
        kinds = [classifier.categories[order[0]]]
        if len(order) > 1 and shares[order[1]] >= SECOND_CATEGORY:
            kinds.append(classifier.categories[order[1]])
        return [CATEGORY_NAMES.get(kind, kind) for kind in kinds]
