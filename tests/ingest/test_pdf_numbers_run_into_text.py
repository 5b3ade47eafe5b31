"""A numbered list whose two-digit numbers fill the whole hanging indent (decision 0209):
LibreOffice prints a Word "List Number" paragraph "10." with its text starting right where the
number ends, so PDFium gives "10.We cannot ..." with no space. Where the list's last number was
9, the line is item 10 and its wrapped lines under the text are the item's; a number run into a
word with no such list before it stays text. Lines are as PDFium gives them; the wording is our
own."""

from __future__ import annotations

from collections.abc import Sequence

from app.ingest.pdf import TextLine, TextPage
from app.ingest.pdf_layout import pages_to_markdown

BODY = 11.0
PITCH = 14.7
LEFT = 90.0
TEXT = 108.0
RIGHT = 519.0


def _line(text: str, row: int, *, left: float = LEFT, right: float = RIGHT) -> TextLine:
    y = 80.0 + row * PITCH
    return TextLine(text, BODY, False, y, y + BODY * 1.0, left, right)


def _page(lines: Sequence[TextLine]) -> TextPage:
    return TextPage(width=595.0, height=842.0, lines=tuple(lines))


def test_a_two_digit_number_run_into_its_text_is_the_lists_next_item() -> None:
    lines = [
        _line("9. Everything in this chapter follows from the Children Act 1989 and the", 0),
        _line("Children Act 2004.", 1, left=TEXT, right=200),
        _line("10.Other agencies share the work of keeping children safe, and we meet", 3),
        _line("with them to plan help for the children who need it.", 4, left=TEXT, right=400),
        _line("11.Our vision is for every child in the borough to grow up safe.", 6, right=430),
    ]

    blocks = pages_to_markdown([_page(lines)]).split("\n\n")

    assert blocks == [
        "9. Everything in this chapter follows from the Children Act 1989 and the Children Act"
        " 2004.",
        "10. Other agencies share the work of keeping children safe, and we meet with them to"
        " plan help for the children who need it.",
        "11. Our vision is for every child in the borough to grow up safe.",
    ]


def test_a_number_run_into_a_word_with_no_list_before_it_stays_text() -> None:
    lines = [
        _line("Our annual report is published every spring, and the figures in section", 0),
        _line("3.The report sets out how many children we supported during the year.", 1),
    ]

    blocks = pages_to_markdown([_page(lines)]).split("\n\n")

    assert blocks[0].startswith("Our annual report")
    assert "3.The report" in blocks[0]


def test_a_number_out_of_the_lists_count_stays_text() -> None:
    lines = [
        _line("1. Every child should have a plan for permanence by the second review.", 0),
        _line("2. Care leavers keep a personal adviser until they are 21.", 2, right=420),
        _line("7.Staff are reminded that records must be kept up to date.", 4, right=420),
    ]

    text = pages_to_markdown([_page(lines)])

    assert "7. Staff" not in text
