"""A statistical model of a family's section kinds, learned from the examples the family ships.

Cues name a section only when a council words it as the family's authors foresaw. The model reads
meaning instead: it is trained on labelled text (the sections of annotated documents, headings,
and each kind's own description) and answers, for any passage, how likely each kind is. The
sectioner uses it where no heading or cue decides: to name a heading no cue knows ("What we
believe"), and to place boundaries in a run of un-headed paragraphs (`app.sections.segment`).

scikit-learn does the learning (decision 0014): TF-IDF over words and word pairs, and a linear
model fitted for the logistic loss by stochastic gradient descent, whose probabilities the
segmenter adds up as log-likelihoods. Training takes a few seconds (about 5 s of CPU for the
default family's 37,000 examples since it learns the blind sets, decision 0353), so the model is
learned from the family's data the first time a document needs it, not shipped as a pickled
object tied to one library version. Importing scikit-learn and training cost every `policydiff
parse` process that time, though: a family's model keeps its
fitted numbers (plain arrays, no library objects) in the user's cache, under a name made from
its examples (or of the files they are read from, decision 0550), its training code and the
versions of the libraries that fitted it (`app.sections.kind_model_cache`, decision 0104), and a
process that finds them there scores without importing scikit-learn or reading the examples.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import chain, repeat
from typing import TYPE_CHECKING, Any

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


TOKEN_PATTERN = r"(?u)\b[^\W\d_][\w'\u2019-]*\b"
"""A word: a letter, then letters, digits, apostrophes or hyphens (no numbers alone)."""


VECTORIZER_SETTINGS: dict[str, Any] = {
    "lowercase": True,
    "ngram_range": (1, 2),
    "sublinear_tf": True,
    "min_df": 1,
    "strip_accents": "unicode",
    "token_pattern": TOKEN_PATTERN,
}
"""scikit-learn's `TfidfVectorizer`: words and word pairs, sublinear term frequency. The direct
scorer reads texts this way itself (`preprocess`, `tokenize`): change both together."""
CLASSIFIER_SETTINGS: dict[str, Any] = {
    "loss": "log_loss",
    "alpha": 1e-5,
    "class_weight": "balanced",
    "max_iter": TRAINING_EPOCHS,
    "tol": None,
    "random_state": 0,
}
"""scikit-learn's `SGDClassifier`: a linear model with probabilities, a fixed seed. Both settings
are part of a kept model's name (`kind_model_cache`), so changing one trains a new model. `alpha`
is half its old 2e-5: measured on sets left out of training it read ten more sections of
un-headed chapters in other words (decisions 0469, 0475)."""


@dataclass(frozen=True, slots=True)
class FittedKinds:
    """What scoring needs of a trained model: the TF-IDF vocabulary and weights and the linear
    model's coefficients, as plain arrays, without scikit-learn's objects."""

    kinds: tuple[str, ...]
    """The kinds, in the order of the classifier's rows (and of each probability row)."""
    vocabulary: dict[str, int]
    """Each word and word pair ("a b") the vectorizer kept, and its column."""
    idf: _Rows
    """The inverse document frequency of each column."""
    coefficients: _Rows
    """One row per kind (one row in all for two kinds), a column per vocabulary column."""
    intercept: _Rows


def preprocess(text: str) -> str:
    """What `TfidfVectorizer(lowercase=True, strip_accents="unicode")` does to a text before
    splitting it into words (a test compares the two), without importing scikit-learn."""
    text = text.lower()
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(character for character in decomposed if not unicodedata.combining(character))


tokenize = re.compile(TOKEN_PATTERN).findall
"""The vectorizer's tokenizer: the words of a preprocessed text, in order."""


