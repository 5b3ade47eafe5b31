"""Table rows that PDFium reads one column at a time.

LibreOffice prints a Word table row whose cells wrap as one text run per cell: PDFium gives the
first cell's lines, then goes back up for the next cell's ("Children and Young Persons Act",
"2008", "Care planning and independent", "reviewing officers"). Read in that order, the row's
cells come apart and the table's statutes lose their years. This pass puts such a row back
together, and makes a cell boundary of a gap too narrow to tell a cell alone where the text
after it starts at the left of a wrapped cell's line beside it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from app.ingest.pdf import CELL_SEPARATOR, TextLine

MAX_CELL_LINES = 4
"""A cell wraps to at most this many lines; a longer run of lines is a column of text."""
MAX_COLUMNS = 8
SAME_TOP_SHARE = 0.3
"""A row's next cell starts at least this share of the type size above the row's bottom."""
CELL_LINE_PITCH = 1.6
"""A cell's wrapped line stands at most this many type sizes under the line before."""
CENTRED_REACH = (MAX_CELL_LINES - 1) / 2 * CELL_LINE_PITCH
"""A cell centred in a row of wrapped cells starts at most half their height above the row."""
SAME_LEFT_EMS = 0.3
WRAPPED_CELL_INSET_EMS = 3.0
"""A wrapped cell's line starts this many ems or more right of the row's first cell."""
ALIGNED_EMS = 0.25
REACH = 2


def column_fragments_as_rows(lines: Sequence[TextLine], body_size: float) -> list[TextLine]:
    """A page's lines with each row read column by column, beside a row read whole (or
    another such row), made one line whose cells are the columns' texts."""
    result: list[TextLine] = []
    index = 0
    while index < len(lines):
        band = _row_band(lines, index, body_size)
        beside_a_row = band is not None and (
            (result and result[-1].cells > 1)
            or (band[1] < len(lines) and lines[band[1]].cells > 1)
            or (band[0][-1][0].cells > 1 and _under_a_row(result, body_size))
            or _lined_up_with_a_row_above(result, band[0], body_size)
        )
        if band is not None and not beside_a_row:
            following = _row_band(lines, band[1], body_size) if band[1] < len(lines) else None
            beside_a_row = following is not None and _same_columns(band[0], following[0], body_size)
        if band is None or not beside_a_row:
            result.append(lines[index])
            index += 1
            continue
        columns, index = band
        if result and _carries_on_the_row(result[-1], columns, body_size):
            result[-1] = _row_carried_on(result[-1], columns)
        else:
            result.append(_row_of(columns))
    return result


def _carries_on_the_row(
    row: TextLine, columns: Sequence[Sequence[TextLine]], body_size: float
) -> bool:
    """Whether a band read column by column is the rest of the row read whole above it: its
    first column the row's last cell's wrapped lines (starting where that cell starts, under
    it), its other columns the row's further cells, starting level with the row ("v7 | Care
    leavers section" read whole, then "rewritten; all care" / "leavers now keep a" beside
    "November 2025" set at the row's top). LibreOffice prints a row's tall cells as runs of
    their own, so PDFium reads the row's first line whole and its later cells after it."""
    if row.cells < 2 or not row.cell_starts or len(columns) < 2:
        return False
    first = columns[0][0]
    return (
        abs(first.left - row.cell_starts[-1]) <= SAME_LEFT_EMS * body_size
        and first.top > row.top
        and all(
            abs(column[0].top - row.top) <= SAME_TOP_SHARE * column[0].size
            and column[0].left > row.cell_starts[-1]
            for column in columns[1:]
        )
    )


def _row_carried_on(row: TextLine, columns: Sequence[Sequence[TextLine]]) -> TextLine:
    """The row read whole with its last cell's wrapped lines added to that cell and the band's
    other columns as its further cells. It keeps the right edge PDFium read for its first line:
    the right edges of lines are where a paragraph's lines are told to run on, and a wide
    table's far column (on a landscape page) is no edge for the body text starting at the same
    left."""
    rest = _row_of(columns)
    every = [line for column in columns for line in column]
    return dataclasses.replace(
        row,
        text=f"{row.text} {rest.text}",
        cells=row.cells + rest.cells - 1,
        cell_starts=(*row.cell_starts, *rest.cell_starts),
        bottom=max(row.bottom, *(line.bottom for line in every)),
    )


def _row_band(
    lines: Sequence[TextLine], start: int, body_size: float
) -> tuple[list[list[TextLine]], int] | None:
    first = lines[start]
    if first.cells > 1:
        return None
    columns: list[list[TextLine]] = [[first]]
    index = start + 1
    while index < len(lines) and len(columns) <= MAX_COLUMNS:
        line = lines[index]
        column = columns[-1]
        if line.cells > 1:
            if line.left > max(cell_line.right for cell_line in column) and _beside(line, columns):
                columns.append([line])  # the row's other cells, read as one line: its last part
                index += 1
            break
        below = line.top - column[-1].top
        if (
            abs(line.left - column[0].left) <= SAME_LEFT_EMS * body_size
            and 0 < below <= CELL_LINE_PITCH * line.size
        ):
            if len(column) >= MAX_CELL_LINES:
                return None
            column.append(line)
        elif line.left > max(cell_line.right for cell_line in column) and _beside(line, columns):
            columns.append([line])
        else:
            break
        index += 1
    if len(columns) < 2 or len(columns) > MAX_COLUMNS:
        return None
    return columns, index


