"""A statistical model of a family's section kinds, learned from the examples the family ships.

Cues name a section only when a council words it as the family's authors foresaw. The model reads
meaning instead: it is trained on labelled text (the sections of annotated documents, headings,
and each kind's own description) and answers, for any passage, how likely each kind is. The
sectioner uses it where no heading or cue decides: to name a heading no cue knows ("What we
believe"), and to place boundaries in a run of un-headed paragraphs (`app.sections.segment`).

scikit-learn does the learning (decision 0014): TF-IDF over words and word pairs, and a linear
model fitted for the logistic loss by stochastic gradient descent, whose probabilities the
segmenter adds up as log-likelihoods. Training takes about a tenth of a second, so the model is
learned from the family's data the first time a document needs it, not shipped as a pickled
object tied to one library version.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import repeat
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

if TYPE_CHECKING:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import SGDClassifier

TRAINING_EPOCHS = 30
"""Passes of stochastic gradient descent over the examples: a fixed number, with a fixed seed, so
the model (and every reading) is the same on every machine."""
MIN_KINDS = 2
"""A model needs examples of at least two kinds to tell kinds apart."""


@dataclass(frozen=True, slots=True)
class KindExample:
    """One labelled passage: text a careful reader put under `kind`."""

    kind: str
    """The section kind the passage belongs to."""
    text: str
    """The passage: a heading, a paragraph, a whole section, or a kind's description."""
    weight: float = 1.0
    """How much the passage counts in training (descriptions and headings count more)."""


_Rows = npt.NDArray[np.float64]


class KindModel:
    """Probabilities of a family's kinds for passages of text."""

    def __init__(self, vectorizer: TfidfVectorizer, classifier: SGDClassifier) -> None:
        self._vectorizer = vectorizer
        self._classifier = classifier
        self.kinds: tuple[str, ...] = tuple(str(kind) for kind in classifier.classes_)
        """The kinds the model knows, in the order of each probability row."""
        self._direct = _DirectScorer(vectorizer, classifier)

    @classmethod
    def train(cls, examples: Sequence[KindExample]) -> KindModel:
        """Learn from `examples`; raises ValueError with fewer than two kinds among them."""
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import SGDClassifier

        if len({example.kind for example in examples}) < MIN_KINDS:
            raise ValueError("a kind model needs examples of at least two kinds")
        vectorizer = TfidfVectorizer(
            lowercase=True,
            ngram_range=(1, 2),
            sublinear_tf=True,
            min_df=1,
            strip_accents="unicode",
            token_pattern=r"(?u)\b[^\W\d_][\w'\u2019-]*\b",
        )
        features = vectorizer.fit_transform([example.text for example in examples])
        classifier = SGDClassifier(
            loss="log_loss",
            alpha=2e-5,
            class_weight="balanced",
            max_iter=TRAINING_EPOCHS,
            tol=None,
            random_state=0,
        )
        classifier.fit(
            features,
            [example.kind for example in examples],
            sample_weight=[example.weight for example in examples],
        )
        return cls(vectorizer, classifier)

    def probabilities(self, texts: Sequence[str]) -> list[dict[str, float]]:
        """For each text, each known kind's probability (they sum to 1)."""
        if not texts:
            return []
        rows: list[list[float]] = self.direct_probability_rows(texts).tolist()
        return [dict(zip(self.kinds, row, strict=True)) for row in rows]

    def sklearn_probability_rows(self, texts: Sequence[str]) -> _Rows:
        """The probabilities as scikit-learn computes them: one row per text, a column per kind
        (the plain version `direct_probability_rows` must agree with)."""
        rows: _Rows = self._classifier.predict_proba(self._vectorizer.transform(list(texts)))
        return rows

    def direct_probability_rows(self, texts: Sequence[str]) -> _Rows:
        """The same probabilities computed from the fitted parameters: scikit-learn's checks and
        sparse-matrix building cost more than the arithmetic for a document's few dozen blocks
        (they made the model most of an un-headed seed's analysis)."""
        return self._direct.probability_rows(texts)

    def best(self, text: str) -> tuple[str, float]:
        """The most likely kind of `text` and its probability."""
        scores = self.probabilities([text])[0]
        kind = max(scores, key=scores.__getitem__)
        return kind, scores[kind]


