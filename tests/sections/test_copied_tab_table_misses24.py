"""A table copied from a browser as text, each tab turned into the same run of spaces so its
columns no longer line up (decision 0206): its lines are still rows, and the line under the last
row, over prose, is a heading.

Each case is written for this test in our own words.
"""

from app.sections.blocks_text import scan_text_blocks
from app.sections.spaced_table import table_rows
from app.text import LineIndex
from tests.sections.helpers import assert_tiles, kinds_and_starts, outline_of

TABLE = (
    "Children's Services Policies, Values and Principles\n"
    "Amendments\n"
    "Date    Change\n"
    "March 2022    First published\n"
    "May 2024    Contacts updated\n"
    "September 2025    Care leavers part rewritten\n"
)


def rows_of(text: str) -> list[str]:
    blocks = scan_text_blocks(text, LineIndex(text).line_starts())
    return [
        text[block.content_start : block.content_end]
        for block, row in zip(blocks, table_rows(text, blocks), strict=True)
        if row
    ]


def test_rows_parted_by_equal_runs_of_spaces_are_a_table() -> None:
    assert rows_of(TABLE) == [
        "Date    Change",
        "March 2022    First published",
        "May 2024    Contacts updated",
        "September 2025    Care leavers part rewritten",
    ]


def test_a_typists_double_spaces_make_no_table() -> None:
    text = "Our aims\nWe listen  to children.\nWe act  on what they say.\n"
    assert rows_of(text) == []


def test_runs_of_different_lengths_make_no_table() -> None:
    text = "Changes\nDate   Change\nMarch 2022      First published\n"
    assert rows_of(text) == []


def test_the_line_under_a_copied_table_over_prose_is_a_heading() -> None:
    text = (
        TABLE + "Introduction\n"
        "We work with children and families within the law and the guidance that goes with it, "
        "and this chapter explains how.\n"
    )
    outline = outline_of(text)
    assert_tiles(outline)
    assert [kind for kind, _ in kinds_and_starts(outline)] == ["title", "scope", "introduction"]
    assert outline.sections[2].heading == "Introduction"
