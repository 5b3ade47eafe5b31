"""Shapes met in the forty-eighth blind round (decision 0097): chapters with no headings at all.
An amendment note placed after the body, among the last blocks, closes the chapter (end matter),
while the same note under the title opens it (scope); a chapter placing itself in the manual in
its opening sentence is saying what it covers (scope); in hard-wrapped text parted by blank
lines a full line that happens to end a sentence carries on; the qualities a service expects
of its people, listed, are its values. Sections still tile the text."""

from __future__ import annotations

import pytest

from app.sections.blocks_text import parts_by_blank_lines, scan_text_blocks
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


def _scan(text: str) -> list[str]:
    lines = LineIndex(text)
    blocks = scan_text_blocks(text, [lines.line_start(i) for i in range(lines.line_count)])
    return [text[block.content_start : block.content_end] for block in blocks]


_WRAPPED = (
    "Family help policy\n"
    "\n"
    "Children should live with their own families wherever they can do so\n"
    "safely, and when that is not possible we look to the wider family first.\n"
    "Young people's views are sought at every review we hold with them.\n"
    "\n"
    "Information about families is kept confidential and is shared only in\n"
    "line with the law, and every reason to share it is written on the file.\n"
    "\n"
    "We thank the parents and young people who helped us write this chapter\n"
    "and who told us what a good social worker does and what one does not.\n"
    "Version 3.2\n"
    "\n"
    "End\n"
)


def test_a_full_line_ending_a_sentence_carries_on_in_text_parted_by_blank_lines() -> None:
    found = _scan(_WRAPPED)
    assert found[1].startswith("Children should live")
    assert found[1].endswith("every review we hold with them.")
    assert "Version 3.2" in found  # a short line after a full one still stands apart
    assert found[-1] == "End"


def test_lines_that_touch_with_no_blank_lines_still_end_at_a_stop() -> None:
    text = _WRAPPED.replace("\n\n", "\n")
    found = _scan(text)
    assert any(block.startswith("Young people's views") for block in found)


def test_blank_lines_part_paragraphs_when_there_are_enough_of_them() -> None:
    assert parts_by_blank_lines([70, 68, 0, 71, 66, 0, 72, 40, 0, 12])
    assert not parts_by_blank_lines([70, 68, 71, 0, 66, 72, 40, 12])
    assert not parts_by_blank_lines([70, 68, 0, 71] + [66] * 40 + [0, 30, 0, 20])


def test_unmarked_items_after_a_colon_in_wrapped_text_stay_apart() -> None:
    text = (
        "Family help policy\n"
        "\n"
        "We use the four outcomes of the framework to test whether our help works\n"
        "and whether the families we know are better off for it, so we ask this:\n"
        "children and families stay together and get the help they need early;\n"
        "children are safe in and outside their homes and in their communities;\n"
        "children in care have stable and loving homes and people who stay.\n"
        "\n"
        "Information about families is kept confidential and is shared only in\n"
        "line with the law, and every reason to share it is written on the file.\n"
    )
    found = _scan(text)
    assert any(block.startswith("children and families stay together") for block in found)
    assert any(block.startswith("children are safe in") for block in found)


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
