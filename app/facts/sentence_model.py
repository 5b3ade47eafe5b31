"""A learned sentence reader: how likely each sentence of a chapter states a fact.

The phrase readers find a fact where a council words it as a listed phrase; a new wording is
missed until someone lists it (decision 0580). This model scores every sentence instead, by the
words it shares with the sentences that stated the fact in annotated chapters: its words and word
pairs, the kind of the section holding it, and the kinds of value it holds (an age, a date, a
count, a number of months, an Act). A family's reader then reads the value from the best sentence
by the fact's value type.

The weights are trained by `scripts/build_fact_sentences.py` (scikit-learn's logistic
regression) and kept by the family as plain JSON (feature → weight per fact), so scoring is a
sum and a logistic function: nothing is imported from scikit-learn and nothing is trained when a
document is read.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

_WORD = re.compile(r"(?u)\b[^\W\d_][\w'\u2019-]*\b")
_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "twenty-one": 21, "twenty-two": 22, "twenty-three": 23, "twenty-four": 24,
    "twenty-five": 25, "twenty-first": 21, "twenty-fifth": 25, "eighteenth": 18,
}  # fmt: skip
_NUMBER = re.compile(r"(?<![\w.])(\d{1,4})(?:st|nd|rd|th)?(?![\w.]\d)")
_SPELT = re.compile(r"[A-Za-z]+(?:-[a-z]+)?")
_MONTHS_AFTER = re.compile(r"^\s*(?:calendar\s+)?months?\b")
_ACT = re.compile(r"\bAct\s+(?:1[89]|20)\d\d\b")
_MONTH_NAME = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b", re.IGNORECASE
)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_VERSION = re.compile(r"\b(?:v|version|issue|rev)\.?\s*\d", re.IGNORECASE)


def _plain_words(text: str) -> list[str]:
    lowered = text.lower()
    if not lowered.isascii():
        decomposed = unicodedata.normalize("NFKD", lowered)
        lowered = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _WORD.findall(lowered)


def value_types(text: str) -> list[str]:
    """The kinds of value `text` holds, as features: what makes a sentence able to state a
    fact at all, whatever words surround the value."""
    found: list[str] = []
    numbers: list[tuple[int, int]] = [
        (int(match.group(1)), match.end()) for match in _NUMBER.finditer(text)
    ]
    for word in _SPELT.finditer(text):
        value = _NUMBER_WORDS.get(word.group(0).lower())
        if value is not None:
            numbers.append((value, word.end()))
    if any(16 <= value <= 25 for value, _end in numbers):
        found.append("value:age")
    if any(1 <= value <= 15 for value, _end in numbers):
        found.append("value:count")
    if any(_MONTHS_AFTER.match(text[end:]) for _value, end in numbers):
        found.append("value:months")
    if _YEAR.search(text):
        found.append("value:year")
        if _MONTH_NAME.search(text) or re.search(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}", text):
            found.append("value:date")
    if _ACT.search(text):
        found.append("value:act")
    if _VERSION.search(text):
        found.append("value:version")
    return found


def sentence_features(text: str, section_kind: str) -> list[str]:
    """A sentence's features: its words and word pairs, its section's kind and its value
    types (the build script and the reader must compute them alike, so both call this)."""
    words = _plain_words(text)
    features = [f"w:{word}" for word in dict.fromkeys(words)]
    features += [f"p:{a} {b}" for a, b in dict.fromkeys(pairwise(words))]
    features.append(f"kind:{section_kind}")
    features += value_types(text)
    return features


@dataclass(frozen=True, slots=True)
class FactSentenceModel:
    """One logistic model per fact: the weight of each feature and an intercept."""

    weights: Mapping[str, Mapping[str, float]]
    """Fact key → feature → weight (features without weight are left out)."""
    intercepts: Mapping[str, float]
    """Fact key → intercept."""
    thresholds: Mapping[str, float]
    """Fact key → the probability a sentence needs before its value is read."""

    @classmethod
    def load(cls, path: Path) -> FactSentenceModel:
        """The model kept in `path` (JSON written by the build script); an empty model when the
        file is missing, so a family without one reads by its phrases alone."""
        if not path.is_file():
            return cls({}, {}, {})
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(
            weights={key: dict(entry["weights"]) for key, entry in data["facts"].items()},
            intercepts={key: float(entry["intercept"]) for key, entry in data["facts"].items()},
            thresholds={key: float(entry["threshold"]) for key, entry in data["facts"].items()},
        )

    def knows(self, key: str) -> bool:
        """Whether the model has weights for fact `key`."""
        return key in self.weights

    def probability(self, key: str, features: Sequence[str]) -> float:
        """How likely a sentence with `features` states fact `key` (0 for an unknown fact)."""
        weights = self.weights.get(key)
        if weights is None:
            return 0.0
        score = self.intercepts[key] + sum(weights.get(feature, 0.0) for feature in features)
        if score < -30:
            return 0.0
        return 1.0 / (1.0 + math.exp(-score))
