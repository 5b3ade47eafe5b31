"""A table's last row drawn one cell at a time under a row whose cells sit too close for their
gap alone (blind round 252, decision 0379): LibreOffice prints "Working Together to Safeguard /
Children 2023" then goes back up for "Statutory guidance on … / working", under "Children and
Social Work Act 2017   The corporate parenting principles", whose gap is still a wide space.
The row is put back together because its later column starts where a row above has a cell."""

from __future__ import annotations

from app.ingest.pdf import TextLine
from app.ingest.pdf_table_rows import column_fragments_as_rows

BODY = 10.0


def _line(
    text: str,
    top: float,
    left: float,
    right: float,
    cells: int = 1,
    cell_starts: tuple[float, ...] = (),
    wide_gaps: tuple[tuple[int, float], ...] = (),
) -> TextLine:
    return TextLine(
        text, BODY, False, top, top + 11.0, left, right, cells=cells, cell_starts=cell_starts,
        wide_gaps=wide_gaps,
    )  # fmt: skip


def test_a_last_row_read_by_columns_under_a_close_row_is_one_row() -> None:
    lines = [
        _line("Housing Act 1996 | Homelessness duties", 100, 72, 420, 2, (300.0,)),
        _line("Equality Act 2010 Duties to people", 113, 72, 470, wide_gaps=((17, 300.4),)),
        _line("Keeping Children Safe in", 126, 72, 230),
        _line("Education 2024", 139, 72, 160),
        _line("Guidance for schools and", 126, 300, 440),
        _line("colleges", 139, 300, 345),
        _line("Next heading", 170, 72, 160),
    ]

    rows = column_fragments_as_rows(lines, BODY)

    assert [row.text for row in rows] == [
        "Housing Act 1996 | Homelessness duties",
        "Equality Act 2010 Duties to people",
        "Keeping Children Safe in Education 2024 | Guidance for schools and colleges",
        "Next heading",
    ]


def test_a_label_and_a_note_beside_it_off_the_rows_cells_are_left_alone() -> None:
    lines = [
        _line("Housing Act 1996 | Homelessness duties", 100, 72, 420, 2, (300.0,)),
        _line("The duties above apply to every team.", 126, 72, 300),
        _line("A short label", 152, 72, 150),
        _line("A note set beside it", 152, 360, 480),
    ]

    assert column_fragments_as_rows(lines, BODY) == lines
