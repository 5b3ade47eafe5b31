"""Two tables set one under the other with a caption line between them, as a policy template's
document-control table sits over its version history (decision 0156): the first table ends at
the row whose cells start off its grid, and the caption is neither table's row."""

from __future__ import annotations

from app.ingest.pdf import CELL_SEPARATOR, TextLine
from app.ingest.pdf_table_grid import tables_on_grid

SIZE = 11.0


def _line(cells: list[tuple[float, str]], top: float) -> TextLine:
    texts = [text for _left, text in cells]
    return TextLine(
        CELL_SEPARATOR.join(texts),
        SIZE,
        False,
        top,
        top + SIZE,
        cells[0][0],
        cells[-1][0] + 6.0 * len(texts[-1]),
        cells=len(cells),
        cell_starts=tuple(left for left, _text in cells[1:]),
    )


def test_a_row_off_the_grid_ends_the_table_and_its_caption_is_no_row() -> None:
    lines = [
        _line([(90.0, "Title"), (306.0, "Policies, Values")], 180.0),
        _line([(306.0, "and Principles")], 193.0),
        _line([(90.0, "Owner"), (306.0, "Head of Service")], 206.0),
        _line([(90.0, "Version"), (306.0, "5.0")], 219.0),
        _line([(90.0, "Review date"), (306.0, "September 2026")], 232.0),
        _line([(90.0, "Version history")], 245.0),
        _line([(90.0, "Version"), (199.0, "Date"), (306.0, "Author"), (414.0, "Changes")], 270.0),
        _line([(90.0, "4.0"), (199.0, "April 2022"), (306.0, "P. Lind"), (414.0, "Minor")], 283.0),
        _line([(414.0, "changes.")], 296.0),
        _line([(90.0, "5.0 30 September")], 309.0),
        _line([(198.0, "2024")], 322.0),
        _line([(306.0, "N. Osei"), (414.0, "Strategy section")], 309.0),
        _line([(414.0, "added.")], 322.0),
    ]
    texts = [line.text for line in tables_on_grid(lines, SIZE)]
    assert texts[:6] == [line.text for line in lines[:6]]


def test_a_right_aligned_cell_a_little_off_its_column_stays_on_the_grid() -> None:
    lines = [
        _line([(90.0, "Statute"), (400.0, "Year")], 180.0),
        _line([(90.0, "Children Act"), (404.0, "1989")], 194.0),
        _line([(90.0, "Equality Act"), (402.0, "2010")], 208.0),
    ]
    from app.ingest import pdf_table_grid

    assert not pdf_table_grid._off_the_grid(lines[1], lines[0].cell_starts, SIZE)
    assert pdf_table_grid._off_the_grid(
        _line([(90.0, "Version"), (199.0, "Date")], 222.0), lines[0].cell_starts, SIZE
    )
