"""Which blocks are rows of a table set out in a text by spaces or pipes (decision 0111).

A page written as plain text lays a table out in columns: its cells stand apart by runs of
spaces that line up from row to row ("Children Act        1989    Main duties"), or by pipes
("Children Act | 1989 | Main duties"). The plain-text scanner makes each row a block of its own
(a row neither ends a sentence nor runs on), and markdown joins them into one paragraph. Either
way the rows are neither prose nor headings: the line standing over the table names it, as a
line standing over prose names that, and the line under the table's last row stands after a
break. A contents list set out in columns ends each entry with its page number; the contents
rules read those, so such rows are left to them.
"""

from __future__ import annotations

import itertools
import re

from app.sections.raw import RawBlock

MIN_ROWS = 2
"""One line with a wide gap is a label and its value, or a sentence spaced twice; a table has
rows that line up with each other."""
TAB_WIDTH = 8

_GAP = re.compile(r"(?<=[^\s.!?])(?: {2,}|\t[ \t]*)(?=\S)")
"""A gap between cells: two spaces or more, or a tab, between words (not the indentation), and
not after a sentence's stop, where a typist's two spaces part sentences, not cells."""
_PIPE_ROW = re.compile(r"^[ \t]*\|.*\|[ \t]*$|(?<=\S) \| (?=\S)")
"""A row whose cells pipes divide: `| a | b |` as markdown writes it, or `a | b` as the readers
of Word, HTML and PDF tables write a row."""
_PAGE_NUMBER_CELL = re.compile(r"(?: {2,}|\t)[ \t]*\d{1,3}[ \t]*$")
"""A last cell that is a page number alone: the row is an entry of a contents list."""


def table_rows(text: str, blocks: list[RawBlock]) -> list[bool]:
    """For each block, whether it is a table set out by spaces or pipes, or a row of one: a
    paragraph of two lines or more that are all rows lining up, or one of two or more one-line
    paragraphs on consecutive lines that do."""
    found = [False] * len(blocks)
    index = 0
    while index < len(blocks):
        block = blocks[index]
        if block.type != "paragraph":
            index += 1
            continue
        if block.line_count > 1:
            found[index] = _lines_line_up(_lines(text, block))
            index += 1
            continue
        end = index + 1
        while (
            end < len(blocks)
            and blocks[end].type == "paragraph"
            and blocks[end].line_count == 1
            and _next_line(text, blocks[end - 1], blocks[end])
        ):
            end += 1
        run = [_line(text, blocks[i]) for i in range(index, end)]
        start = 0
        while start < len(run):
            stop = start + 1
            while stop < len(run) and _row_pair(run[stop - 1], run[stop]):
                stop += 1
            if stop - start >= MIN_ROWS and _not_contents(run[start:stop]):
                for i in range(index + start, index + stop):
                    found[i] = True
            start = stop
        index = end
    _header_rows(text, blocks, found)
    return found


def _header_rows(text: str, blocks: list[RawBlock], found: list[bool]) -> None:
    """Mark a one-line paragraph standing on the line over a table of several lines, and
    lining up with its first row, as the table's header row ("Version<tab>Date<tab>Change" over
    "v1<tab>June 2021<tab>First issue" and the rows after it): the scanner may part a header row
    from the rows under it, yet it is no heading naming the table but its first row."""
    for index in range(len(blocks) - 1):
        block, after = blocks[index], blocks[index + 1]
        if (
            not found[index]
            and found[index + 1]
            and block.type == "paragraph"
            and block.line_count == 1
            and after.type == "paragraph"
            and after.line_count > 1
            and _next_line(text, block, after)
            and _row_pair(_line(text, block), _lines(text, after)[0])
        ):
            found[index] = True


def _lines_line_up(lines: list[str]) -> bool:
    rows = [line for line in lines if line.strip()]
    return (
        len(rows) >= MIN_ROWS
        and all(_row_pair(before, after) for before, after in itertools.pairwise(rows))
        and _not_contents(rows)
    )


def _row_pair(before: str, after: str) -> bool:
    """Two lines that are rows of one table: both divided by pipes, or both by gaps of spaces
    at least one of which spans a column the other's gaps span too."""
    if _pipe_row(before) and _pipe_row(after):
        return True
    if _heading_over_its_sub_heading(before, after):
        return False
    if _same_tab_cells(before, after):
        return True
    before_gaps = _gap_columns(before)
    if not before_gaps:
        return False
    after_gaps = _gap_columns(after)
    if not after_gaps:
        return False
    return not before_gaps.isdisjoint(after_gaps) or _same_wide_gaps(before, after)


