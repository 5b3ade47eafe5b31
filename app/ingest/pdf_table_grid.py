"""Tables read by placing their text on a grid of the rows' cell starts.

A table whose cells wrap onto several lines comes out of PDFium in no reading order a table
can be rebuilt from line by line: LibreOffice prints each tall cell as a text run of its own,
so PDFium gives the first cell's lines, goes back up for the next cell's, and joins a narrow
cell's one word ("2014") to the first line of the wide cell beside it with only a wide space
between them. This pass takes the lines of such a table — from a row PDFium did read across
(the heading row, as a rule) down to the first line that leaves the table — and places every
piece of text by where it starts and stands: its column is the last cell start at or left of
it, its row the band of lines no gap of half a line or more cuts. Each row is then one line,
its cells' wrapped lines joined, "cell | cell | cell", an empty cell left empty. Text whose
reading order goes back up to an earlier row is page columns (left column read first), no table.

Across a page break (`tables_across_pages`) a table's heading row repeated at the top of the
next page is dropped, and a row whose first cell is empty there carries on the last row of the
page before: its cells' text is added to that row's cells.

The work is bounded: a table is taken at most `MAX_TABLE_LINES` lines at a time, and each line
is looked at a fixed number of times (one pass to find the table's end, one sort to place its
pieces), so a page of thousands of lines costs no more than reading them.
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import re
from collections.abc import Sequence

from app.ingest.pdf import CELL_SEPARATOR, TextLine

MAX_TABLE_LINES = 400
"""Lines placed on one grid at most; a longer run is read as more than one table."""
MAX_CELL_LINES = 8
"""A cell wraps to at most this many lines; a longer column of lines is a column of text."""
MAX_COLUMNS = 8
ROW_GAP_EMS = 0.45
"""A row starts where a gap of this share of the type size or more opens under every line
read so far: a cell's wrapped lines stand closer than that, rows are padded apart."""
TABLE_END_GAP_EMS = 2.5
"""A gap this many type sizes under the table's lowest line ends it."""
SAME_SIZE_SHARE = 0.1
COLUMN_EMS = 0.5
"""Starts within this many ems of each other are one cell start."""
CROSSING_EMS = 1.0
OFF_GRID_EMS = 2.0
"""A row's cell starting this many ems from every cell start of the table's opening row is
another table's (`_off_the_grid`)."""
_SPACES = re.compile(r"\s+")


@dataclasses.dataclass(slots=True)
class _Piece:
    text: str
    left: float
    top: float
    bottom: float
    column: int = 0
    line: int = 0


def tables_on_grid(lines: Sequence[TextLine], body_size: float) -> list[TextLine]:
    """A page's lines with every table whose cells PDFium read out of row order made one line
    per row; every other line as it was."""
    result: list[TextLine] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if line.cells < 2 or len(line.cell_starts) != line.cells - 1:
            result.append(line)
            index += 1
            continue
        end = _table_end(lines, index, body_size)
        placed = _grid_rows(lines[index:end], body_size)
        if placed is None:
            result.append(line)
            index += 1
            continue
        rows, used = placed
        result += rows
        index += used
    return result


def _table_end(lines: Sequence[TextLine], start: int, body_size: float) -> int:
    """Where the table opened by the row at `start` ends: at the first line in another type
    size, left of the table, above its top, far under its lowest line, or running across one
    of the opening row's cell starts (a paragraph under the table)."""
    row = lines[start]
    margin = COLUMN_EMS * body_size
    lowest = row.bottom
    index = start + 1
    while index < len(lines) and index - start < MAX_TABLE_LINES:
        line = lines[index]
        if (
            abs(line.size - row.size) > SAME_SIZE_SHARE * row.size
            or line.left < row.left - margin
            or line.top < row.top - margin
            or line.top > lowest + TABLE_END_GAP_EMS * line.size
            or _crosses(line, row.cell_starts, body_size)
        ):
            break
        if _off_the_grid(line, row.cell_starts, body_size):
            # Another table's row: the table ends, and a one-piece line right above that row
            # is the next table's caption ("Version history" over its table), not a row.
            if index - 1 > start and lines[index - 1].cells == 1:
                index -= 1
            break
        lowest = max(lowest, line.bottom)
        index += 1
    return index


def _off_the_grid(line: TextLine, starts: Sequence[float], body_size: float) -> bool:
    """Whether a row's cells start where none of the opening row's cells do, well apart from
    every one of them: a row of another table with other columns set right under this one (a
    policy template's document-control table, then its four-column version history; decision
    0156). A cell set a little off its column (a right-aligned year) is still on the grid."""
    if line.cells < 2 or not starts:
        return False
    margin = OFF_GRID_EMS * body_size
    return any(all(abs(cell - start) > margin for start in starts) for cell in line.cell_starts)