class KindModel:
    """Probabilities of a family's kinds for passages of text."""

    def __init__(
        self,
        fitted: FittedKinds,
        trained: tuple[TfidfVectorizer, SGDClassifier] | None = None,
    ) -> None:
        self.fitted = fitted
        """The fitted numbers, what `kind_model_cache` keeps between processes."""
        self._trained = trained
        self.kinds: tuple[str, ...] = fitted.kinds
        """The kinds the model knows, in the order of each probability row."""
        self._direct = _DirectScorer(fitted)

    @classmethod
    def train(cls, examples: Sequence[KindExample]) -> KindModel:
        """Learn from `examples`; raises ValueError with fewer than two kinds among them."""
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import SGDClassifier

        if len({example.kind for example in examples}) < MIN_KINDS:
            raise ValueError("a kind model needs examples of at least two kinds")
        vectorizer = TfidfVectorizer(**VECTORIZER_SETTINGS)
        features = vectorizer.fit_transform([example.text for example in examples])
        classifier = SGDClassifier(**CLASSIFIER_SETTINGS)
        classifier.fit(
            features,
            [example.kind for example in examples],
            sample_weight=[example.weight for example in examples],
        )
        fitted = FittedKinds(
            kinds=tuple(str(kind) for kind in classifier.classes_),
            vocabulary={str(gram): int(column) for gram, column in vectorizer.vocabulary_.items()},
            idf=vectorizer.idf_,
            coefficients=classifier.coef_,
            intercept=classifier.intercept_,
        )
        return cls(fitted, (vectorizer, classifier))

    def probabilities(self, texts: Sequence[str]) -> list[dict[str, float]]:
        """For each text, each known kind's probability (they sum to 1)."""
        if not texts:
            return []
        rows: list[list[float]] = self.direct_probability_rows(texts).tolist()
        return [dict(zip(self.kinds, row, strict=True)) for row in rows]

    def sklearn_probability_rows(self, texts: Sequence[str]) -> _Rows:
        """The probabilities as scikit-learn computes them: one row per text, a column per kind
        (the plain version `direct_probability_rows` must agree with). Only a model trained in
        this process has scikit-learn's objects; one read from the cache raises ValueError."""
        if self._trained is None:
            raise ValueError("a kind model read from the cache has no scikit-learn objects")
        vectorizer, classifier = self._trained
        rows: _Rows = classifier.predict_proba(vectorizer.transform(list(texts)))
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
    probabilities, from a fitted vectorizer's vocabulary and a classifier's weights, in the order
    of operations scikit-learn uses.

    Words and word pairs are found without building a string for each pair: every word the
    vocabulary holds has a number, a pair is the two numbers combined into one integer, and the
    pairs the vocabulary holds are a sorted array searched all at once. Hashing a fresh string for
    every word and every pair was most of the scoring of an un-headed seed.
    """

    def __init__(self, fitted: FittedKinds) -> None:
        from scipy.special import expit

        self._expit = expit
        self._word_numbers: dict[str, int] = {}
        unigram_columns: list[int] = []
        pairs: list[tuple[str, str, int]] = []
        for gram, column in fitted.vocabulary.items():
            words = gram.split(" ")
            if len(words) == 1:
                self._number(gram, unigram_columns)
                unigram_columns[self._word_numbers[gram]] = int(column)
            else:
                first, second = words
                pairs.append((first, second, int(column)))
        for first, second, _column in pairs:
            self._number(first, unigram_columns)
            self._number(second, unigram_columns)
        self._unknown = len(self._word_numbers)
        """The number of a word the vocabulary does not hold (it is in no pair either)."""
        unigram_columns.append(-1)
        self._unigram_columns = np.array(unigram_columns, dtype=np.int64)
        pair_keys = np.array(
            [self._pair_key(first, second) for first, second, _column in pairs], dtype=np.int64
        )
        order = np.argsort(pair_keys)
        self._pair_keys = pair_keys[order]
        self._pair_columns = np.array([column for *_words, column in pairs], dtype=np.int64)[order]
        self._width = len(fitted.idf)
        self._idf: _Rows = fitted.idf
        self._weights: _Rows = np.ascontiguousarray(fitted.coefficients.T)
        self._intercept: _Rows = fitted.intercept

    def _number(self, word: str, unigram_columns: list[int]) -> None:
        if word not in self._word_numbers:
            self._word_numbers[word] = len(self._word_numbers)
            unigram_columns.append(-1)

    def _pair_key(self, first: str, second: str) -> int:
        numbers = self._word_numbers
        return numbers[first] * (len(numbers) + 1) + numbers[second]

    def _columns(self, texts: Sequence[str]) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
        """Each vocabulary n-gram occurrence in `texts`: its text's row and its column."""
        token_lists = [tokenize(preprocess(text)) for text in texts]
        lengths = [len(tokens) for tokens in token_lists]
        count = sum(lengths)
        numbers = np.fromiter(
            map(self._word_numbers.get, chain.from_iterable(token_lists), repeat(self._unknown)),
            dtype=np.int64,
            count=count,
        )
        rows = np.repeat(np.arange(len(texts), dtype=np.int64), lengths)
        unigram_columns = self._unigram_columns[numbers]
        pair_keys = numbers[:-1] * (self._unknown + 1) + numbers[1:]
        if len(self._pair_keys):
            at = np.minimum(np.searchsorted(self._pair_keys, pair_keys), len(self._pair_keys) - 1)
            found = (rows[:-1] == rows[1:]) & (self._pair_keys[at] == pair_keys)
            pair_columns = np.where(found, self._pair_columns[at], -1)
        else:
            pair_columns = np.full(len(pair_keys), -1, dtype=np.int64)
        columns = np.concatenate([unigram_columns, pair_columns])
        known = columns >= 0
        return np.concatenate([rows, rows[:-1]])[known], columns[known]

    def probability_rows(self, texts: Sequence[str]) -> _Rows:
        rows, columns = self._columns(texts)
        width = self._width
        keys, counts = np.unique(rows * width + columns, return_counts=True)
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