def _same_columns(
    columns: Sequence[Sequence[TextLine]], others: Sequence[Sequence[TextLine]], body_size: float
) -> bool:
    """Whether two bands read column by column have the same columns, each starting where the
    other's does: a table whose every row wraps in more than one cell has no row read whole to
    stand beside, but its rows line up with one another (decision 0226). A first column in
    bold is side-heads beside their paragraphs (decision 0190), not a table's."""
    if any(all(line.bold for line in band[0]) for band in (columns, others)):
        return False
    return len(columns) == len(others) and all(
        abs(column[0].left - other[0].left) <= SAME_LEFT_EMS * body_size
        for column, other in zip(columns, others, strict=True)
    )


def _under_a_row(lines: Sequence[TextLine], body_size: float) -> bool:
    """Whether the last lines read so far end with a table row and its later cells' wrapped
    lines (each starting where one of the row's cells does), however many: a row's first cell
    drawn on its own comes under the row before it, past that row's long last cell."""
    row = next((index for index in range(len(lines) - 1, -1, -1) if lines[index].cells > 1), None)
    if row is None:
        return False
    starts = lines[row].cell_starts
    return all(
        any(abs(line.left - start) <= SAME_LEFT_EMS * body_size for start in starts)
        for line in lines[row + 1 :]
    )


def _lined_up_with_a_row_above(
    lines: Sequence[TextLine], columns: Sequence[Sequence[TextLine]], body_size: float
) -> bool:
    """Whether a row shortly above (within `REACH` lines, or above only its later cells'
    wrapped lines) has a cell starting where each of the band's later columns starts: the
    table's last row, read column by column, under rows read whole, though the line just above
    it is a row whose cells sit too close to be told apart yet (its gap is still a wide space,
    made a boundary later by `pdf_layout`), or that row's long last cell wrapped over several
    lines ("Act as a corporate parent and" / "publish a local offer for care" / "leavers.")."""
    recent = lines[-(REACH + MAX_CELL_LINES) :]
    for index, line in enumerate(recent):
        starts = (*line.cell_starts, *(start for _, start in line.wide_gaps))
        if line.cells < 2 and not line.wide_gaps:
            continue
        after = recent[index + 1 :]
        if len(after) >= REACH and not all(
            any(abs(wrapped.left - start) <= SAME_LEFT_EMS * body_size for start in starts)
            for wrapped in after
        ):
            continue
        if all(
            any(abs(column[0].left - start) <= SAME_LEFT_EMS * body_size for start in starts)
            for column in columns[1:]
        ):
            return True
    return False


def _beside(line: TextLine, columns: Sequence[Sequence[TextLine]]) -> bool:
    """Whether `line` starts level with the row's cells: at their top, or within the rows' span
    where a browser centres each cell's text in the row's height."""
    top = min(cell[0].top for cell in columns)
    bottom = max(cell[-1].bottom for cell in columns)
    reach = CENTRED_REACH * line.size
    return top - reach <= line.top <= bottom - SAME_TOP_SHARE * line.size


def _row_of(columns: Sequence[Sequence[TextLine]]) -> TextLine:
    every = [line for column in columns for line in column]
    text = CELL_SEPARATOR.join(" ".join(line.text for line in column) for column in columns)
    last = columns[-1][0]
    wide_gaps: list[tuple[int, float]] = []
    offset = 0
    for number, column in enumerate(columns):
        if number:
            offset += len(CELL_SEPARATOR) - 1
        for line in column:
            wide_gaps += [(offset + gap, start) for gap, start in line.wide_gaps]
            offset += len(line.text) + 1
    return dataclasses.replace(
        columns[0][0],
        text=text,
        cells=len(columns) - 1 + last.cells,
        wide_gaps=tuple(wide_gaps),
        cell_starts=(*(column[0].left for column in columns[1:]), *last.cell_starts),
        top=min(line.top for line in every),
        bottom=max(line.bottom for line in every),
        left=min(line.left for line in every),
        right=max(line.right for line in every),
    )


def gaps_at_wrapped_cells(lines: Sequence[TextLine], body_size: float) -> list[TextLine]:
    """A page's lines with each wide space made a cell boundary where the text after it starts
    at the left of a neighbouring line that begins well inside the text: a cell's wrapped line
    ("Children and Social Work Act 2017 Corporate parenting principles and" over "the local
    offer" set under "Corporate")."""
    result: list[TextLine] = []
    for index, line in enumerate(lines):
        neighbours = [
            lines[other]
            for other in range(max(0, index - REACH), min(len(lines), index + REACH + 1))
            if other != index
        ]
        starts = [
            other.left
            for other in neighbours
            if other.cells == 1 and other.left >= line.left + WRAPPED_CELL_INSET_EMS * body_size
        ]
        chosen = [
            offset
            for offset, start in line.wide_gaps
            if any(abs(start - left) <= ALIGNED_EMS * body_size for left in starts)
        ]
        if not chosen:
            result.append(line)
            continue
        text = line.text
        for offset in sorted(chosen, reverse=True):
            text = text[:offset] + CELL_SEPARATOR + text[offset + 1 :]
        widened = len(CELL_SEPARATOR) - 1
        kept = tuple(
            (offset + widened * sum(1 for cut in chosen if cut < offset), start)
            for offset, start in line.wide_gaps
            if offset not in chosen
        )
        starts = sorted({*line.cell_starts, *(x for o, x in line.wide_gaps if o in chosen)})
        result.append(
            dataclasses.replace(
                line,
                text=text,
                cells=line.cells + len(chosen),
                wide_gaps=kept,
                cell_starts=tuple(starts),
            )
        )
    return result
