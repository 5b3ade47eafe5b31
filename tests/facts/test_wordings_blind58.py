"""Dates in wordings blind set 58 showed the reader missing (decision 0112).

Each case is written for this test in our own words, not copied from the set's documents; the
negative cases are shapes a careless reader would take for a date.
"""

from app.facts import find_dates


def _dates(text: str) -> list[tuple[str, str]]:
    return [
        (found.date.isoformat(), text[found.span.start : found.span.end])
        for found in find_dates(text)
    ]


def test_a_month_of_its_year_is_that_month():
    assert _dates("It was revised in November of 2024.") == [("2024-11", "November of 2024")]
    assert _dates("We met in Feb. of 2023 to agree it.") == [("2023-02", "Feb. of 2023")]


def test_a_title_or_a_part_of_a_year_before_of_is_no_month():
    assert _dates("It rests on the Adoption and Children Act of 2002.") == []
    assert _dates("The allowances will rise by the end of 2026.") == []
