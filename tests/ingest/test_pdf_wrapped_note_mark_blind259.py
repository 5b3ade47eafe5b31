"""A reference mark that the line's end pushed onto a line of its own (WeasyPrint's footnote call
after a full stop at the end of a full line), alone at the left margin in small type right under
the sentence (blind round 259, decision 0386): it is that line's mark, so its note is read after
the paragraph, not left out, and the mark is no paragraph "1"."""

from __future__ import annotations

from collections.abc import Sequence

from app.ingest.pdf import TextLine, TextPage
from app.ingest.pdf_layout import pages_to_markdown

BODY = 10.0
PITCH = 15.0
LEFT = 72.0
RIGHT = 520.0


def _line(text: str, row: int, *, right: float = RIGHT, size: float = BODY) -> TextLine:
    top = 100.0 + row * PITCH
    return TextLine(text, size, False, top, top + size * 1.15, LEFT, right)


def _mark(text: str, under_row: int, gap: float = 2.0) -> TextLine:
    top = 100.0 + under_row * PITCH + BODY * 1.15 + gap
    return TextLine(text, 7.0, False, top, top + 8.0, LEFT, LEFT + 4.0)


def _note(text: str, top: float) -> TextLine:
    return TextLine(text, 8.0, False, top, top + 9.0, LEFT - 5.0, 460.0)


def _page(lines: Sequence[TextLine]) -> TextPage:
    number = TextLine("1", 9.0, False, 800.0, 810.0, 295.0, 300.0)
    return TextPage(width=595.0, height=842.0, lines=(*lines, number))


def _body(mark: TextLine) -> list[TextLine]:
    return [
        _line("Foster carers in Pellworth are paid an allowance for each child and a fee that", 0),
        _line(
            "rises with their training, and the rates are reviewed by the cabinet every year.", 1
        ),
        mark,
        _line(
            "Carers can call the fostering duty line at any hour of the day or night.", 3, right=470
        ),
    ]


def test_a_mark_wrapped_to_a_line_of_its_own_points_to_its_note() -> None:
    lines = [*_body(_mark("2", 1)), _note("2. The rates for 2026 were agreed in February.", 740.0)]

    paragraphs = pages_to_markdown([_page(lines)]).split("\n\n")

    assert paragraphs[0].endswith(
        "reviewed by the cabinet every year. The rates for 2026 were agreed in February."
    )
    assert "2" not in paragraphs


def test_a_lone_number_no_note_has_stays_where_it_stands() -> None:
    lines = [*_body(_mark("4", 1)), _note("2. The rates for 2026 were agreed in February.", 740.0)]

    paragraphs = pages_to_markdown([_page(lines)]).split("\n\n")

    assert "The rates for 2026" not in paragraphs[0]


def test_a_number_far_under_the_text_is_no_wrapped_mark() -> None:
    lines = [
        *_body(_mark("2", 1, gap=40.0)),
        _note("2. The rates for 2026 were agreed in February.", 740.0),
    ]

    paragraphs = pages_to_markdown([_page(lines)]).split("\n\n")

    assert "The rates for 2026" not in paragraphs[0]
