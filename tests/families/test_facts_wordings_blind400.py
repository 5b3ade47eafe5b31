"""Blind round 400 (decision 0590): facts stated in prose as a council's editor writes them.

Three wordings the reader missed on first reading: a month added after its year as a phrase of
its own ("revised in 2024, in March"), a year a colon closes with its months named after it
("in 2024: … in February, and … in July"), and short names of Acts by their years ("the 1989
Act, the 2004 Act and the 2014 Act") read as one more title ("Act and the 2014"). An un-headed
paragraph's Acts split across sentences stay prose (decisions 0036, 0172, 0195). Each case is
written for this test in our own words, with near misses that must not be read so."""

import pytest

from app.facts import find_dates
from tests.families.fact_helpers import fact_count, fact_text

TITLE = "Children's Services Policies, Values and Principles\n\n"


def _amendment_date(line: str) -> str | None:
    text = TITLE + f"About this chapter\n\n{line}\n\nOur values\n\nWe put children first.\n"
    return fact_text(text, "amendment_date")


@pytest.mark.parametrize(
    ("line", "month"),
    [
        ("This chapter was revised in 2024, in March, to add the kinship offer.", "2024-03"),
        ("The text was last amended in 2023, in Oct, after the inspection.", "2023-10"),
        ("This procedure was updated in 2026, in January, and again checked later.", "2026-01"),
    ],
)
def test_a_month_added_after_its_year_dates_the_amendment(line: str, month: str) -> None:
    assert _amendment_date(line) == month


@pytest.mark.parametrize(
    ("line", "month"),
    [
        (
            "Three changes were made to this chapter in 2024: the values were shortened in"
            " February, the law section was checked in May, and the leaving care part was"
            " rewritten in July.",
            "2024-07",
        ),
        (
            "Changes were made to this chapter in 2023: the list of Acts was updated in"
            " March and the paragraph on early help was redrafted in November.",
            "2023-11",
        ),
    ],
)
def test_the_months_of_a_year_said_once_date_the_amendment(line: str, month: str) -> None:
    assert _amendment_date(line) == month


def test_a_month_after_a_year_says_which_month() -> None:
    text = "This page was reworded in 2025, in June, by the policy team."
    assert [found.date.isoformat() for found in find_dates(text)] == ["2025-06"]


@pytest.mark.parametrize(
    "text",
    [
        "In 2024, in Leeds, the panel met for the first time.",
        "Under the Children Act 1989, in May the council reviewed its duties.",
        "The 2019 edition: in March we will add a new part.",
    ],
)
def test_a_year_with_no_month_of_its_own_names_none(text: str) -> None:
    assert [found for found in find_dates(text) if found.date.month is not None] == []


def test_a_year_and_its_months_stop_at_the_sentence_end() -> None:
    text = "Work began in 2024: the review was started in April. In June the board met again."
    assert [found.date.isoformat() for found in find_dates(text)] == ["2024-04"]


def test_short_names_by_year_in_brackets_after_the_acts_add_no_title() -> None:
    text = (
        TITLE + "The law\n\n"
        "We work under the Children Act 1989, the Children Act 2004 and the Children and"
        " Families Act 2014 (the 1989 Act, the 2004 Act and the 2014 Act).\n\n"
        "Our values\n\nWe put children first.\n"
    )
    assert fact_count(text, "legislation_count") == 3


def test_short_names_by_year_in_a_sentence_of_their_own_are_no_titles() -> None:
    text = (
        TITLE + "The law\n\n"
        "We work under the Children Act 1989, the Children Act 2004 and the Children and"
        " Families Act 2014. In what follows these are the 1989 Act, the 2004 Act and the"
        " 2014 Act.\n\nOur values\n\nWe put children first.\n"
    )
    assert fact_count(text, "legislation_count") == 3


def test_acts_split_across_an_unheaded_paragraphs_sentences_stay_prose() -> None:
    text = (
        "# " + TITLE + "This chapter sets out what the county believes and why.\n\n"
        "The county cares for children under Part 3 of the Children Act 1989. The Adoption"
        " and Children Act 2002 governs adoption, and the Children and Social Work Act 2017"
        " names the county a corporate parent. Below they are the 1989 Act, the 2002 Act and"
        " the 2017 Act.\n\nWe listen to children and act on what they tell us.\n"
    )
    assert fact_count(text, "legislation_count", "chapter.md") in (None, 0)


def test_a_month_with_its_own_year_after_a_year_and_colon_is_that_date() -> None:
    text = "Refreshed for 2024: in March 2024 we rewrote the values. In 2025: in June we met."
    found = [found.date.isoformat() for found in find_dates(text)]
    assert found == ["2024-03", "2025-06"]


def test_months_after_a_later_year_are_not_the_first_years() -> None:
    text = "Changes in 2023: the values in May, and in 2024 the law part in June."
    assert [found.date.isoformat() for found in find_dates(text)] == ["2023-05"]
