"""A version's number standing before a month is no day of it (decision 0233).

A history copied out of a web page parts its cells by a tab, not a bar, so a row reads
"2.1<TAB>March 2025<TAB>…": the "1" closing the version is not the first of March.
"""

from app.facts import PartialDate, find_dates


def test_a_version_number_before_its_month_gives_no_day():
    text = "2.1\tMay 2024\tContacts brought up to date"
    assert [found.date for found in find_dates(text)] == [PartialDate(2024, 5)]


def test_a_version_ending_in_nought_does_not_lose_its_month():
    text = "3.0    November 2023    Rewritten for the new teams"
    assert [found.date for found in find_dates(text)] == [PartialDate(2023, 11)]


def test_a_day_after_a_sentence_stop_and_a_space_is_still_a_day():
    text = "We met in 2023. 4 July 2024 was when the chapter changed."
    assert [found.date for found in find_dates(text)][-1] == PartialDate(2024, 7, 4)


def test_a_day_on_its_own_before_its_month_is_still_a_day():
    assert [found.date for found in find_dates("Issued 2 June 2025")] == [PartialDate(2025, 6, 2)]


def test_a_lettered_version_before_its_month_gives_no_day():
    assert [found.date for found in find_dates("v3\tJune 2022\tNew")] == [PartialDate(2022, 6)]
