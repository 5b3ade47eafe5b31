"""Wordings from blind round 334 (decision 0488), each in our own words: a chapter that calls
itself the edition of a month dates its amendment by that month, and a name set before "the
council's own practice model" is a named model."""

from __future__ import annotations

import pytest

from tests.reading import facts_of

_BODY = (
    "Short Breaks Policy\n\nThis chapter explains how families of disabled children ask for a "
    "short break and how we decide.\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "month"),
    [
        ("This is the June 2025 version of the policy.", "2025-06"),
        ("What follows is the October 2024 wording of this chapter, which is shorter.", "2024-10"),
        ("The text below is the March 2026 edition of the chapter.", "2026-03"),
    ],
)
def test_the_chapter_naming_itself_the_edition_of_a_month(sentence: str, month: str) -> None:
    facts = facts_of(_BODY + sentence + "\n")
    assert facts["amendment_date"].value == month


def test_another_documents_edition_of_a_month_is_no_amendment() -> None:
    facts = facts_of(
        _BODY + "Working Together is the December 2023 version of the guidance we follow.\n"
    )
    assert facts["amendment_date"].value is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Our family workers practise Lanternlight, the county's own practice model.",
        "Staff use Lanternlight, the council's practice model, in every assessment.",
    ],
)
def test_a_name_before_the_councils_own_practice_model(sentence: str) -> None:
    facts = facts_of(_BODY + sentence + "\n")
    assert facts["named_models"].value == ["Lanternlight"]
