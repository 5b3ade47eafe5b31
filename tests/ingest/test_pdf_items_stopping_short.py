"""A list's last item that ends without a stop, then a paragraph back at the items' marker
column (decision 0116): LibreOffice prints a Word "List Number" list with the wrapped lines of
its items hanging under their words, so a line back at the markers' column after an item that
stopped short opens a paragraph after the list, on the same page or the next. Where a list's
items wrap back to the margin, a line there still carries its item on. Lines are as PDFium
gives them; the wording is our own."""

from __future__ import annotations

from collections.abc import Sequence

from app.ingest.pdf import TextLine, TextPage
from app.ingest.pdf_layout import pages_to_markdown

BODY = 11.0
PITCH = 14.7
LEFT = 90.0
RIGHT = 519.0


def _line(text: str, row: int, *, left: float = LEFT, right: float = RIGHT) -> TextLine:
    y = 80.0 + row * PITCH
    return TextLine(text, BODY, False, y, y + BODY * 1.0, left, right)


def _page(lines: Sequence[TextLine]) -> TextPage:
    return TextPage(width=595.0, height=842.0, lines=tuple(lines))


_OPENING = [
    _line("Eastwold Council is corporate parent to all Looked After Children and care", 0),
    _line("leavers. In that role it has regard to these principles:", 1, right=400),
    _line("1. to act in their best interests and promote their physical and mental", 3, right=490),
    _line("health and well-being", 4, left=LEFT + 18, right=230),
    _line("2. to encourage them to express their views, wishes and feelings", 5, right=455),
]


def test_a_paragraph_back_at_the_marker_column_after_a_short_item_is_not_the_items() -> None:
    lines = [
        *_OPENING,
        _line("3. to prepare them for adulthood and independent living", 7, right=409),
        # set as close under the list as the items are under each other
        _line("Restorative Practice is how every Eastwold team works with families. Workers", 8),
        _line("and parents plan together.", 9, right=240),
    ]

    blocks = pages_to_markdown([_page(lines)]).split("\n\n")

    assert blocks[-2] == "3. to prepare them for adulthood and independent living"
    assert blocks[-1].startswith("Restorative Practice is how every Eastwold team")


def test_the_same_paragraph_on_the_next_page_is_not_the_items_either() -> None:
    first = [
        *_OPENING,
        _line("3. to prepare them for adulthood and independent living", 6, right=409),
    ]
    second = [
        _line("Restorative Practice is how every Eastwold team works with families. Workers", 0),
        _line("and parents plan together.", 1, right=240),
    ]

    blocks = pages_to_markdown([_page(first), _page(second)]).split("\n\n")

    assert blocks[-2] == "3. to prepare them for adulthood and independent living"
    assert blocks[-1].startswith("Restorative Practice is how")


def test_items_that_wrap_back_to_the_margin_keep_their_lines() -> None:
    """fpdf prints an item's wrapped line back at the margin, under its marker: there a line
    in the marker's column is the item's own, however short the line before it."""
    lines = [
        _line("The council has regard to these principles:", 0, right=330),
        _line("1. to act in their best interests and promote their", 1, right=330),
        _line("physical and mental health and well-being;", 2, right=300),
        _line("2. to encourage them to express their views, wishes", 3, right=340),
        _line("and feelings;", 4, right=160),
    ]

    blocks = pages_to_markdown([_page(lines)]).split("\n\n")

    assert blocks[1:] == [
        "1. to act in their best interests and promote their physical and mental health and "
        "well-being;",
        "2. to encourage them to express their views, wishes and feelings;",
    ]
