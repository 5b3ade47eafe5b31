"""A one-row document-control table whose header names the approval ("| Issue | Lead officer |
Approval date | Review due |" over the values): blind set 304 showed the reader taking the
column's date for no date at all, so a chapter dated only by its sign-off had no amendment date
(decision 0441). The header labels the cell below it as a "Date approved | …" row labels the cell
beside it.

Each case is written for this test in our own words; each negative case is a wording a careless
reader would take for the fact.
"""

import pytest

from tests.families.fact_helpers import fact_text


def _chapter(header: str, values: str, after: str = "") -> str:
    return (
        "# Principles for Children's Services\n\n"
        "## Document details\n\n"
        f"| {header} |\n|---|---|---|---|\n| {values} |\n\n"
        "## Our values\n\nWe tell families the truth and we turn up when we say we will.\n" + after
    )


@pytest.mark.parametrize("label", ["Date approved", "Approval date", "Approved on"])
def test_a_column_headed_as_the_approval_dates_the_chapter(label: str) -> None:
    text = _chapter(
        f"Issue | Lead officer | {label} | Review due",
        "7 | Principal Social Worker | 04/03/2025 | 04/03/2026",
    )
    assert fact_text(text, "amendment_date") == "2025-03-04"


def test_the_review_column_beside_it_is_not_read_as_the_approval() -> None:
    text = _chapter(
        "Issue | Lead officer | Review due | Date approved",
        "7 | Principal Social Worker | 30 June 2027 | 30 June 2025",
    )
    assert fact_text(text, "amendment_date") == "2025-06-30"


def test_an_amendment_stated_in_the_chapter_outranks_the_approval_column() -> None:
    text = _chapter(
        "Issue | Lead officer | Date approved | Review due",
        "7 | Principal Social Worker | 20 May 2025 | May 2027",
        "\nThis chapter was amended in February 2025 to add the local offer.\n",
    )
    assert fact_text(text, "amendment_date") == "2025-02"


def test_a_column_of_review_dates_alone_dates_no_approval() -> None:
    text = _chapter(
        "Issue | Lead officer | Owner's team | Date of next review",
        "7 | Principal Social Worker | Quality Assurance | 4 March 2027",
    )
    assert fact_text(text, "amendment_date") is None
