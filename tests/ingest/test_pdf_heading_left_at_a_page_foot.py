"""A heading set in body type, with no keep-with-next, that a page break leaves at the foot of a
page over its paragraph on the next (decision 0363): a lone line that stopped short of the
measure did not wrap onto the next page, so it is a block of its own, where a paragraph's line
that ran the measure carries on over the break. Lines are as PDFium gives them; the wording is
our own."""

from __future__ import annotations

from collections.abc import Sequence

from app.ingest.pdf import TextLine, TextPage
from app.ingest.pdf_layout import pages_to_markdown

BODY = 11.0
PITCH = 14.7
LEFT = 90.0
RIGHT = 519.0


def _line(text: str, row: int, *, right: float = RIGHT) -> TextLine:
    y = 80.0 + row * PITCH
    return TextLine(text, BODY, False, y, y + BODY * 1.0, LEFT, right)


def _page(lines: Sequence[TextLine]) -> TextPage:
    return TextPage(width=595.0, height=842.0, lines=tuple(lines))


_ABOVE = [
    _line("Children who cannot go home are told early where they will grow up, and the", 0),
    _line("plan for a permanent home is made within six months.", 1, right=360),
]

_OVER = [
    _line("Care leavers keep a personal adviser until they are 21, and until 25 when they", 0),
    _line("ask for one.", 1, right=150),
]


def test_a_short_heading_at_a_page_foot_stays_apart_from_the_next_page() -> None:
    first = [*_ABOVE, _line("Support on leaving care", 3, right=215)]

    blocks = pages_to_markdown([_page(first), _page(_OVER)]).split("\n\n")

    assert "Support on leaving care" in blocks
    assert any(block.startswith("Care leavers keep a personal adviser") for block in blocks)


def test_a_heading_with_a_comma_at_a_page_foot_stays_apart_too() -> None:
    first = [*_ABOVE, _line("Leaving care, and after", 3, right=222)]

    blocks = pages_to_markdown([_page(first), _page(_OVER)]).split("\n\n")

    assert "Leaving care, and after" in blocks


def test_a_line_that_ran_the_measure_carries_its_paragraph_over_the_page() -> None:
    first = [
        *_ABOVE,
        _line("Every young person leaving our care is offered a personal adviser, who stays", 3),
    ]
    second = [_line("with them until they are 21 at least.", 0, right=300)]

    text = pages_to_markdown([_page(first), _page(second)])

    assert "offered a personal adviser, who stays with them until they are 21" in text