_OUTLINE_LINE = re.compile(
    r"[ \t]*(?P<number>[1-9]\d?(?:\.[1-9]\d?)*)\.?(?: {2,}|\t[ \t]*)(?P<words>[A-Za-z].*?)[ \t]*$"
)
"""A line that is an outline number, a tab (or the spaces a tab became) and words: a numbered
heading as LibreOffice's "Export as Text" or Word's "Save as Plain Text" writes it
("7<tab>Planning for permanence")."""


def _heading_over_its_sub_heading(before: str, after: str) -> bool:
    """Two outline-numbered lines, the second numbered as the first's first part ("7<tab>Planning
    for permanence" over "7.1<tab>A permanent home"), each with one gap, after its number: a
    heading over its first sub-heading with no text between them, whose gaps line up because
    both follow a number, not because they part a table's cells (blind281). A version table's
    rows ("1.0<tab>March 2024") number no part under another, and their words are dates."""
    first, second = _OUTLINE_LINE.match(before), _OUTLINE_LINE.match(after)
    if first is None or second is None:
        return False
    if any(_GAP.search(match.group("words")) for match in (first, second)):
        return False
    return second.group("number").split(".")[:-1] == first.group("number").split(".")


MIN_COPIED_TAB = 3
"""Spaces a tab becomes when a browser's copy turns each into a fixed run: more than a typist's
two between words."""


def _same_wide_gaps(before: str, after: str) -> bool:
    """Two lines whose cells stand apart by the same runs of spaces, each of three or more
    ("Date    Change" over "June 2023    First issued"): a table copied from a browser as text,
    where each tab became a fixed run of spaces, so its columns no longer line up (decision
    0206). Tabs still in the text line up by their stops (`_gap_columns`)."""
    if "\t" in before or "\t" in after:
        return False
    before_widths = [len(gap.group()) for gap in _GAP.finditer(before)]
    return (
        bool(before_widths)
        and min(before_widths) >= MIN_COPIED_TAB
        and before_widths == [len(gap.group()) for gap in _GAP.finditer(after)]
    )


MIN_TAB_CELLS = 2
"""Cells a row parted by tabs holds, at the least."""


def _same_tab_cells(before: str, after: str) -> bool:
    """Two lines parted by tabs into as many cells each, none of them empty ("Version<tab>Date
    <tab>Change" over "v1<tab>June 2021<tab>First issue"): a table copied from a browser puts one
    tab between cells whatever their widths, so its columns need not line up at the tab stops.
    Prose holds no tab between words."""
    if "\t" not in before or "\t" not in after:
        return False
    before_cells = before.strip().split("\t")
    after_cells = after.strip().split("\t")
    return len(before_cells) == len(after_cells) >= MIN_TAB_CELLS and all(
        cell.strip() for cell in before_cells + after_cells
    )


def _pipe_row(line: str) -> bool:
    """Whether `line` is a row whose cells pipes divide (`_PIPE_ROW`). A line of prose holds no
    pipe, and searching it for the pattern's shapes costs more than looking for one."""
    return "|" in line and _PIPE_ROW.search(line) is not None


def _gap_columns(line: str) -> set[int]:
    """The columns (tabs expanded) of `line`'s gaps between cells (`_GAP`). A gap is two
    spaces or a tab, so a line with neither has none: most of a chapter's lines, which the
    pattern's look-behind would otherwise try at every character (decision 0176)."""
    if "\t" not in line and "  " not in line:
        return set()
    expanded = line.expandtabs(TAB_WIDTH)
    columns: set[int] = set()
    for gap in _GAP.finditer(expanded):
        columns.update(range(gap.start(), gap.end()))
    return columns


def _not_contents(rows: list[str]) -> bool:
    return not all(_PAGE_NUMBER_CELL.search(row) for row in rows)


def _lines(text: str, block: RawBlock) -> list[str]:
    start = text.rfind("\n", 0, block.content_start) + 1
    return text[start : block.content_end].split("\n")


def _line(text: str, block: RawBlock) -> str:
    """The block's line from the line's start, so that its columns count from the margin."""
    start = text.rfind("\n", 0, block.content_start) + 1
    return text[start : block.content_end]


def _next_line(text: str, before: RawBlock, after: RawBlock) -> bool:
    return text.count("\n", before.content_end, after.content_start) == 1
