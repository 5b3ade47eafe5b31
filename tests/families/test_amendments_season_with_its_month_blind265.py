"""Blind round 265 (decision 0395): a season and its year with the month alone in brackets after
it ("At the spring 2025 review (April), …") dates the change to that month; a season alone is
still its year (decision 0081), and a season to come is still no amendment. Each case is written
for this test in our own words, with near misses that must not be read so."""

import pytest

from tests.families.fact_helpers import fact_value

TITLE = "Children's Services Policies, Values and Principles\n\n"


def _amendment_date(line: str) -> object:
    text = TITLE + f"About this chapter\n\n{line}\n\nOur values\n\nWe put children first.\n"
    return fact_value(text, "amendment_date")


@pytest.mark.parametrize(
    ("line", "month"),
    [
        ("At the autumn 2024 review (November), section 3.1 was rewritten.", "2024-11"),
        ("Following the winter 2025 update (Feb), paragraph 2.4 now names the model.", "2025-02"),
        ("This chapter was refreshed in summer 2025 (July) to add the local offer.", "2025-07"),
        ("In the spring of 2026 (March) we amended the section on permanence.", "2026-03"),
    ],
)
def test_a_season_with_its_month_in_brackets_dates_the_month(line: str, month: str) -> None:
    assert _amendment_date(line) == month


@pytest.mark.parametrize(
    ("line", "year"),
    [
        ("At the autumn 2024 review, section 3.1 was rewritten.", "2024"),
        ("This chapter was refreshed in summer 2025 (see the note below).", "2025"),
    ],
)
def test_a_season_without_a_month_alone_in_brackets_is_its_year(line: str, year: str) -> None:
    assert _amendment_date(line) == year


@pytest.mark.parametrize(
    "line",
    [
        "The next review is due in spring 2027 (May).",
        "Next review due: autumn 2026 (October).",
    ],
)
def test_a_season_to_come_dates_nothing_even_with_its_month(line: str) -> None:
    assert _amendment_date(line) is None
