"""Tables set out in a text by spaces or pipes (decision 0111): which blocks are their rows."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from app.sections.blocks_markdown import scan_markdown_blocks
from app.sections.blocks_text import scan_text_blocks
from app.sections.raw import RawBlock
from app.sections.spaced_table import (
    _GAP,
    _PIPE_ROW,
    TAB_WIDTH,
    _gap_columns,
    _pipe_row,
    table_rows,
)
from app.text import LineIndex


def rows_of(text: str, syntax: str = "plain") -> list[str]:
    """The words of every block the detector counts as a table or a row of one."""
    lines = LineIndex(text)
    if syntax == "markdown":
        blocks = scan_markdown_blocks(text, lines)
    else:
        blocks = scan_text_blocks(text, lines.line_starts())
    found = table_rows(text, blocks)
    return [
        text[block.content_start : block.content_end]
        for block, row in zip(blocks, found, strict=True)
        if row
    ]


SPACED = """Things to bring

Item                 Who brings it     When
Birth certificate    The parent        First visit
Care plan            Social worker     Every review
"""


def test_rows_whose_gaps_line_up_are_a_table():
    assert rows_of(SPACED) == [
        "Item                 Who brings it     When",
        "Birth certificate    The parent        First visit",
        "Care plan            Social worker     Every review",
    ]


def test_a_row_one_column_out_of_line_still_belongs_to_its_table():
    text = "Ferries\n\nRoute          Sailings\nNorth Quay      Hourly\nSouth Pier    Twice a day\n"
    assert len(rows_of(text)) == 3


def test_rows_divided_by_pipes_are_a_table():
    text = "Rotas\n\nDay | Team\nMonday | Blue\nTuesday | Green\n"
    assert rows_of(text) == ["Day | Team", "Monday | Blue", "Tuesday | Green"]


def test_one_spaced_line_is_a_label_and_its_value_not_a_table():
    assert rows_of("Opening hours\n\nWeekdays       9 to 5\n\nSome prose follows here.\n") == []


def test_gaps_that_do_not_line_up_are_no_table():
    text = "Notes\n\nFirst  thing\nThe second line has its  gap much further along\n"
    assert rows_of(text) == []


def test_rows_with_a_blank_line_between_are_not_one_table():
    text = "Alpha      one\n\nBeta       two\n"
    assert rows_of(text) == []


def test_a_contents_list_ending_in_page_numbers_is_left_to_the_contents_rules():
    text = "Contents\n\nWhy we exist         2\nWhat we do           5\nWho to ask           9\n"
    assert rows_of(text) == []


def test_spaced_rows_in_markdown_are_a_table():
    text = "Term dates\n\nAutumn      September\nSpring      January\n\nMore prose here.\n"
    assert rows_of(text, "markdown") == ["Autumn      September", "Spring      January"]


def test_a_markdown_pipe_table_is_a_table():
    text = "Term dates\n\n| Term | Starts |\n|---|---|\n| Autumn | September |\n"
    assert rows_of(text, "markdown") == ["| Term | Starts |", "|---|---|", "| Autumn | September |"]


def test_two_spaces_after_a_full_stop_part_sentences_not_cells():
    text = "We meet every week.  We plan together.\nWe review the plan.  We share it.\n"
    assert rows_of(text, "markdown") == []


def test_lines_of_one_paragraph_that_line_up_are_a_table():
    """The detector also reads a block of several lines (a scanner that joins a table's lines)."""
    text = "Autumn      September\nSpring      January"
    block = RawBlock(
        type="paragraph", start=0, end=len(text), content_start=0, content_end=len(text),
        line_count=2,
    )  # fmt: skip
    assert table_rows(text, [block]) == [True]


# --- the quick answers before the patterns (decision 0176) ------------------------------------

_LINE_CHARACTERS = st.sampled_from(list("ab Z.!?|\t 12-"))


def _gap_columns_plain(line: str) -> set[int]:
    columns: set[int] = set()
    for gap in _GAP.finditer(line.expandtabs(TAB_WIDTH)):
        columns.update(range(gap.start(), gap.end()))
    return columns


@settings(max_examples=400, deadline=None)
@given(st.lists(_LINE_CHARACTERS, max_size=40).map("".join))
def test_a_lines_gaps_and_pipes_are_what_the_patterns_find(line):
    assert _gap_columns(line) == _gap_columns_plain(line)
    assert _pipe_row(line) == (_PIPE_ROW.search(line) is not None)


def test_a_line_of_prose_has_no_gap_and_is_no_pipe_row():
    line = "Every child we look after has a plan, and the plan is reviewed. " * 4
    assert _gap_columns(line) == set() == _gap_columns_plain(line)
    assert not _pipe_row(line)
    assert _gap_columns("Item\tWho") == _gap_columns_plain("Item\tWho") == set(range(4, 8))


def test_a_header_row_parted_from_its_rows_is_a_row_too():
    # a browser's copy keeps the tabs; the scanner may set the header apart from the rows
    text = (
        "Version history\n"
        "Version\tDate\tChange\n"
        "v1\tJune 2021\tFirst issue\n"
        "v2\tMay 2025\tLeaving care paragraph updated\n"
    )
    found = rows_of(text)
    assert any("Version\tDate\tChange" in row for row in found)
    assert all(not row.startswith("Version history") for row in found)


def test_a_line_over_prose_is_no_header_row():
    text = "A plain line\nThis paragraph is prose.\nIt has two lines and no gaps.\n"
    assert rows_of(text) == []


def test_rows_a_browser_parted_by_single_tabs_are_rows_though_unaligned():
    text = "Act\tYear\nChildren and Families Act\t2014\nCare Standards Act\t2000\n"
    assert len(rows_of(text)) == 3


def test_lines_with_unlike_tab_cells_are_no_table():
    text = "Yes\tNo\nAccessibility statement\tPrivacy notice\tCookies\n"
    assert rows_of(text) == []
