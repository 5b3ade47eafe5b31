"""A chapter written as one numbered list (blind round 346, decision 0511).

Some authors write a whole chapter as a single numbered list in markdown with no headings: each
item is a topic, and an item that introduces Acts, values or measures ends in a colon and nests
them as bullets under itself. Such a list is a run of numbered paragraphs:

- an item that is a sentence ending in a colon, with items nested under it, reads as a paragraph
  with its own list, not as an entry of the numbered list;
- the nested bullets do not break the run of numbered paragraphs;
- a short label over sub-items ("Staying safe:") is no such sentence, and a list with one plain
  entry among its items stays a list (decision 0138).

Every text is written for these tests in our own words. Sections still tile the text.
"""

from __future__ import annotations

from app.sections.assemble import _in_list_of_paragraphs
from app.sections.blocks_markdown import scan_markdown_blocks
from app.text import LineIndex
from tests.sections.outline_helpers import kinds_and_openings

_TITLE = "Policies, Values and Principles for Children's Services\n\nPlumstead Cross Council\n\n"

_ITEMS = (
    "1. These pages are written for every practitioner, manager and carer who works with "
    "children on the council's behalf. They describe how we expect to work and why.\n"
    "2. The duties we carry out come from a number of Acts of Parliament, among them:\n"
    "   - the Children Act 1989;\n"
    "   - the Children and Families Act 2014;\n"
    "   - the Children and Social Work Act 2017.\n"
    "3. Keeping children safe is shared with schools, doctors, the police and housing. We meet "
    "our partners every month and expect staff to call them rather than wait for a meeting.\n"
    "4. Three things matter to us more than anything else in our work:\n"
    "   - children are listened to and believed;\n"
    "   - families hear the truth from us, kindly told;\n"
    "   - we keep our promises.\n"
    "5. Each child who cannot live at home should have a permanence plan within four months, "
    "and a young person leaving care keeps a personal adviser until they are 21.\n"
    "6. We will know that we are doing well when we see the following:\n"
    "   - more children staying safely with their families;\n"
    "   - better school attendance for children in care.\n"
    "7. Records about families are kept securely and shared only when the law allows it or a "
    "child would otherwise be at risk, and every decision to share is written down.\n"
)


def _top_items_read_as_paragraphs(text: str) -> list[bool]:
    raw = scan_markdown_blocks(text, LineIndex(text))
    return [
        _in_list_of_paragraphs(text, raw, index)
        for index, block in enumerate(raw)
        if block.type == "list_item" and block.depth == 1
    ]


def test_items_introducing_their_own_bullets_are_paragraphs_of_the_list() -> None:
    assert _top_items_read_as_paragraphs(_TITLE + _ITEMS) == [True] * 7


def test_nested_bullets_are_never_paragraphs_of_the_list() -> None:
    text = _TITLE + _ITEMS
    raw = scan_markdown_blocks(text, LineIndex(text))
    nested = [index for index, block in enumerate(raw) if block.depth > 1]
    assert nested
    assert not any(_in_list_of_paragraphs(text, raw, index) for index in nested)


def test_a_short_label_over_sub_items_keeps_the_list_a_list() -> None:
    items = _ITEMS.replace(
        "4. Three things matter to us more than anything else in our work:\n", "4. Our values:\n"
    )
    assert _top_items_read_as_paragraphs(_TITLE + items) == [False] * 7


def test_a_plain_entry_among_the_items_keeps_the_list_a_list() -> None:
    items = _ITEMS.replace(
        "3. Keeping children safe is shared with schools, doctors, the police and housing. We meet "
        "our partners every month and expect staff to call them rather than wait for a meeting.\n",
        "3. Working with partners\n",
    )
    assert _top_items_read_as_paragraphs(_TITLE + items) == [False] * 7


def test_each_topic_of_the_numbered_chapter_opens_at_its_number() -> None:
    openings = kinds_and_openings(_TITLE + _ITEMS, "markdown", 12)
    assert ("introduction", "2. The dutie") in openings
    assert ("values", "4. Three thi") in openings
    assert ("key_outcomes", "6. We will k") in openings
    assert ("information_sharing", "7. Records a") in openings


def test_items_with_a_blank_line_between_them_open_their_topics_too() -> None:
    spaced = _ITEMS.replace(".\n2. ", ".\n\n2. ").replace("meeting.\n4. ", "meeting.\n\n4. ")
    spaced = spaced.replace("21.\n6. ", "21.\n\n6. ")
    openings = kinds_and_openings(_TITLE + spaced, "markdown", 12)
    assert ("introduction", "2. The dutie") in openings
    assert ("values", "4. Three thi") in openings
    assert ("key_outcomes", "6. We will k") in openings
