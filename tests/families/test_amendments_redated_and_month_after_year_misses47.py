"""Known-misses round forty-seven (decision 0315): two amendment wordings the family did not
know. A review line whose clause says the text was given a new date ("…; re-dated March 2025"),
and a year with its month in brackets after it ("Updated for 2025 (June): …"). Each case is
written for this test in our own words, with near misses that must not be read so."""

import pytest

from app.facts import find_dates
from tests.families.fact_helpers import fact_value

TITLE = "Children's Services Policies, Values and Principles\n\n"


def _amendment_date(line: str) -> object:
    text = TITLE + f"About this chapter\n\n{line}\n\nOur values\n\nWe put children first.\n"
    return fact_value(text, "amendment_date")


@pytest.mark.parametrize(
    ("line", "month"),
    [
        ("Checked in full, nothing of substance altered; redated June 2024.", "2024-06"),
        ("Looked over by the policy team and re-dated to October 2025.", "2025-10"),
        ("This chapter was re-dated November 2023 after a light review.", "2023-11"),
        ("Re-dated February 2026: links checked only.", "2026-02"),
    ],
)
def test_a_re_dated_clause_dates_the_chapter(line: str, month: str) -> None:
    assert _amendment_date(line) == month


@pytest.mark.parametrize(
    "line",
    [
        "The foster carers' forum was re-dated to May 2025 because of the elections.",
        "Updated to add links; the panel meeting was redated April 2025.",
    ],
)
def test_something_else_re_dated_dates_nothing(line: str) -> None:
    assert _amendment_date(line) is None


@pytest.mark.parametrize(
    ("line", "month"),
    [
        ("Updated for 2025 (June): the leaving care paragraph is shorter.", "2025-06"),
        ("Revised in 2024 (Sept) to add the kinship offer.", "2024-09"),
        ("Reviewed for 2026 (March).", "2026-03"),
    ],
)
def test_a_month_in_brackets_after_its_year_dates_the_amendment(line: str, month: str) -> None:
    assert _amendment_date(line) == month


@pytest.mark.parametrize(
    "line",
    [
        "Working Together 2023 (December) sets the duties of partners.",
        "Planned for 2026 (May): a second family hub in the north of the county.",
    ],
)
def test_a_bracketed_month_after_a_title_or_a_plan_dates_no_amendment(line: str) -> None:
    assert _amendment_date(line) is None


def test_a_bracket_holding_more_than_a_month_is_no_date() -> None:
    assert find_dates("Our 2025 (May update) plan") == []
    assert [found.date.isoformat() for found in find_dates("Issued 2025 (May).")] == ["2025-05"]
