"""Uploaded text is untrusted: the extractor rules of decisions 0142 and 0151 (a series of "to"
clauses as the principles, Acts cited by title with or without a year) never raise on odd
input and do work linear in it (decision 0161).

The patterns that once backtracked are run on some 10^6 characters, where their old quadratic
work would take many minutes; no clock is read. Texts are made up for the tests."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.families.childrens_policies import extractors
from app.families.childrens_policies.extractors import _infinitive_series
from app.families.common_extractors import _titles_cited
from app.text.spans import Span
from tests.reading import facts_of

HOSTILE = 1_000_000

_PIECES = st.sampled_from(
    [
        " to ", ", to ", " and to ", ", and to ", ", or to ", " ", "\t", ",", "act in their best "
        "interests", "keep them safe", "listen", "the Children Act 1989", "Act", "Acts", " Act ",
        "The", "Adoption and Children", "(", ")", "1989", "2004", "CA 1989", "\n", "legislation",
        ". ", "\u00a0", "\u0130", "e\u0301",
    ]
)  # fmt: skip
TEXTS = st.lists(_PIECES, max_size=40).map("".join) | st.text(max_size=200)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_a_series_count_is_none_or_a_list_of_principles(words: str) -> None:
    assert _infinitive_series(words.lower()) in {0, *range(2, 30)}


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_titles_cited_lie_in_their_sentence_in_order(text: str) -> None:
    cited = _titles_cited(text, Span(0, len(text)))
    assert all(0 <= span.start < span.end <= len(text) for span in cited)
    assert [span.start for span in cited] == sorted(span.start for span in cited)


def test_a_long_run_of_blanks_in_a_series_is_scanned_once() -> None:
    # `[ \t]+and[ \t]+to` was tried from every blank of the run
    assert _infinitive_series("we act in their best interests" + " " * HOSTILE + "x") == 0


def test_a_long_run_of_capitalised_words_is_scanned_once() -> None:
    # a title's words were taken lazily without bound: every capitalised word started a scan to
    # the run's end, for a title with a year and for one without
    text = "Legislation: " + "Aa " * (HOSTILE // 3) + "here."
    assert _titles_cited(text, Span(0, len(text))) == []


def test_a_sentence_of_many_capitalised_words_reads_in_full() -> None:
    sentence = "Our duties under the legislation " + "Aa " * 100_000 + "are set out here."
    facts = facts_of("Introduction\n\n" + sentence + "\n")
    assert facts["legislation"].value in (None, [])


def test_a_long_title_still_reads_whole() -> None:
    text = "We follow the Children and Families (Wales) Measure of the Assembly Act 2010 today."
    cited = _titles_cited(text, Span(0, len(text)))
    assert [text[span.start : span.end] for span in cited] == [
        "Children and Families (Wales) Measure of the Assembly Act 2010"
    ]


class _CountingPattern:
    """Stands in for a compiled pattern and counts the characters its searches are given."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.characters = 0

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        self.characters += min(endpos, len(text)) - pos
        return self.pattern.search(text, pos, endpos)


def _approaches_in_one_sentence(n: int) -> str:
    return (
        "Our policy for children in care.\n\nWe help, "
        + ", ".join("an approach called Safe Hands" for _ in range(n))
        + ".\n"
    )


def test_other_bodies_are_looked_for_once_a_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    # each approach named searched its sentence from the start for another body: sentence squared
    counted = _CountingPattern(extractors._OUTSIDE_BODY)
    monkeypatch.setattr(extractors, "_OUTSIDE_BODY", counted)
    text = _approaches_in_one_sentence(400)
    assert facts_of(text)["named_models"].value == ["Safe Hands"]
    assert 0 < counted.characters <= len(text)


def test_an_approach_another_body_runs_is_still_set_aside_after_the_councils_own() -> None:
    text = (
        "Our policy for children in care.\n\nWe use our own way of working called Safe Hands, "
        "and a national charity runs an approach called Quiet Rooms.\n"
    )
    assert facts_of(text)["named_models"].value == ["Safe Hands"]


def test_rejections_after_many_names_in_one_sentence_are_searched_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # each name searched the rest of its sentence for a rejection: sentence squared
    counted = _CountingPattern(extractors._REJECTED_AFTER_NAME)
    monkeypatch.setattr(extractors, "_REJECTED_AFTER_NAME", counted)
    text = _approaches_in_one_sentence(400)
    assert facts_of(text)["named_models"].value == ["Safe Hands"]
    assert 0 < counted.characters <= len(text)


def test_a_model_set_aside_after_its_name_is_still_set_aside_beside_another() -> None:
    text = (
        "Our policy for children in care.\n\nWe looked at a practice model called Open Doors "
        "but decided against it, and a practice model called Safe Hands was not adopted.\n\n"
        "Our practice model is called Safe Hands.\n"
    )
    assert facts_of(text)["named_models"].value == ["Safe Hands"]


def test_a_name_is_tried_only_where_its_word_starts() -> None:
    # a model's name was tried at every capital inside one long hyphenated word, each try
    # scanning to the word's end and backtracking: quadratic in the word (0184's noted case)
    word = "-".join(["A"] * (HOSTILE // 10))
    facts = facts_of("# Chapter\n\nWe work to the " + word + " Practice Model.\n", "c.md")
    assert facts["named_models"].value == [word]


def test_a_capitalised_word_inside_a_hyphenated_word_names_no_model() -> None:
    # "e-Safety" is one word: a name starts where a word does, never inside one
    facts = facts_of("# Chapter\n\nOur practice model is e-Safety Matters.\n", "c.md")
    assert "Safety Matters" not in (facts["named_models"].value or [])
