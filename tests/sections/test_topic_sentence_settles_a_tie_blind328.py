"""A paragraph of two topics read about equally as both is settled by its opening sentence.

In a chapter with no headings, one paragraph may state an aim and then say how progress towards
it is counted. Read whole, the kind model can find the two kinds almost equally likely, and a
retraining on a few more examples tips it either way. A writer puts the paragraph's topic first,
and such a paragraph is one section of the kind it opens with (decisions 0141, 0357), so the
opening sentence read alone settles a tie; a paragraph the model reads clearly keeps its reading.
These tests use an invented family (a village library's rules) and an invented kind model, so
they hold for any family; the wordings are our own.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from app.sections import SectionKind, split_sections
from app.sections.assemble import (
    TIED_KINDS_MARGIN,
    TOPIC_SENTENCE_CONFIDENCE,
    _settled_by_its_opening,
)
from tests.sections.helpers import assert_tiles

KINDS = (
    SectionKind(slug="title", label="Title", heading_cues=("^library rules$",)),
    SectionKind(slug="purpose", label="Purpose"),
    SectionKind(slug="counting", label="How we count"),
    SectionKind(slug="hopes", label="What we hope for"),
    SectionKind(slug="lending", label="Lending"),
)

PURPOSE = "These rules explain how the village library lends its books to the people who live here."
HOPE = "We hope that every child in the village grows up finding joy in reading."
COUNT = "Each term we count the loans each child takes out and how many books come back late."
LENDING = "A member may borrow six books at a time, each for three weeks, and renew them once."


class LibraryReader:
    """An invented kind model: sure of the purpose and lending paragraphs, sure of the hope read
    alone, and torn between counting and hopes for a paragraph holding both topics, with
    counting a little ahead by `lead`."""

    kinds = ("purpose", "counting", "hopes", "lending", "other", "title")

    def __init__(self, lead: float) -> None:
        self.lead = lead

    def _one(self, text: str) -> dict[str, float]:
        if "count" in text and "hope" in text:
            counting = (0.9 + self.lead) / 2
            return self._spread(counting=counting, hopes=0.9 - counting)
        if "hope" in text:
            return self._spread(hopes=0.8)
        if "count" in text:
            return self._spread(counting=0.8)
        if "borrow" in text:
            return self._spread(lending=0.85)
        return self._spread(purpose=0.85)

    def _spread(self, **likely: float) -> dict[str, float]:
        rest = (1.0 - sum(likely.values())) / (len(self.kinds) - len(likely))
        return {kind: likely.get(kind, rest) for kind in self.kinds}

    def probabilities(self, texts: Sequence[str]) -> list[dict[str, float]]:
        return [self._one(text) for text in texts]


def _kinds(paragraph: str, lead: float) -> list[str]:
    text = f"{PURPOSE}\n\n{paragraph}\n\n{LENDING}\n"
    outline = split_sections(text, KINDS, "plain", LibraryReader(lead))  # type: ignore[arg-type]
    assert_tiles(outline)
    return [section.kind for section in outline.sections]


def test_a_tied_paragraph_takes_the_kind_its_opening_sentence_states() -> None:
    assert _kinds(f"{HOPE} {COUNT}", lead=0.02) == ["purpose", "hopes", "lending"]


def test_a_paragraph_read_clearly_as_one_kind_keeps_that_reading() -> None:
    assert _kinds(f"{HOPE} {COUNT}", lead=0.3) == ["purpose", "counting", "lending"]


def test_a_tied_paragraph_of_one_sentence_has_no_opening_to_ask() -> None:
    one_sentence = "We hope every child reads for joy, and we count the loans each child takes out."
    assert _kinds(one_sentence, lead=0.02) == ["purpose", "counting", "lending"]


class Fixed:
    """A kind model reading every text the same way."""

    def __init__(self, reading: dict[str, float]) -> None:
        self.reading = reading

    def probabilities(self, texts: Sequence[str]) -> list[dict[str, float]]:
        return [dict(self.reading) for _ in texts]


def test_an_opening_sure_of_a_third_kind_does_not_settle_the_tie() -> None:
    whole = {"counting": 0.45, "hopes": 0.44, "lending": 0.11}
    opening = Fixed({"counting": 0.1, "hopes": 0.1, "lending": 0.8})
    assert _settled_by_its_opening(opening, f"{HOPE} {COUNT}", whole) == whole  # type: ignore[arg-type]


@pytest.mark.parametrize("sure", [TOPIC_SENTENCE_CONFIDENCE - 0.01, TOPIC_SENTENCE_CONFIDENCE])
def test_the_opening_must_be_sure_of_its_kind(sure: float) -> None:
    whole = {"counting": 0.45, "hopes": 0.44, "lending": 0.11}
    opening = Fixed({"hopes": sure, "counting": 0.2, "lending": 0.8 - sure})
    settled = _settled_by_its_opening(opening, f"{HOPE} {COUNT}", whole)  # type: ignore[arg-type]
    assert (max(settled, key=settled.__getitem__) == "hopes") is (sure >= TOPIC_SENTENCE_CONFIDENCE)


@given(
    st.lists(st.floats(min_value=0.0, max_value=1.0), min_size=3, max_size=3),
    st.lists(st.floats(min_value=0.0, max_value=1.0), min_size=3, max_size=3),
)
def test_settling_keeps_a_clear_leader_and_a_probability_distribution(
    whole_weights: list[float], opening_weights: list[float]
) -> None:
    assume(sum(whole_weights) > 0 and sum(opening_weights) > 0)
    kinds = ("counting", "hopes", "lending")
    whole_total = sum(whole_weights)
    opening_total = sum(opening_weights)
    whole = {kind: weight / whole_total for kind, weight in zip(kinds, whole_weights, strict=True)}
    opening = {
        kind: weight / opening_total for kind, weight in zip(kinds, opening_weights, strict=True)
    }
    settled = _settled_by_its_opening(Fixed(opening), f"{HOPE} {COUNT}", whole)  # type: ignore[arg-type]
    assert sum(settled.values()) == pytest.approx(sum(whole.values()))
    ranked = sorted(whole.values(), reverse=True)
    if ranked[0] - ranked[1] > TIED_KINDS_MARGIN:
        assert settled == whole
