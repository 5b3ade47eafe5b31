"""Facts held in tables (blind round 395, decision 0583): a version history whose columns run in
an unusual order ("What changed | Date | Version"), a history table whose rows open with their
version, newest or oldest first, a control table's "Release" row, and a model "of our own, which
we call" by name.

Each case is written for this test in our own words; each negative case is a wording a careless
reader would take for the fact.
"""

from __future__ import annotations

import pytest

from tests.families.fact_helpers import fact_text, fact_value


def _with_table(heading: str, table: str) -> str:
    return (
        "# Policies, Values and Principles\n\n"
        "## Our values\n\nWe are plain with families and we keep our word.\n\n"
        f"## {heading}\n\n{table}\n"
    )


def test_a_date_column_beside_a_version_column_dates_the_chapter() -> None:
    text = _with_table(
        "Control sheet",
        "| What changed | Date | Version |\n|---|---|---|\n"
        "| First put out. | 4 April 2021 | 1.0 |\n"
        "| Contacts corrected. | 18 May 2023 | 1.1 |\n"
        "| Leaving care offer widened. | 2 March 2026 | 2.0 |",
    )
    assert fact_text(text, "amendment_date", "chapter.md") == "2026-03-02"
    assert fact_value(text, "version_label", "chapter.md") == "2.0"


def test_a_date_column_with_no_version_column_dates_nothing() -> None:
    text = _with_table(
        "Meetings",
        "| Meeting | Date | Chair |\n|---|---|---|\n"
        "| Panel | 9 June 2025 | Cllr Hart |\n| Board | 3 July 2025 | Cllr Rowe |",
    )
    assert fact_text(text, "amendment_date", "chapter.md") is None


@pytest.mark.parametrize("newest_first", [True, False])
def test_history_rows_opening_with_their_version_give_the_latest_dated(newest_first: bool) -> None:
    rows = [
        "v9 | Principles table redrawn. | August 2025",
        "v8 | Law list checked. | February 2024",
        "v7 | First in this form. | October 2022",
    ]
    body = "\n".join(rows if newest_first else rows[::-1])
    text = (
        "Policies, Values and Principles\n\nChanges\n\n"
        f"Version | Summary | Issued\n{body}\n\n"
        "Our values\n\nWe are plain with families and we keep our word.\n"
    )
    assert fact_value(text, "version_label") == "v9"


def test_a_release_row_gives_the_version() -> None:
    text = _with_table(
        "Key facts",
        "| Topic | Detail |\n|---|---|\n| Owner | Head of Service |\n| Release | 5.2 |",
    )
    assert fact_value(text, "version_label", "chapter.md") == "5.2"


def test_a_model_of_our_own_which_we_call_by_name() -> None:
    text = (
        "Our practice model\n\n"
        "Brindlecombe works to a model of our own, which we call Seedwell. It starts from what "
        "a family already does well.\n"
    )
    assert fact_value(text, "named_models") == ["Seedwell"]


def test_a_stated_month_keeps_its_month_beside_the_history_rows_day() -> None:
    text = (
        "# Policies, Values and Principles\n\n"
        "This chapter was amended in May 2025 to add the local offer.\n\n"
        "## Record\n\n| Change | Date | Version |\n|---|---|---|\n"
        "| Local offer added. | 14 May 2025 | 3 |\n"
    )
    assert fact_text(text, "amendment_date", "chapter.md") == "2025-05"
