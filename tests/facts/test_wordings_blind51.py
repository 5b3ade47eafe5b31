"""Dates in wordings blind set 51 showed the reader missing (decision 0100).

Each case is written for this test in our own words, not copied from the set's documents; the
negative cases are shapes a careless reader would take for a date.
"""

from app.facts import find_dates


def _dates(text: str) -> list[tuple[str, str]]:
    return [
        (found.date.isoformat(), text[found.span.start : found.span.end])
        for found in find_dates(text)
    ]


def test_a_month_and_two_digit_year_alone_in_brackets_is_that_month():
    assert _dates("v2.4 (Oct 24) - contacts corrected") == [("2024-10", "Oct 24")]
    assert _dates("Issue 6 (March 25)") == [("2025-03", "March 25")]


def test_a_month_and_two_digits_outside_brackets_are_no_date():
    assert _dates("Panels meet on March 25 each year.") == []
    assert _dates("(see March 25 and 26 above)") == []


def test_a_bracketed_word_and_two_digits_that_name_no_month_are_no_date():
    assert _dates("Rooms (Block 25) are booked.") == []


def test_a_days_name_before_its_date_is_part_of_the_date():
    assert _dates("Reviewed on Friday, 7 March 2025.") == [("2025-03-07", "Friday, 7 March 2025")]
    assert _dates("Page updated: Mon 3 Feb 2025") == [("2025-02-03", "Mon 3 Feb 2025")]


def test_a_word_before_a_date_that_names_no_day_stays_outside_it():
    assert _dates("Updated on Monday and again 7 March 2025.") == [("2025-03-07", "7 March 2025")]
    assert _dates("Published March 2025") == [("2025-03", "March 2025")]