class _DirectScorer:
    """TF-IDF (sublinear term frequency, idf, l2 norm) and a one-vs-rest logistic model's
    probabilities, from a fitted vectorizer's vocabulary and analyser parts and a classifier's
    weights, in the order of operations scikit-learn uses."""

    def __init__(self, vectorizer: TfidfVectorizer, classifier: SGDClassifier) -> None:
        if (
            vectorizer.analyzer != "word"
            or vectorizer.stop_words is not None
            or not vectorizer.sublinear_tf
            or not vectorizer.use_idf
            or vectorizer.norm != "l2"
            or vectorizer.binary
        ):
            raise ValueError("the direct scorer supports the kind model's configuration only")
        from scipy.special import expit

        self._expit = expit
        self._preprocess = vectorizer.build_preprocessor()
        self._tokenize = vectorizer.build_tokenizer()
        self._ngram_range: tuple[int, int] = vectorizer.ngram_range
        self._vocabulary: dict[str, int] = vectorizer.vocabulary_
        self._idf: _Rows = vectorizer.idf_
        self._weights: _Rows = np.ascontiguousarray(classifier.coef_.T)
        self._intercept: _Rows = classifier.intercept_

    def _grams(self, text: str) -> list[str]:
        """`text`'s n-grams, as the vectorizer's analyser makes them."""
        tokens = self._tokenize(self._preprocess(text))
        low, high = self._ngram_range
        grams: list[str] = tokens if low == 1 else []
        for size in range(max(low, 2), high + 1):
            shifted = [tokens[start:] for start in range(size)]
            grams.extend(map(" ".join, zip(*shifted, strict=False)))
        return grams

    def probability_rows(self, texts: Sequence[str]) -> _Rows:
        grams: list[str] = []
        lengths: list[int] = []
        for text in texts:
            found = self._grams(text)
            grams.extend(found)
            lengths.append(len(found))
        indexes = np.fromiter(
            map(self._vocabulary.get, grams, repeat(-1)), dtype=np.int64, count=len(grams)
        )
        rows = np.repeat(np.arange(len(texts), dtype=np.int64), lengths)
        known = indexes >= 0
        width = len(self._idf)
        keys, counts = np.unique(
            rows[known] * width + indexes[known],
            return_counts=True,
        )
        entry_rows, entry_columns = np.divmod(keys, width)
        values = np.log(counts.astype(np.float64)) + 1.0
        values *= self._idf[entry_columns]
        norms = np.sqrt(np.bincount(entry_rows, weights=values * values, minlength=len(texts)))
        values /= norms[entry_rows]
        kinds = self._weights.shape[1]
        cells = (entry_rows[:, None] * kinds + np.arange(kinds)).ravel()
        terms = (values[:, None] * self._weights[entry_columns]).ravel()
        sums = np.bincount(cells, weights=terms, minlength=len(texts) * kinds)
        scores = sums.reshape(len(texts), kinds) + self._intercept
        if kinds == 1:  # two kinds: one weight row, for the second
            second = self._expit(scores[:, 0])
            return np.stack([1 - second, second], axis=1)
        probabilities: _Rows = self._expit(scores)
        totals = probabilities.sum(axis=1)
        empty = totals == 0
        if empty.any():
            probabilities[empty, :] = 1.0
            totals[empty] = probabilities.shape[1]
        probabilities /= totals[:, None]
        return probabilities


class LazyKindModel:
    """A family's model, trained from its examples the first time a document needs it.

    Held by the family (not a module-level cache), so every family owns its model and a process
    that never meets an un-headed document never imports scikit-learn.
    """

    def __init__(self, examples: Iterable[KindExample]) -> None:
        self._examples = tuple(examples)
        self._model: KindModel | None = None
        self._lock = threading.Lock()

    @property
    def examples(self) -> tuple[KindExample, ...]:
        """The labelled passages the model learns from."""
        return self._examples

    def get(self) -> KindModel | None:
        """The trained model, or None when the examples name fewer than two kinds."""
        if self._model is None and len({example.kind for example in self._examples}) >= MIN_KINDS:
            with self._lock:
                if self._model is None:
                    self._model = KindModel.train(self._examples)
        return self._model
