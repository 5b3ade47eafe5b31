"""A single page's footnotes set at its very foot, in type smaller than the body, are read at
their marks (decision 0087), not dropped as the page's running footer: the margin-text rule of
a page of its own (decision 0294). A small line there that no mark points to still goes."""

from __future__ import annotations

from collections.abc import Sequence

from app.ingest.pdf import TextLine, TextPage
from app.ingest.pdf_layout import pages_to_markdown

BODY = 11.0
PITCH = 14.0
LEFT = 72.0
RIGHT = 520.0
HEIGHT = 842.0


def _line(text: str, row: int, *, right: float = RIGHT, marks: tuple[str, ...] = ()) -> TextLine:
    top = 100.0 + row * PITCH
    return TextLine(text, BODY, False, top, top + BODY * 1.15, LEFT, right, note_marks=marks)


def _small(text: str, top: float, right: float = 460.0) -> TextLine:
    return TextLine(text, 9.0, False, top, top + 10.0, LEFT, right)


def _page(lines: Sequence[TextLine]) -> TextPage:
    return TextPage(width=595.0, height=HEIGHT, lines=tuple(lines))


def _body() -> list[TextLine]:
    return [
        _line("Young people who leave our care have a personal adviser, and the adviser", 0),
        _line("stays with them until they are twenty-one.", 1, right=330, marks=("1",)),
        _line("Plans are written with the young person and shared with them.", 3, right=450),
    ]


def test_a_note_at_the_foot_of_a_single_page_is_read_at_its_mark() -> None:
    lines = [
        *_body(),
        _small("1 Longer, to twenty-five, for any young person who asks us to carry on", 790.0),
        _small("with the support.", 803.0, right=160),
    ]

    text = pages_to_markdown([_page(lines)])

    assert text.split("\n\n") == [
        "Young people who leave our care have a personal adviser, and the adviser stays with "
        "them until they are twenty-one. Longer, to twenty-five, for any young person who asks "
        "us to carry on with the support.",
        "Plans are written with the young person and shared with them.",
    ]


def test_a_small_footer_under_the_note_still_goes() -> None:
    lines = [
        *_body(),
        _small("1 Longer, to twenty-five, for any young person who asks.", 760.0),
        _small("Brookhaven Council - Children's Services Manual", 815.0),
    ]

    text = pages_to_markdown([_page(lines)])

    assert "Brookhaven Council" not in text
    assert "Longer, to twenty-five, for any young person who asks." in text


def test_a_small_line_no_mark_points_to_stays_a_footer() -> None:
    lines = [*_body(), _small("2 Ashby Road, Brookhaven", 800.0)]

    text = pages_to_markdown([_page(lines)])

    assert "Ashby Road" not in text
