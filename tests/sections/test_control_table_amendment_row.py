"""A document-control table under the title ("Version | 4.2", "Date of last amendment | 12 August
2025", "Owner | …") is read row by row, each row a field of its own: the row that names the
chapter's amendment makes the table the scope's note (decision 0085) wherever it stands in the
table, not only in its first row; a table with no such row stays with the title (decision
0197)."""

import pytest

from app.sections.record_box import record_fields
from tests.sections.helpers import assert_tiles, outline_of

_BODY = (
    "\n\n## 1. Purpose of this chapter\n\n"
    "This chapter sets out what the council's children's services value and how they work.\n\n"
    "## 2. Corporate parenting\n\n"
    "The council is the corporate parent of its Looked After Children and has regard to the "
    "seven corporate parenting principles.\n"
)


def _outline(rows: str):
    return outline_of("# Fostering Values and Principles\n\n" + rows + _BODY, "markdown")


@pytest.mark.parametrize(
    "rows",
    [
        "Version | 4.2\nDate of last amendment | 12 August 2025\nOwner | Service Manager\n"
        "Next review | August 2026",
        "Date of last amendment | 12 August 2025\nVersion | 4.2\nOwner | Service Manager",
        "Version | 4.2\nLast amended | 12 August 2025\nOwner | Service Manager",
        "Version | 4.2\nAmended | August 2025\nOwner | Service Manager",
        "Owner | Service Manager\nDate of amendment | 12 August 2025",
    ],
)
def test_a_control_table_with_the_amendment_in_any_row_is_the_scope_note(rows):
    outline = _outline(rows)
    kinds = [section.kind for section in outline.sections]
    assert kinds == ["title", "scope", "scope", "corporate_parenting"]
    assert outline.sections[1].text.startswith(rows.splitlines()[0])
    assert outline.sections[1].decided_by == "cue"
    assert_tiles(outline)


def test_a_control_table_with_no_amendment_row_stays_with_the_title():
    outline = _outline("Version | 4.2\nOwner | Service Manager\nNext review | August 2026")
    assert [section.kind for section in outline.sections][:2] == ["title", "scope"]
    assert "Next review | August 2026" in outline.sections[0].text
    assert_tiles(outline)


def test_record_fields_read_rows_of_a_label_and_a_value_as_fields():
    assert record_fields(["Version | 4.2", "Date of last amendment | 12 August 2025"], 80) == [
        "Version: 4.2",
        "Date of last amendment: 12 August 2025",
    ]


def test_record_fields_want_two_rows_of_two_cells_that_are_no_sentences():
    assert record_fields(["Date of last amendment | 12 August 2025"], 80) is None
    assert record_fields(["v1 | April 2022 | First issue", "v2 | June 2024 | Acts"], 80) is None
    assert record_fields(["Owner | Service Manager", "Note | We rewrote the values."], 80) is None
    assert record_fields(["Owner | Service Manager", "Version: 4.2"], 80) is None


@pytest.mark.parametrize(
    "table",
    [
        "| Document control | |\n|---|---|\n| Date amended | 3 March 2025 |\n"
        "| Owner | Service Manager |\n| Version | 4 |",
        "| Date amended | 3 March 2025 |\n|---|---|\n| Owner | Service Manager |\n| Version | 4 |",
    ],
)
def test_a_markdown_tables_rows_stay_in_one_section(table):
    outline = outline_of(
        "# Fostering Values and Principles\n\n" + table + "\n\n## Introduction\n\n"
        "This policy sets out the framework for our fostering service.\n\n"
        "## Our values\n\nWe are honest with children.\n",
        "markdown",
    )
    assert [section.kind for section in outline.sections] == [
        "title",
        "scope",
        "introduction",
        "values",
    ]
    assert outline.sections[1].text.rstrip().endswith("| Version | 4 |")
    assert_tiles(outline)


def test_a_layout_tables_rows_without_outer_bars_still_open_sections():
    outline = outline_of(
        "# Fostering Values and Principles\n\n"
        "Scope | This chapter sets out the values of our fostering service and applies to all "
        "staff who work with foster carers.\n"
        "Corporate parenting | The council is the corporate parent of every child it looks "
        "after, and councillors and officers have regard to the seven corporate parenting "
        "principles in every decision they make for them.\n",
        "markdown",
    )
    assert [section.kind for section in outline.sections] == [
        "title",
        "scope",
        "corporate_parenting",
    ]
    assert_tiles(outline)
