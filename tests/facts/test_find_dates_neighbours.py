"""Dates written next to each other are read apart (page openings stack them line on line)."""

import itertools

from hypothesis import given
from hypothesis import strategies as st

from app.facts import PartialDate, find_dates

MONTHS = ["January", "March", "June", "October", "December"]


def test_a_year_ending_one_line_is_not_the_day_of_the_next():
    text = "Last updated 10 October 2024\n\nOctober 2024: Section 2 was revised."
    assert [found.date for found in find_dates(text)] == [
        PartialDate(2024, 10, 10),
        PartialDate(2024, 10),
    ]


def test_a_day_on_the_line_above_its_month_is_not_its_day():
    assert [found.date for found in find_dates("Page 3\nJune 2024")] == [PartialDate(2024, 6)]


@given(
    st.lists(
        st.tuples(st.integers(1, 28), st.sampled_from(MONTHS), st.integers(1990, 2030)),
        min_size=1,
        max_size=5,
    ),
    st.sampled_from(["\n", "\n\n", " ", "; "]),
)
def test_dates_written_one_after_another_are_each_read_once_and_never_overlap(dates, separator):
    text = separator.join(f"{day} {month} {year}" for day, month, year in dates)
    found = find_dates(text)
    assert [(f.date.day, f.date.year) for f in found] == [(day, year) for day, _m, year in dates]
    assert all(a.span.end <= b.span.start for a, b in itertools.pairwise(found))
