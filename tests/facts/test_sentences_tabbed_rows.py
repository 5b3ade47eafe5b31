"""Rows of a table whose cells a tab parts are sentences a line each (decision 0233).

A browser copies a table as lines of tab-parted cells and runs its last row straight into the
heading after it; a long row is no hard-wrapped line of prose.
"""

from app.facts.readers import sentence_spans


def _sentences(text: str) -> list[str]:
    return [text[span.start : span.end] for span in sentence_spans(text)]


def test_long_rows_parted_by_tabs_stand_alone() -> None:
    text = (
        "v1    May 2021    First issue of this policy for every carer and member of staff\n"
        "v2    June 2023    Allowances section rewritten with the carers who receive them\n"
        "Our aims"
    )
    assert _sentences(text) == text.split("\n")


def test_a_wrapped_bullet_with_a_wide_gap_after_its_dash_still_runs_on() -> None:
    text = (
        "-   This policy was revised throughout in November 2024 after we listened to\n"
        "    our foster carers and to the young people living with them."
    )
    assert len(_sentences(text)) == 1


def test_a_long_line_without_cells_still_runs_on_into_the_next() -> None:
    text = (
        "Carers receive an allowance for each child and a fee for their skills, paid\n"
        "every fortnight into their bank account."
    )
    assert len(_sentences(text)) == 1
