"""A bold line set close under a table, at its left edge, over a second table on a grid of its
own is the second table's heading, not the first cell's wrapped line (decision 0168): a
corporate template exported by LibreOffice prints "Version history" between a two-column control
table and a four-column history table, and "Contents" under the history table's last row."""

from __future__ import annotations

from app.ingest.pdf import TextLine, TextPage
from app.ingest.pdf_layout import pages_to_markdown

BODY = 10.0
PITCH = 13.0
LEFT = 72.0


def _row(text: str, n: int, starts: tuple[float, ...], bold: bool = False) -> TextLine:
    top = 100.0 + n * PITCH
    cells = len(starts) + 1
    return TextLine(text, BODY, bold, top, top + 11.0, LEFT, 480.0, cells=cells, cell_starts=starts)


def _bold(text: str, n: int, right: float) -> TextLine:
    top = 100.0 + n * PITCH
    return TextLine(text, BODY, True, top, top + 11.0, LEFT, right)


def _markdown(lines: list[TextLine]) -> list[str]:
    page = TextPage(width=595.0, height=842.0, lines=tuple(lines))
    return pages_to_markdown([page]).split("\n\n")


def test_a_bold_line_over_a_table_on_another_grid_heads_that_table() -> None:
    lines = [
        _row("Owner | Head of Fostering", 0, (250.0,), bold=True),
        _row("Next review | March 2027", 1, (250.0,), bold=True),
        _bold("Change record", 2, 160.0),
        _row("Issue | When | Who", 4, (150.0, 330.0)),
        _row("1 | May 2023 | R. Okafor", 5, (150.0, 330.0)),
    ]

    assert _markdown(lines) == [
        "Owner | Head of Fostering\nNext review | March 2027",
        "**Change record**",
        "Issue | When | Who\n1 | May 2023 | R. Okafor",
    ]


def test_a_bold_label_wrapped_inside_its_table_stays_in_its_row() -> None:
    lines = [
        _row("Lead officer for | Head of Fostering", 0, (250.0,), bold=True),
        _bold("placements", 1, 140.0),
        _row("Next review | March 2027", 2, (250.0,), bold=True),
    ]

    assert _markdown(lines) == [
        "Lead officer for | Head of Fostering placements\nNext review | March 2027"
    ]


def test_a_row_with_an_empty_cell_keeps_to_its_table_grid() -> None:
    lines = [
        _row("Issue | When | Who", 0, (150.0, 330.0)),
        _row("Draft for | May 2023 | R. Okafor", 1, (150.0, 330.0), bold=True),
        _bold("comment", 2, 120.0),
        _row("2 | R. Okafor", 3, (330.0,)),
    ]

    assert _markdown(lines) == [
        "Issue | When | Who\nDraft for | May 2023 | R. Okafor comment\n2 | R. Okafor"
    ]
