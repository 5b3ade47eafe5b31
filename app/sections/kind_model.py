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
from typing import TYPE_CHECKING, Any

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


class KindModel:
    """Probabilities of a family's kinds for passages of text."""

    def __init__(self, vectorizer: TfidfVectorizer, classifier: SGDClassifier) -> None:
        self._vectorizer = vectorizer
        self._classifier = classifier
        self.kinds: tuple[str, ...] = tuple(str(kind) for kind in classifier.classes_)
        """The kinds the model knows, in the order of each probability row."""

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
        rows: Any = self._classifier.predict_proba(self._vectorizer.transform(list(texts)))
        return [dict(zip(self.kinds, map(float, row), strict=True)) for row in rows]

    def best(self, text: str) -> tuple[str, float]:
        """The most likely kind of `text` and its probability."""
        scores = self.probabilities([text])[0]
        kind = max(scores, key=scores.__getitem__)
        return kind, scores[kind]


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