def _crosses(line: TextLine, starts: Sequence[float], body_size: float) -> bool:
    """Whether the line's text runs across a cell start: a line of one piece, or the last piece
    of a row (where a piece before a cell boundary ends is not known, only where the next
    starts)."""
    left = line.cell_starts[-1] if line.cell_starts else line.left
    margin = CROSSING_EMS * body_size
    return any(left + margin < start < line.right - margin for start in starts)


def _pieces(line: TextLine, number: int) -> tuple[list[_Piece], list[tuple[int, int, float]]]:
    """The line cut at its cell boundaries, and its wide spaces (offset into the piece's text,
    where the text after starts) per piece, kept for the grid to decide on."""
    texts = line.text.split(CELL_SEPARATOR)
    lefts = [line.left, *line.cell_starts]
    if len(texts) != len(lefts):
        texts, lefts = [line.text], [line.left]
    pieces = []
    offset = 0
    spans = []
    for text, left in zip(texts, lefts, strict=True):
        pieces.append(_Piece(text, left, line.top, line.bottom, line=number))
        spans.append((offset, offset + len(text)))
        offset += len(text) + len(CELL_SEPARATOR)
    gaps = []
    firsts = [first for first, _last in spans]
    for gap, start in line.wide_gaps:
        holder = bisect.bisect_right(firsts, gap) - 1  # the one piece that can hold it
        if holder >= 0 and spans[holder][0] < gap < spans[holder][1]:
            gaps.append((holder, gap - spans[holder][0], start))
    return pieces, gaps


def _grid_rows(lines: Sequence[TextLine], body_size: float) -> tuple[list[TextLine], int] | None:
    """The table's rows on a grid of its cell starts and how many of the lines they took, or
    None where the lines are no table PDFium misread (nothing out of row order) or no table at
    all (a cell of too many lines). Rows at the end with text in the first column alone are
    lines under the table, given back (a sentence set close under it)."""
    if len(lines) < 2 or not _out_of_row_order(lines, body_size):
        return None
    margin = COLUMN_EMS * body_size
    cut: list[_Piece] = []
    wide: list[tuple[list[_Piece], int, int, float]] = []
    for number, line in enumerate(lines):
        pieces, gaps = _pieces(line, number)
        cut += pieces
        for piece_number, offset, start in gaps:
            wide.append((pieces, piece_number, offset, start))
    starts = _column_starts([*(piece.left for piece in cut), *(item[3] for item in wide)], margin)
    for pieces, number, offset, start in reversed(wide):
        if not any(abs(start - column) <= margin for column in starts):
            continue
        piece = pieces[number]
        if piece.left >= start - margin or offset >= len(piece.text):
            continue
        cut.append(
            _Piece(piece.text[offset + 1 :], start, piece.top, piece.bottom, line=piece.line)
        )
        piece.text = piece.text[:offset]
    if not 2 <= len(starts) <= MAX_COLUMNS:
        return None
    for piece in cut:
        piece.column = max(
            (number for number, column in enumerate(starts) if column <= piece.left + margin),
            default=0,
        )
    cut.sort(key=lambda piece: (piece.top, piece.column))
    bands: list[list[_Piece]] = []
    lowest = -1e9
    for piece in cut:
        if not bands or piece.top > lowest + ROW_GAP_EMS * body_size:
            bands.append([])
        bands[-1].append(piece)
        lowest = max(lowest, piece.bottom)
    if _goes_back_a_row(bands):
        return None
    used = len(lines)
    while bands and all(piece.column == 0 for piece in bands[-1]):
        taken = {piece.line for piece in bands[-1]}
        if taken != set(range(min(taken), used)):
            break
        used = min(taken)
        bands.pop()
    rows = []
    for band in bands:
        cells: list[list[str]] = [[] for _ in starts]
        for piece in band:
            if piece.text.strip():
                cells[piece.column].append(piece.text.strip())
        if any(len(cell) > MAX_CELL_LINES for cell in cells):
            return None
        rows.append([_SPACES.sub(" ", " ".join(cell)) for cell in cells])
    if sum(1 for row in rows if sum(1 for cell in row if cell) >= 2) < 2:
        return None
    first = lines[0]
    return [
        dataclasses.replace(
            first,
            text=CELL_SEPARATOR.join(row),
            cells=len(starts),
            wide_gaps=(),
            cell_starts=tuple(starts[1:]),
            note_marks=(),
            top=min(piece.top for piece in band),
            bottom=max(piece.bottom for piece in band),
            left=starts[0],
            right=max(line.right for line in lines),
        )
        for row, band in zip(rows, bands, strict=True)
    ], used


