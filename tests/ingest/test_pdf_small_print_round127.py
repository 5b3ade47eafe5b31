"""Small print in a PDF printed from a browser (decision 0208): an image's caption or a page's
stamp set below the body's size is never set apart as a heading, bold or coloured as it may be;
a bold line at the body's size still is. Every case is written for this test in our own words."""

from __future__ import annotations

from collections.abc import Sequence

from app.ingest.pdf import TextLine, TextPage
from app.ingest.pdf_layout import pages_to_markdown

BODY = 11.0
PITCH = 15.0


def _line(text: str, top: float, *, size: float = BODY, bold: bool = False,
          colour: int = 0) -> TextLine:  # fmt: skip
    return TextLine(text, size, bold, top, top + size * 1.15, 60.0, 60.0 + 5.0 * len(text),
                    colour=colour)  # fmt: skip


def _page(lines: Sequence[TextLine]) -> TextPage:
    return TextPage(width=595.0, height=842.0, lines=tuple(lines))


_BODY = [
    "This chapter applies to every member of staff in the children's social care service.",
    "It was last amended in the spring, when the section on care leavers was rewritten.",
    "We support every care leaver with a personal adviser and a pathway plan of their own.",
    "Our corporate parents meet the Children in Care Council twice in each school term.",
]


def test_a_bold_caption_in_small_print_is_no_bold_label() -> None:
    lines = [
        _line("Policies, Values and Principles", 60.0, size=20.0, bold=True),
        *[_line(sentence, 95.0 + PITCH * n) for n, sentence in enumerate(_BODY)],
        _line("Our Corporate Parenting Board meets young people at the town hall", 170.0,
              size=9.0, bold=True),  # fmt: skip
        *[_line(sentence, 195.0 + PITCH * n) for n, sentence in enumerate(_BODY)],
    ]
    text = pages_to_markdown([_page(lines)])
    assert "**Our Corporate Parenting Board" not in text
    assert "Our Corporate Parenting Board meets young people at the town hall" in text


def test_a_grey_stamp_in_small_print_is_no_coloured_label() -> None:
    lines = [
        _line("Policies, Values and Principles", 60.0, size=20.0, bold=True),
        _line("Page last reviewed: 21 October 2025", 95.0, size=9.0, colour=0x444444),
        *[_line(sentence, 120.0 + PITCH * n) for n, sentence in enumerate(_BODY)],
    ]
    text = pages_to_markdown([_page(lines)])
    assert "**Page last reviewed" not in text


def test_a_bold_line_at_the_body_size_is_still_a_bold_label() -> None:
    lines = [
        _line("Policies, Values and Principles", 60.0, size=20.0, bold=True),
        _line("On this page", 95.0, bold=True),
        *[_line(sentence, 120.0 + PITCH * n) for n, sentence in enumerate(_BODY)],
    ]
    text = pages_to_markdown([_page(lines)])
    assert "**On this page**" in text