@dataclass(frozen=True)
class ExampleSource:
    """Examples kept in files, read only when a model must be trained (decision 0550).

    Reading a family's tens of thousands of labelled passages cost every process about a tenth of
    its start, though a process that finds the fitted model in the user's cache never uses them.
    `identity` names the examples without reading them as examples: it must change whenever
    `read` could answer differently (the files' bytes, the constants and code that read them),
    because it names the kept model's file.
    """

    read: Callable[[], Iterable[KindExample]]
    """The examples, read from the files."""
    identity: Callable[[], str]
    """A digest of everything `read` depends on."""


class LazyKindModel:
    """A family's model, trained from its examples the first time a document needs it.

    Held by the family (not a module-level cache), so every family owns its model. With `cache`
    (the installed families' models), the fitted numbers are kept in the user's cache for the
    next process (`app.sections.kind_model_cache`); without it (a model of examples a script
    made up, cross-validation's folds), the model is trained in every process that needs it.
    Made `from_source`, the examples are read only when the model is trained (or asked for).
    """

    def __init__(self, examples: Iterable[KindExample], *, cache: bool = False) -> None:
        self._examples: tuple[KindExample, ...] | None = tuple(examples)
        self._source: ExampleSource | None = None
        self._cache = cache
        self._model: KindModel | None = None
        self._settled = False
        self._lock = threading.Lock()

    @classmethod
    def from_source(cls, source: ExampleSource) -> LazyKindModel:
        """A kept (cached) model whose examples are read from `source` only when it is trained:
        a process that finds the fitted numbers in the cache never reads them."""
        model = cls((), cache=True)
        model._examples = None
        model._source = source
        return model

    @property
    def examples(self) -> tuple[KindExample, ...]:
        """The labelled passages the model learns from."""
        if self._examples is None:
            with self._lock:
                self._read_examples()
        assert self._examples is not None
        return self._examples

    def _read_examples(self) -> tuple[KindExample, ...]:
        if self._examples is None:
            assert self._source is not None
            self._examples = tuple(self._source.read())
        return self._examples

    def get(self) -> KindModel | None:
        """The trained model, or None when the examples name fewer than two kinds."""
        if not self._settled:
            with self._lock:
                if not self._settled:
                    self._model = self._load_or_train()
                    self._settled = True
        return self._model

    def _load_or_train(self) -> KindModel | None:
        if self._source is not None:
            from app.sections.kind_model_cache import load_or_train_source

            return load_or_train_source(self._source.identity(), self._read_examples)
        examples = self._read_examples()
        if len({example.kind for example in examples}) < MIN_KINDS:
            return None
        if not self._cache:
            return KindModel.train(examples)
        from app.sections.kind_model_cache import load_or_train

        return load_or_train(examples)
