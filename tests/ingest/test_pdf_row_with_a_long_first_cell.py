"""A table row whose first cell is long enough to bring its text close to the next column: its
gap is narrower than the two ems `pdf` takes alone for a cell boundary, but the text after it
starts where the rows around it start their second cell (decision 0118)."""

from __future__ import annotations

from app.ingest.pdf import TextLine, TextPage
from app.ingest.pdf_layout import pages_to_markdown

BODY = 11.0
PITCH = 13.3
LEFT = 90.0
COLUMN = 306.7


def _row(text: str, top: float, right: float) -> TextLine:
    return TextLine(text, BODY, False, top, top + BODY * 0.94, LEFT, right, cells=2,
                    cell_starts=(COLUMN,))  # fmt: skip


def _page(lines: list[TextLine]) -> TextPage:
    return TextPage(width=595.0, height=842.0, lines=tuple(lines))


def test_a_narrow_gap_where_the_rows_above_start_their_second_cell_is_a_cell_boundary() -> None:
    long_first = "Adoption and Children Act 2002 ACA 2002"
    lines = [
        TextLine("Acts we rely on:", BODY, False, 330.0, 340.0, LEFT, 200.0),
        _row("Act | Short name", 350.0, 370.0),
        _row("Children Act 1989 | CA 1989", 350.0 + PITCH, 355.0),
        _row("Care Standards Act 2000 | CSA 2000", 350.0 + 2 * PITCH, 360.0),
        TextLine(
            long_first,
            BODY,
            False,
            350.0 + 3 * PITCH,
            350.0 + 3 * PITCH + 10.3,
            LEFT,
            365.0,
            wide_gaps=((long_first.index(" ACA"), COLUMN + 0.1),),
        ),
    ]

    table = pages_to_markdown([_page(lines)]).split("\n\n")[1]

    assert table.split("\n")[-1] == "Adoption and Children Act 2002 | ACA 2002"


def test_a_wide_space_that_does_not_line_up_with_the_columns_stays_a_space() -> None:
    justified = "We check these Acts every year and note any change"
    lines = [
        _row("Act | Short name", 350.0, 370.0),
        _row("Children Act 1989 | CA 1989", 350.0 + PITCH, 355.0),
        TextLine(
            justified,
            BODY,
            False,
            350.0 + 3 * PITCH,
            350.0 + 3 * PITCH + 10.3,
            LEFT,
            505.0,
            wide_gaps=((justified.index(" Acts"), 180.0),),
        ),
    ]

    text = pages_to_markdown([_page(lines)])

    assert justified in text
