"""A table row that names its field in the first cell, "Updated" alone, stamps the page as
"Updated:" does (decision 0359): key-facts and control tables lay the label and its day out in
two cells ("Updated | 14 October 2025"). Each case is written for this test in our own words,
with near misses that must not be read so."""

import pytest

from tests.reading import facts_of

TITLE = "Children's Services Policies, Values and Principles\n\n"


def _chapter(rows: str) -> str:
    return TITLE + f"Quick facts\n\n{rows}\n\nOur values\n\nWe listen to children.\n"


@pytest.mark.parametrize(
    ("rows", "day"),
    [
        ("Updated | 2 September 2025", "2025-09-02"),
        ("Owner | Head of Fostering\nUpdated | 27 January 2026", "2026-01-27"),
        (
            "Chapter owner | Service Manager\nUpdated | 11/05/2025\nApplies to | All staff",
            "2025-05-11",
        ),
    ],
)
def test_an_updated_cell_beside_a_day_stamps_the_page(rows: str, day: str) -> None:
    facts = facts_of(_chapter(rows))
    assert facts["last_updated"].value == day
    assert facts["amendment_date"].value is None


def test_an_updated_cell_beside_a_month_dates_the_amendment_not_the_page() -> None:
    facts = facts_of(_chapter("Updated | March 2026"))
    assert facts["last_updated"].value is None
    assert facts["amendment_date"].value == "2026-03"


@pytest.mark.parametrize(
    "rows",
    [
        "Permanence plans | Updated within 14 days of each review on 3 June 2025",
        "Next review | 14 October 2027 | Updated yearly",
    ],
)
def test_updated_inside_a_cell_of_words_stamps_nothing(rows: str) -> None:
    assert facts_of(_chapter(rows))["last_updated"].value is None
