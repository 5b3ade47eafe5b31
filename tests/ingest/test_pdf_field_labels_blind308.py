"""Blind round 308 (decision 0446): a box of labelled fields in a PDF whose first label runs to
four words and whose value fills the line. Each passage is in our own words."""

from __future__ import annotations

from app.ingest.pdf import TextLine, TextPage
from app.ingest.pdf_layout import pages_to_markdown

BODY = 10.0


def _line(text: str, row: int, right: float) -> TextLine:
    top = 120.0 + row * 13.0
    return TextLine(text, BODY, False, top, top + 11.0, 60.0, right, colour=0)


def _markdown(lines: list[TextLine]) -> str:
    return pages_to_markdown([TextPage(width=595.0, height=842.0, lines=tuple(lines))])


def test_a_field_under_a_four_word_label_that_fills_its_line_keeps_the_next_field_apart() -> None:
    text = _markdown(
        [
            _line("Who this is for: every social worker, manager and foster carer here", 0, 535),
            _line("Responsible officer: Head of Family Services", 1, 300),
            _line("Last amended: 9 April 2026", 2, 210),
        ]
    )

    lines = [line for line in text.splitlines() if line.strip()]

    assert any(line.startswith("Responsible officer:") for line in lines)


def test_a_sentence_that_wraps_onto_a_line_with_a_colon_stays_one_paragraph() -> None:
    text = _markdown(
        [
            _line("The panel meets monthly and its chair reports to the director on", 0, 535),
            _line("what it found: delays, gaps and what was done about them.", 1, 400),
        ]
    )

    assert "director on what it found:" in " ".join(text.split())
