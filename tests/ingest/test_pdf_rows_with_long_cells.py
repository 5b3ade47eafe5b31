"""Table rows whose cells wrap more than the usual two or three lines (decision 0069): a first
cell drawn on its own before the rest of its row, read as one line, and a narrow last column
whose wrapped lines stand between one row and the next."""

from __future__ import annotations

from app.ingest.pdf import TextLine, TextPage
from app.ingest.pdf_layout import pages_to_markdown
from app.ingest.pdf_table_rows import column_fragments_as_rows

BODY = 10.0


def _line(
    text: str,
    top: float,
    left: float,
    right: float,
    cells: int = 1,
    cell_starts: tuple[float, ...] = (),
) -> TextLine:
    return TextLine(
        text, BODY, False, top, top + 11.0, left, right, cells=cells, cell_starts=cell_starts
    )


HEADER = _line("Statute | Year | What it does", 100, 72, 420, cells=3, cell_starts=(200, 260))


def test_a_wrapped_first_cell_drawn_before_the_rest_of_its_row_joins_that_row() -> None:
    lines = [
        HEADER,
        _line("Housing Grants and", 113, 72, 170),
        _line("Regeneration Act", 125, 72, 165),
        _line("1996 | Grants for", 113.2, 200, 330, cells=2, cell_starts=(260,)),
        _line("home repairs", 125, 260, 330),
    ]

    rows = column_fragments_as_rows(lines, BODY)

    assert rows[1].text == "Housing Grants and Regeneration Act | 1996 | Grants for"
    assert rows[1].cells == 3
    assert rows[1].cell_starts == (200, 260)
    assert rows[2].text == "home repairs"


def test_a_lone_line_with_a_gap_after_a_wrapped_label_is_not_made_a_row() -> None:
    lines = [
        _line("A label that", 100, 72, 150),
        _line("wraps", 112, 72, 110),
        _line("Text beside | it", 100, 300, 480, cells=2, cell_starts=(420,)),
        _line("Ordinary text carries on across the page.", 140, 72, 480),
    ]

    assert column_fragments_as_rows(lines, BODY) == lines


def test_rows_far_apart_through_a_narrow_columns_wrapped_lines_stay_rows() -> None:
    wrapped = [
        "helps councils",
        "to fix homes",
        "for older",
        "and disabled",
        "people who",
        "own them",
    ]
    lines = [
        HEADER,
        _line("Care Act | 2014 | Duties to adults", 113, 72, 330, cells=3, cell_starts=(200, 260)),
        *(_line(words, 125 + 12 * n, 260, 330) for n, words in enumerate(wrapped)),
        _line("Housing Act | 1996 | Homelessness", 200, 72, 330, cells=3, cell_starts=(200, 260)),
        _line("duties", 212, 260, 300),
    ]

    text = pages_to_markdown([TextPage(595.0, 842.0, tuple(lines))])

    assert "Care Act | 2014 | Duties to adults helps councils" in text
    assert "Housing Act | 1996 | Homelessness duties" in text
