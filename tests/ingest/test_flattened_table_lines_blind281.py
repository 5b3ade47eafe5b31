"""A table that an export wrote one cell a line, with no blank line between cells (blind281)."""

from __future__ import annotations

import pytest

from app.ingest.flattened_tables import redraw_flattened_tables


def test_cells_one_a_line_are_drawn_as_rows_between_blank_lines() -> None:
    text = (
        "3 Regulations\n"
        "The service works under these instruments.\n"
        "Instrument\n"
        "Date\n"
        "Care Standards Act\n"
        "2000\n"
        "Fostering Services (England) Regulations\n"
        "2011\n"
        "Children and Young Persons Act\n"
        "2008\n"
        "Each is described in the appendix.\n\n"
        "4 Next heading\n"
    )
    assert redraw_flattened_tables(text) == (
        "3 Regulations\n"
        "The service works under these instruments.\n\n"
        "| Instrument | Date |\n"
        "| Care Standards Act | 2000 |\n"
        "| Fostering Services (England) Regulations | 2011 |\n"
        "| Children and Young Persons Act | 2008 |\n\n"
        "Each is described in the appendix.\n\n"
        "4 Next heading\n"
    )


def test_labels_over_lines_are_a_header_only_when_the_second_names_years() -> None:
    text = "Legislation\nKey instruments\nCare Act\n2014\nHousing Act\n1996\nEquality Act\n2010"
    assert redraw_flattened_tables(text) == (
        "Legislation\nKey instruments\n\n"
        "| Care Act | 2014 |\n| Housing Act | 1996 |\n| Equality Act | 2010 |"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Reviewed in\n2019\nand again in\n2021\nthen in\n2024\nby the panel.",  # prose, no names
        "Care Act\n2014\nHousing Act\n1996\nThe list ends here.\nMore text follows.",  # two pairs
    ],
)
def test_name_and_year_lines_that_are_no_table_stay(text: str) -> None:
    assert redraw_flattened_tables(text) == text
