"""A plain text hard-wrapped to a width under a title line pasted whole and longer than it
(decision 0384): the width is where the wrapped lines gather, not the lone long title, so a
line of the prose cut well short of the title's length still carries on into the next line.
Texts are our own."""

from __future__ import annotations

import textwrap

from app.sections.blocks_text import hard_wrap_width
from tests.sections.helpers import assert_tiles, outline_of


def test_a_lone_long_line_is_not_the_width() -> None:
    assert hard_wrap_width([86, 0, 66, 64, 61, 68, 0, 67, 58, 65, 63, 0, 66, 60, 44]) == 68
    assert hard_wrap_width([0, 94, 0, 70, 66, 62, 71, 69, 0, 64, 72, 68, 70, 35]) == 72


def test_a_longest_line_with_company_is_still_the_width() -> None:
    assert hard_wrap_width([72, 70, 71, 68, 40, 72]) == 72
    # prose wrapped at 88 with a few lines near it: the widest line stands with them
    assert hard_wrap_width([88, 85, 70, 86, 60, 79, 87, 41]) == 88


_PARAGRAPHS = [
    "Brindle Heath Metropolitan Borough Council: Policies, Values and Principles for Children",
    "Roughly 190 children live in the care of Brindle Heath, and the council acts as their "
    "parent. Each member and officer keeps in mind the corporate parenting duties of the 2017 "
    "Act when they decide anything that affects them.",
    "Councillor Ada Lyle, who leads the Corporate Parenting\nBoard, tells full council "
    "every spring how well those duties have been kept.",
    "Information about children is shared only when the law allows it, and each decision to "
    "share is written on the child's record.",
]


def _wrapped(width: int) -> str:
    title, *paragraphs = _PARAGRAPHS
    filled = (p if "\n" in p else textwrap.fill(p, width) for p in paragraphs)
    return title + "\n\n" + "\n\n".join(filled) + "\n"


def test_a_wrapped_line_naming_a_kind_under_a_long_title_is_no_heading() -> None:
    text = _wrapped(66)
    lines = text.splitlines()
    assert len(lines[0]) > 80
    assert "Councillor Ada Lyle, who leads the Corporate Parenting" in lines
    outline = outline_of(text)
    assert_tiles(outline)
    assert all(section.heading is None for section in outline.sections[1:])
    assert not any(section.text.startswith("Board,") for section in outline.sections)
    board = next(s for s in outline.sections if "Councillor Ada Lyle" in s.text)
    assert "have been kept." in board.text


def test_a_short_plain_line_under_a_long_title_still_heads_its_paragraph() -> None:
    title, first, *_rest = _PARAGRAPHS
    text = (
        title
        + "\n\n"
        + textwrap.fill(first, 66)
        + "\n\nInformation Sharing\n"
        + (textwrap.fill(_PARAGRAPHS[3], 66) + "\n")
    )
    outline = outline_of(text)
    assert_tiles(outline)
    assert any(section.heading == "Information Sharing" for section in outline.sections)
