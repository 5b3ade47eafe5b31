"""Wordings from blind round 338 (decision 0498), in our own words: in the scope, an "It" that
opens a paragraph stands for the chapter, so an "It" later in that paragraph, with every
sentence between still speaking of "it", dates the chapter when it says it was changed."""

from __future__ import annotations

import pytest

from tests.reading import facts_of

_SCOPE = (
    "Short Breaks for Disabled Children\n\nScope\n\n"
    "This procedure describes how families of disabled children can ask for a short break.\n\n"
)
_NEXT = "\n\nValues\n\nWe listen to children and their families before deciding anything.\n"


@pytest.mark.parametrize(
    ("paragraph", "month"),
    [
        (
            "It is meant for social workers, family support staff and panel members. "
            "It was last revised in May 2025, when the eligibility part was shortened.",
            "2025-05",
        ),
        (
            "It binds every team that arranges a break, and it is read by new staff in their "
            "first week. It was updated in November 2024.",
            "2024-11",
        ),
    ],
)
def test_an_it_carried_on_from_the_opening_of_its_paragraph(paragraph: str, month: str) -> None:
    facts = facts_of(_SCOPE + paragraph + _NEXT)
    assert facts["amendment_date"].value == month


@pytest.mark.parametrize(
    "paragraph",
    [
        "The county's fostering panel keeps its own plan. It covers every agency. "
        "It was revised in May 2025.",
        "It is meant for social workers and panel members. The fostering panel keeps a plan. "
        "It was revised in May 2025.",
        "Our short breaks offer is wide and flexible.\n\nIt lists every kind of break. "
        "It was refreshed in May 2025.",
    ],
)
def test_an_it_that_stands_for_something_else_dates_nothing(paragraph: str) -> None:
    facts = facts_of(_SCOPE + paragraph + _NEXT)
    assert facts["amendment_date"].value is None
