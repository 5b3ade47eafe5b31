"""An outline-numbered heading over its first sub-heading is no table (blind281)."""

from __future__ import annotations

import pytest

from app.sections.blocks_text import scan_text_blocks
from app.sections.spaced_table import table_rows
from app.text import LineIndex


def rows_of(text: str) -> list[str]:
    blocks = scan_text_blocks(text, LineIndex(text).line_starts())
    found = table_rows(text, blocks)
    return [
        text[block.content_start : block.content_end]
        for block, row in zip(blocks, found, strict=True)
        if row
    ]


@pytest.mark.parametrize(
    "lines",
    [
        "4\tHow we review plans\n4.1\tThe first review\n",
        "3.\tFostering panels\n3.1\tWho sits on a panel\n",
        "2.4    Complaints\n2.4.1    Making a complaint\n",
    ],
)
def test_a_numbered_heading_over_its_first_sub_heading_is_no_table(lines: str) -> None:
    text = "Some text before.\n\n" + lines + "The panel meets monthly.\n"
    assert rows_of(text) == []


@pytest.mark.parametrize(
    "lines",
    [
        "1.0\tMarch 2024\n1.1\tJune 2025\n",  # a version table's rows, not one part under another
        "4\tHow we review\tMonthly\n4.1\tThe first review\tWeekly\n",  # cells after the words
        "4\tHow we review plans\n5\tWho we tell\n",  # next peers, left as before
    ],
)
def test_rows_that_are_no_heading_over_its_sub_heading_stay_a_table(lines: str) -> None:
    text = "Some text before.\n\n" + lines + "The panel meets monthly.\n"
    assert len(rows_of(text)) == 2