def _goes_back_a_row(bands: Sequence[Sequence[_Piece]]) -> bool:
    """Whether the reading order goes back up to a row above the one it is in: text set in
    page columns (the left column read to its foot, then the right from the top), never a
    table PDFium read one cell at a time, which goes back up only within a row."""
    reached = -1
    for _line, row in sorted((piece.line, row) for row, band in enumerate(bands) for piece in band):
        if row < reached:
            return True
        reached = row
    return False


def _out_of_row_order(lines: Sequence[TextLine], body_size: float) -> bool:
    """Whether PDFium read part of the table out of row order: a line that goes back up above
    the one before, or a lone line of a later cell (starting at one of the opening row's cell
    starts) — what a line-by-line reading cannot put back."""
    margin = COLUMN_EMS * body_size
    starts = lines[0].cell_starts
    for before, line in itertools.pairwise(lines):
        if line.top < before.bottom - margin and line.left > before.left + margin:
            return True
        if line.cells == 1 and any(abs(line.left - start) <= margin for start in starts):
            return True
    return False


def _column_starts(lefts: Sequence[float], margin: float) -> list[float]:
    """Where cells start: every left edge two pieces or more share (one sort, one pass)."""
    ordered = sorted(lefts)
    starts: list[float] = []
    group: list[float] = []
    for left in ordered:
        if group and left - group[0] > margin:
            if len(group) >= 2:
                starts.append(group[0])
            group = []
        group.append(left)
    if len(group) >= 2:
        starts.append(group[0])
    if ordered and (not starts or starts[0] > ordered[0] + margin):
        starts.insert(0, ordered[0])
    return starts


def tables_across_pages(pages: Sequence[Sequence[TextLine]]) -> list[list[TextLine]]:
    """The pages' lines with a table's heading row repeated at the top of the next page left
    out, and a row carried over the break (its first cell empty) added to the row it carries
    on."""
    result = [list(page) for page in pages]
    for number in range(1, len(result)):
        before, page = result[number - 1], result[number]
        if not before or not page:
            continue
        last_index = _last_row(before)
        last = before[last_index]
        if last.cells < 2:
            continue
        head_index = last_index
        for index in range(last_index - 1, -1, -1):
            if before[index].cells == last.cells:
                head_index = index
            elif not _wrapped_cell_line(before[index], last):
                break
        head = before[head_index]
        if page[0].cells == head.cells and _same_text(page[0].text, head.text):
            page.pop(0)
        if (
            last_index == len(before) - 1
            and page
            and page[0].cells == last.cells
            and _carries_on(page[0])
        ):
            before[-1] = _carried(last, page.pop(0))
    return result


def _last_row(lines: Sequence[TextLine]) -> int:
    """The index of the page's last line, or of the table row the page ends on where only that
    row's later cells' wrapped lines follow it: a browser sets a row's long last cell on two
    lines, and its second line ends the page."""
    last = len(lines) - 1
    row = last
    while row > 0 and lines[row].cells == 1 and last - row < MAX_CELL_LINES:
        row -= 1
    if row == last or lines[row].cells < 2:
        return last
    if all(_wrapped_cell_line(line, lines[row]) for line in lines[row + 1 :]):
        return row
    return last


def _wrapped_cell_line(line: TextLine, row: TextLine) -> bool:
    """Whether a one-piece line starts where one of the row's later cells does: a cell's
    wrapped line under its row."""
    margin = COLUMN_EMS * row.size
    return line.cells == 1 and any(abs(line.left - start) <= margin for start in row.cell_starts)


def _same_text(first: str, second: str) -> bool:
    return _SPACES.sub(" ", first).strip().lower() == _SPACES.sub(" ", second).strip().lower()


def _carries_on(row: TextLine) -> bool:
    cells = row.text.split(CELL_SEPARATOR)
    return len(cells) == row.cells and not cells[0].strip() and any(c.strip() for c in cells)


def _carried(row: TextLine, rest: TextLine) -> TextLine:
    cells = row.text.split(CELL_SEPARATOR)
    more = rest.text.split(CELL_SEPARATOR)
    if len(cells) != len(more):
        return row
    joined = [f"{a.strip()} {b.strip()}".strip() for a, b in zip(cells, more, strict=True)]
    return dataclasses.replace(row, text=CELL_SEPARATOR.join(joined))
