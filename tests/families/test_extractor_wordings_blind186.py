"""Wordings blind set 186 showed the reader missing (decision 0294): a model named in the value
cell of a row labelled "Practice model", and an amendment labelled "Chapter last amended".

Each case is written for this test in our own words, not copied from the set's documents; the
negative cases are wordings a careless reader would take for the fact.
"""

import pytest

from tests.families.fact_helpers import fact_value


def _with_rows(rows: str) -> str:
    return (
        "# Fostering Service Policy\n\n"
        "## Summary\n\n"
        f"{rows}\n\n"
        "## Values\n\n"
        "We listen to children first and we treat carers as partners.\n"
    )


@pytest.mark.parametrize(
    ("rows", "name"),
    [
        ("| Item | Detail |\n|---|---|\n| Practice model | Open Harbour |", "Open Harbour"),
        ("| Our practice model | Kindling |\n|---|---|\n| Review | Yearly |", "Kindling"),
        ("| | |\n|---|---|\n| **Model of practice** | **Tideline** |", "Tideline"),
        (
            "| Field | Value |\n|---|---|\n| Operating model | Northstar Families |",
            "Northstar Families",
        ),
    ],
)
def test_a_row_labelled_as_the_model_names_it_in_its_value_cell(rows: str, name: str) -> None:
    assert fact_value(_with_rows(rows), "named_models", "chapter.md") == [name]


@pytest.mark.parametrize(
    "rows",
    [
        "| Item | Detail |\n|---|---|\n| Practice model | None |",
        "| Item | Detail |\n|---|---|\n| Practice model | TBC |",
        "| Item | Detail |\n|---|---|\n| Practice model | Under review until 2026 |",
        "| Item | Detail |\n|---|---|\n| Practice model | We are choosing one this year |",
        "| Item | Detail |\n|---|---|\n| Practice lead | Harriet Osei |",
        "| Item | Detail |\n|---|---|\n| Model | Ford Transit |",
    ],
)
def test_a_placeholder_a_sentence_or_another_label_names_no_model(rows: str) -> None:
    assert fact_value(_with_rows(rows), "named_models", "chapter.md") == []


def _amendment(rows: str) -> object:
    return fact_value(_with_rows(rows), "amendment_date", "chapter.md")


@pytest.mark.parametrize(
    ("rows", "month"),
    [
        ("| Item | Detail |\n|---|---|\n| Chapter last amended | February 2026 |", "2026-02"),
        ("| Item | Detail |\n|---|---|\n| Policy last revised | October 2024 |", "2024-10"),
        ("| Item | Detail |\n|---|---|\n| Document most recently amended | May 2025 |", "2025-05"),
    ],
)
def test_a_row_saying_when_the_chapter_was_last_amended_dates_it(rows: str, month: str) -> None:
    assert _amendment(rows) == month


def test_a_document_last_updated_row_is_no_amendment() -> None:
    rows = "| Item | Detail |\n|---|---|\n| Document last updated | 4 March 2025 |"
    assert _amendment(rows) is None
