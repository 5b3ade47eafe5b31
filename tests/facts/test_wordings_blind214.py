"""`find_dates` on the numeric month-and-year written with a dot, met in blind round 214
(decision 0334): "03.2025" in a control table's "Revised" row.

Each case is written for this test in our own words; each negative case is a number a careless
reader would take for a date.
"""

import pytest

from app.facts.readers import find_dates


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("| Date of change | 11.2024 |", (2024, 11)),
        ("Last revised 07.2025 by the policy team", (2025, 7)),
        ("Amended: 01.2026", (2026, 1)),
    ],
)
def test_a_dotted_month_and_year(text: str, month: tuple[int, int]) -> None:
    dates = find_dates(text)
    assert [(found.date.year, found.date.month, found.date.day) for found in dates] == [
        (*month, None)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "See paragraph 4.2025 of the old manual",  # one digit: a paragraph's number
        "Version 3.2025 of the form",
        "v12.2024 build",  # a letter before the digits
        "Figure 13.2025 shows the trend",  # no thirteenth month
    ],
)
def test_numbers_that_are_no_dotted_month(text: str) -> None:
    assert find_dates(text) == []


def test_a_dotted_day_first_date_keeps_its_day() -> None:
    dates = find_dates("Amended 14.03.2025")
    assert [(found.date.month, found.date.day) for found in dates] == [(3, 14)]
