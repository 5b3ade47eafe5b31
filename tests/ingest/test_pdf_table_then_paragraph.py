"""A table printed by LibreOffice from Word sets the paragraph after it one line pitch under its
last row, with no space between (blind round 17). That paragraph is text of its own: a cell's
wrapped line never reaches past the table's right edge."""

from __future__ import annotations

from app.ingest.pdf import TextLine, TextPage
from app.ingest.pdf_layout import pages_to_markdown

BODY = 10.0
PITCH = 13.0
LEFT = 72.0


def _row(text: str, n: int) -> TextLine:
    top = 100.0 + n * PITCH
    return TextLine(text, BODY, False, top, top + 11.0, LEFT, 320.0, cells=2)


def _text(text: str, n: int, right: float) -> TextLine:
    top = 100.0 + n * PITCH
    return TextLine(text, BODY, False, top, top + 11.0, LEFT, right)


def _markdown(lines: list[TextLine]) -> list[str]:
    page = TextPage(width=595.0, height=842.0, lines=tuple(lines))
    return pages_to_markdown([page]).split("\n\n")


def test_a_full_width_paragraph_set_close_under_a_table_is_not_a_wrapped_cell() -> None:
    lines = [
        _row("Statute | Passed", 0),
        _row("Housing Act | 1996", 1),
        _row("Mental Capacity Act | 2005", 2),
        _text("Every practitioner is expected to know where these duties come from and", 3, 520),
        _text("to ask a manager when unsure.", 4, 240),
    ]

    assert _markdown(lines) == [
        "Statute | Passed\nHousing Act | 1996\nMental Capacity Act | 2005",
        "Every practitioner is expected to know where these duties come from and to ask a"
        " manager when unsure.",
    ]


def test_a_cell_wrapped_inside_the_table_still_carries_on_its_row() -> None:
    lines = [
        _row("Statute | What it says", 0),
        _row("Housing Act 1996 | Duties to people who", 1),
        TextLine("are homeless", BODY, False, 126.0, 137.0, 200.0, 260.0),
        _row("Mental Capacity Act 2005 | Decisions", 3),
    ]

    assert _markdown(lines) == [
        "Statute | What it says\nHousing Act 1996 | Duties to people who are homeless\n"
        "Mental Capacity Act 2005 | Decisions"
    ]


def test_a_first_rows_wrapped_cell_reaching_past_that_row_still_carries_on_it() -> None:
    """A table of one row so far gives no measure of its right edge: a wrapped line starting
    where the row's second cell starts is that cell's, however far right it reaches
    (decision 0230)."""
    lines = [
        TextLine("Statute | What it says", BODY, True, 100.0, 111.0, LEFT, 300.0, cells=2,
                 cell_starts=(250.0,)),
        TextLine("Housing Act 1996 | Councils must help", BODY, False, 113.0, 124.0, LEFT, 400.0,
                 cells=2, cell_starts=(250.0,)),
        TextLine("people who are homeless or about to be", BODY, False, 126.0, 137.0, 250.0,
                 470.0),
        TextLine("Mental Capacity Act 2005 | Decisions", BODY, False, 139.0, 150.0, LEFT, 330.0,
                 cells=2, cell_starts=(250.0,)),
    ]  # fmt: skip

    assert _markdown(lines) == [
        "Statute | What it says\nHousing Act 1996 | Councils must help people who are homeless"
        " or about to be\nMental Capacity Act 2005 | Decisions"
    ]


def test_a_long_line_at_the_margin_under_a_first_row_is_still_a_paragraph() -> None:
    lines = [
        TextLine("Statute | What it says", BODY, True, 100.0, 111.0, LEFT, 300.0, cells=2,
                 cell_starts=(250.0,)),
        TextLine("Housing Act 1996 | Homelessness", BODY, False, 113.0, 124.0, LEFT, 330.0,
                 cells=2, cell_starts=(250.0,)),
        _text("Every practitioner is expected to know where these duties come from and", 2, 520),
        _text("to ask a manager when unsure.", 3, 240),
    ]  # fmt: skip

    assert _markdown(lines) == [
        "Statute | What it says\nHousing Act 1996 | Homelessness",
        "Every practitioner is expected to know where these duties come from and to ask a"
        " manager when unsure.",
    ]
