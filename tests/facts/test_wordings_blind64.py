"""Dates in wordings blind set 64 showed the reader missing (decision 0118).

Each case is written for this test in our own words, not copied from the set's documents; the
negative cases are shapes a careless reader would take for a date.
"""

from app.facts import find_dates


def _dates(text: str) -> list[tuple[str, str]]:
    return [
        (found.date.isoformat(), text[found.span.start : found.span.end])
        for found in find_dates(text)
    ]


def test_an_iso_month_alone_is_that_month():
    assert _dates("Revised: 2024-11") == [("2024-11", "2024-11")]
    assert _dates("| 2023-06 | Contacts corrected |") == [("2023-06", "2023-06")]
    assert _dates("It was checked in 2025-01, then again.") == [("2025-01", "2025-01")]


def test_an_iso_day_is_still_read_whole():
    assert _dates("Last updated: 2024-11-05") == [("2024-11-05", "2024-11-05")]


def test_a_span_of_two_years_is_no_month():
    assert _dates("Our budget for the 2011-12 financial year was set in spring.") == []
    assert _dates("The 2024-25 offer for care leavers is on our website.") == []


def test_a_year_and_a_number_that_runs_on_is_no_month():
    assert _dates("See the report 2024-03-7b for details.") == []
    assert _dates("Reference 2019-04/2 is closed.") == []
