"""The words the extractors ask every reading for are the family's declared search words, found
in the one pass over each version, not searched for again one by one (decision 0471). The
chapter below is our own; the offsets the pass finds are compared with a search's by
`tests/facts/test_readers.py::test_positions_of_declared_and_undeclared_words_are_every_occurrence`."""

from __future__ import annotations

import pytest

import app.facts.readers as readers
from app.analysis import analyze
from app.families import get_family
from app.ingest import read_source

CHAPTER = """Leaving care support

We review this chapter every year; it was last amended in the 2025 review.

Young people leaving our care have a personal adviser until they are 21, or up to 25 when they
ask for one. We will plan for the future of each child and find them a home where they can
stay for the rest of their childhood.

In every team we work restoratively, and our social workers are trained in Signs of
Safety.
"""

WORDS_ASKED_OF_EVERY_READING = (
    "until",
    "till",
    "up to",
    "the 19",
    "the 20",
    "future",
    "childhood",
    "permanently",
    "long-term",
    "restoratively",
    "signs",
    "restorative",
)


def test_the_words_every_reading_is_asked_for_are_declared() -> None:
    declared = set(get_family().search_words.words)
    assert set(WORDS_ASKED_OF_EVERY_READING) <= declared


def test_no_word_every_reading_is_asked_for_is_searched_for_on_its_own(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    searched: list[str] = []
    search = readers._occurrences

    def recording(text: str, word: str) -> tuple[int, ...]:
        searched.append(word)
        return search(text, word)

    monkeypatch.setattr(readers, "_occurrences", recording)
    analyze(read_source(CHAPTER.encode("utf-8"), "leaving-care.txt"), get_family())
    assert not set(searched) & set(WORDS_ASKED_OF_EVERY_READING)
