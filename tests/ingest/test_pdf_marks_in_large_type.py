"""A flowchart's arrows in large type (decision 0213): a line of nothing but marks names no
section. Each passage is in our own words."""

from __future__ import annotations

from app.ingest.pdf import TextLine, TextPage
from app.ingest.pdf_layout import pages_to_markdown

BODY = 10.0


def _line(text: str, row: int, *, size: float = BODY, bold: bool = False) -> TextLine:
    top = 100.0 + row * 18.0
    return TextLine(text, size, bold, top, top + size * 1.15, 60.0, 300.0)


def _markdown(lines: list[TextLine]) -> str:
    return pages_to_markdown([TextPage(width=595.0, height=842.0, lines=tuple(lines))])


def test_an_arrow_in_large_type_between_stages_is_no_heading() -> None:
    lines = [
        _line("Our planning runs through these stages:", 0),
        _line("Stage 1: a plan is made for the child", 1, bold=True),
        _line("\u2193", 2, size=14),
        _line("Stage 2: relatives are assessed as carers", 3, bold=True),
        _line("Every child has a plan by the second review, and we check it at every review.", 4),
    ]

    text = _markdown(lines)

    assert "#" not in text
    assert "\u2193" in text.split("\n\n")


def test_a_word_in_the_same_large_type_is_still_a_heading() -> None:
    lines = [
        _line("Permanence", 0, size=14),
        _line("Every child has a plan by the second review, and we check it at every review.", 1),
        _line("Leaving care", 2, size=14),
        _line("Care leavers have a personal adviser who keeps in touch with them.", 3),
    ]

    text = _markdown(lines)

    assert "## Permanence" in text or "# Permanence" in text
