"""Shapes met in the forty-eighth blind round (decision 0097): chapters with no headings at all.
An amendment note placed after the body, among the last blocks, closes the chapter (end matter),
while the same note under the title opens it (scope); a chapter placing itself in the manual in
its opening sentence is saying what it covers (scope); in a document whose paragraphs stand
apart, a paragraph straight under a line of prose with no blank line between (a wrapped
paragraph's last sentence) opens no section. Sections still tile the text."""

from __future__ import annotations

import pytest

from app.families import get_family
from app.sections.assemble import _tied_to_the_paragraph_above
from app.sections.blocks_text import scan_text_blocks
from app.sections.classify import compile_cues
from app.sections.rules import find_headings
from app.text import LineIndex
from tests.sections.helpers import assert_tiles, kinds_and_starts, outline_of

_BODY = (
    "Family help policy for the Orrinwick service\n\n"
    "{opening}\n\n"
    "Orrinwick Council works with children in need and their families under the Children Act "
    "1989 and the Children Act 2004, and this policy covers every worker in the service.\n\n"
    "When a child comes into our care, every councillor becomes that child's corporate parent "
    "and must have regard to the corporate parenting principles in every decision.\n\n"
    "Children are best brought up in their own families, and we help parents so that this can "
    "happen. Relatives are asked to help before anyone else is.\n\n"
    "Information about families is kept confidential and shared only where the law allows.\n\n"
    "{closing}\n"
)
_SCOPE = "This chapter explains why the family help service works as it does and whom it serves."


@pytest.mark.parametrize(
    "note",
    [
        "This procedure was revised in August 2024, when the part on relatives was rewritten.",
        "Updated on 5 May 2025: the paragraph on confidentiality now names the new records system.",
        "Reviewed and revised in October 2024. The wording on corporate parents was shortened.",
        "Amendments: in July 2025 the section on relatives was brought up to date.",
        "Last amended 03/02/2025, to add the paragraph on information sharing.",
    ],
)
def test_an_amendment_note_after_the_body_is_end_matter(note: str) -> None:
    outline = outline_of(_BODY.format(opening=_SCOPE, closing=note))
    assert_tiles(outline)
    assert kinds_and_starts(outline, 20)[-1] == ("end_matter", note[:20])


def test_the_same_note_under_the_title_opens_the_scope() -> None:
    note = "This procedure was revised in August 2024, when the part on relatives was rewritten."
    outline = outline_of(_BODY.format(opening=note, closing="We thank the families who helped us."))
    assert_tiles(outline)
    assert ("scope", note[:20]) in kinds_and_starts(outline, 20)
    assert "end_matter" not in [kind for kind, _start in kinds_and_starts(outline)]


def test_a_note_in_the_first_half_of_a_short_chapter_is_not_end_matter() -> None:
    text = (
        "Family help policy\n\n"
        "Page last updated: 3 May 2025\n\n"
        "Amended 01/02/2025 to add a paragraph about relatives.\n\n"
        "This chapter sets the scene for the Orrinwick family help procedures.\n\n"
        "Orrinwick Council works with children in need and their families.\n\n"
        "Back to top\n"
    )
    outline = outline_of(text)
    assert_tiles(outline)
    kinds = {start: kind for kind, start in kinds_and_starts(outline, 20)}
    assert kinds.get("Amended 01/02/2025 t") == "scope"


def test_an_amendment_note_under_a_heading_that_is_not_the_last_is_not_end_matter() -> None:
    text = (
        "# Family help policy\n\n"
        "## What this chapter is for\n\n"
        "This page was updated in June 2025 to add the part on relatives.\n\n"
        "## Working with other agencies\n\n"
        "We cannot protect children alone, and schools, doctors and the police share the task.\n"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    assert outline.sections[1].kind != "end_matter"


_WRAPPED = (
    "Family help policy for the Orrinwick service\n"
    "\n"
    "This chapter explains why the family help service works as it does, and it\n"
    "applies to every worker in the service and to the charities we pay to help.\n"
    "\n"
    "When a child comes into our care, every councillor becomes that child's\n"
    "corporate parent and must have regard to the corporate parenting principles\n"
    "in each decision the council makes for the children and young people it looks after.\n"
    "\n"
    "Children should live with their own families wherever they can do so\n"
    "safely, and when that is not possible we look to the wider family first.\n"
    "Young people's views are sought at every review we hold with them.\n"
    "\n"
    "Information about families is kept confidential and is shared only in\n"
    "line with the law, and every reason to share it is written on the file.\n"
)


def test_a_wrapped_paragraph_s_last_sentence_on_its_own_line_opens_no_section() -> None:
    outline = outline_of(_WRAPPED)
    assert_tiles(outline)
    for section in outline.sections:
        assert not section.text.startswith("Young people's views")
    holding = next(s for s in outline.sections if "Young people's views" in s.text)
    assert "Children should live" in holding.text


def test_a_paragraph_under_a_short_line_may_still_open_a_section() -> None:
    text = _WRAPPED.replace(
        "safely, and when that is not possible we look to the wider family first.\n",
        "safely.\n",
    ).replace(
        "Young people's views are sought at every review we hold with them.\n",
        "Information about families is kept confidential and shared only by law.\n\n",
    )
    outline = outline_of(text)
    assert_tiles(outline)
    starts = [section.text[:20] for section in outline.sections]
    assert "Information about fa" in starts


def test_a_closing_note_before_a_contact_paragraph_still_closes_the_chapter() -> None:
    note = "This procedure was revised in August 2024, when the part on relatives was rewritten."
    closing = note + "\n\nQuestions about this chapter go to the practice lead at Orrinwick House."
    outline = outline_of(_BODY.format(opening=_SCOPE, closing=closing))
    assert_tiles(outline)
    assert ("end_matter", note[:20]) in kinds_and_starts(outline, 20)


def test_a_note_with_more_of_the_chapter_after_it_than_before_is_the_scope_s() -> None:
    text = (
        "Family help policy\n\n"
        "This chapter gives the background to the Orrinwick family help procedures and the "
        "principles behind them.\n\n"
        "This chapter was updated in May 2024 to add a reference to the partnership's guidance.\n\n"
        "Orrinwick Council works with children in need, children who need protection and "
        "children in its care, and with the agencies that help them.\n\n"
        "Information about families is kept confidential and is shared only where the law "
        "allows it.\n"
    )
    outline = outline_of(text)
    assert_tiles(outline)
    assert "end_matter" not in [kind for kind, _start in kinds_and_starts(outline)]


def _tied(text: str) -> list[bool]:
    cues = compile_cues(get_family().kinds)
    lines = LineIndex(text)
    raw = scan_text_blocks(text, lines.line_starts())
    state = find_headings(text, raw, cues)
    return [_tied_to_the_paragraph_above(text, raw, state, index) for index in range(len(raw))]


def test_a_wrapped_paragraph_s_last_sentence_is_tied_to_the_lines_above() -> None:
    tied = _tied(_WRAPPED)
    text_blocks = [line for line in _WRAPPED.split("\n\n") if line]
    assert len(tied) == len(text_blocks) + 1  # the tail sentence is a block of its own
    assert tied == [False, False, False, False, True, False]


def test_a_paragraph_under_a_short_line_or_a_blank_line_is_not_tied() -> None:
    text = (
        "Family help policy\n\n"
        "Version 3.2\n"
        "We listen to children and we keep the promises that we make to them.\n\n"
        "Information about families is kept confidential and is shared only by law.\n"
    )
    assert not any(_tied(text))
