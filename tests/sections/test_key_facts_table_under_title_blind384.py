"""A key facts table right under the title (and the council's line), with no heading of its own,
whose rows are a label of a few words beside a value however long ("Help after leaving care |
A personal adviser to 21, and to 25 for anyone at college or university"), and one of whose
labels names the chapter's amendment ("Date last revised | 14 January 2026"), is the chapter's
amendment note: an un-headed scope section from its first row, whichever row holds the date,
the council's line staying with the title (decisions 0085, 0347, 0374; 0302 reads the same rows
under a "Key facts" heading). Without a row naming the amendment it is no note, and a table of
two such rows is no key facts table.

Each page is written for this test in our own words about invented councils.
"""

from __future__ import annotations

from app.sections.assemble import _table_fields
from tests.sections.helpers import assert_tiles, outline_of

FACT_ROWS = [
    "Responsible officer | Head of Children's Social Care",
    "Date last revised | 14 January 2026",
    "Issue | 3",
    "Settled home for each child | Agreed no later than the third month after the child came "
    "into our care",
    "Help after leaving care | A personal adviser to 21, and to 25 for anyone at college or "
    "university",
]


def _page(rows: list[str]) -> str:
    return (
        "# Values and Principles for Children's Social Care\n\n"
        "Marrowby Vale Borough Council\n\n" + "\n".join(rows) + "\n\n"
        "## Introduction\n\n"
        "This policy sets out the framework within which Marrowby Vale's social workers act for "
        "the children the borough looks after. It rests on the Children Act 1989 and the "
        "Children and Social Work Act 2017.\n\n"
        "## Our corporate parenting\n\n"
        "Every councillor and officer of Marrowby Vale is a corporate parent and follows the "
        "seven corporate parenting principles.\n"
    )


def test_a_key_facts_table_naming_the_amendment_is_the_scope_note() -> None:
    outline = outline_of(_page(FACT_ROWS), "markdown")
    sections = outline.sections
    assert sections[0].kind == "title"
    assert "Marrowby Vale Borough Council" in sections[0].text
    assert sections[1].kind == "scope"
    assert sections[1].heading is None
    assert sections[1].text.startswith("Responsible officer |")
    assert all(row in sections[1].text for row in FACT_ROWS)
    assert sections[2].heading == "Introduction"
    assert_tiles(outline)


def test_the_rows_read_as_fields_however_long_the_value() -> None:
    fields = _table_fields(FACT_ROWS)
    assert fields is not None
    assert fields[1] == "Date last revised: 14 January 2026"
    assert fields[4].startswith("Help after leaving care: A personal adviser to 21")


def test_two_long_rows_or_three_cells_are_no_key_facts_table() -> None:
    assert _table_fields(FACT_ROWS[3:]) is None
    assert (
        _table_fields(
            [
                "2.0 | 14 January 2026 | Permanence timescale shortened to three months",
                "1.4 | 2 June 2024 | The list of Acts brought up to date after the 2023 review",
                "1.0 | 9 May 2022 | First issue of the chapter for all staff",
            ]
        )
        is None
    )
