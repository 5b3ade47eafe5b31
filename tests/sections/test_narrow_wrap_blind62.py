"""Text hard-wrapped narrower than 60 columns (decision 0116): its width is found when its
lines gather just under one width, and there a full line that ends a sentence ties the next
sentence to its paragraph, as a line of 60 characters does in wider text. Texts are our own."""

from __future__ import annotations

from app.sections.blocks_text import hard_wrap_width
from tests.sections.helpers import assert_tiles, outline_of


def test_a_narrow_wrap_is_found_where_lines_gather_under_one_width() -> None:
    assert hard_wrap_width([56, 54, 55, 51, 30, 56, 53, 22, 55, 49]) == 56
    assert hard_wrap_width([72, 70, 71, 68, 40, 72]) == 72


def test_short_lines_that_do_not_gather_are_no_wrap() -> None:
    # a list of statutes and headings of varied lengths
    assert hard_wrap_width([17, 48, 23, 31, 52, 19, 26, 45, 12, 38]) is None
    assert hard_wrap_width([46, 20, 18, 47, 15, 19, 48, 21, 17, 16]) is None


_TEXT = """Policies, values and principles

This chapter sits at the front of the Harwick children's
services manual and explains the reasons behind the
procedures that follow it.

Harwick Borough Council works with children under the
Children Act 1989, the Children Act 2004 and the
Children and Families Act 2014, and with the guidance
made under them.

Since 2024 every team in the borough, from early help to
the leaving care service, has used Restorative Practice.
Staff work with families rather than doing things to
them, and high support comes with high challenge.

Information about families is kept confidential and is
shared only where the law allows it or a child's safety
requires it, and every decision to share is recorded.
"""


def test_a_sentence_under_a_full_line_of_a_narrow_wrap_stays_in_its_paragraphs_section() -> None:
    assert max(len(line) for line in _TEXT.splitlines()) <= 56
    outline = outline_of(_TEXT)
    assert_tiles(outline)
    assert not any(section.text.startswith("Staff work") for section in outline.sections)
    model = next(s for s in outline.sections if "Restorative Practice." in s.text)
    assert "high challenge." in model.text


def test_the_tying_line_is_shorter_in_a_narrow_wrap() -> None:
    from app.sections.assemble import TIED_LINE, _tied_line

    assert _tied_line(_TEXT) == int(0.75 * 56)
    assert _tied_line("One line.\n\nAnother line of a text that is not wrapped.\n") == TIED_LINE


def test_a_title_cut_in_two_by_the_wrap_is_still_the_title() -> None:
    text = "Policy, values and principles for children's\nservices\n\n" + _TEXT.split("\n\n", 1)[1]
    outline = outline_of(text)
    assert_tiles(outline)
    assert outline.sections[0].kind == "title"
    assert outline.title == "Policy, values and principles for children's services"


def test_two_lines_that_do_not_name_the_chapter_are_no_wrapped_title() -> None:
    text = (
        "Harwick Borough Council and its\npartners in the borough\n\n" + _TEXT.split("\n\n", 1)[1]
    )
    outline = outline_of(text)
    assert_tiles(outline)
    assert outline.title is None or "Harwick Borough Council" not in outline.title
