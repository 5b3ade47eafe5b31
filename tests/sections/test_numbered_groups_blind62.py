"""Numbered paragraphs and colon lines met in the sixty-second blind round (decision 0116), in
texts of our own: the paragraph that opens a number's group ("9.1 …") is read by the content
cues after its number, a later paragraph of the group ("2.3 …") is not; a short item "8." with
"8.1", "8.2" … under it leads their group and opens its section; a line ending in a colon over a
paragraph that opens in lower case leads into it and is no heading. Sections still tile."""

from __future__ import annotations

import pytest

from app.sections.paragraph_numbers import without_group_number
from tests.sections.helpers import assert_tiles, kinds_and_starts, outline_of


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("9.1 We measure our success by …", "We measure our success by …"),
        ("10.1. Information is shared …", "Information is shared …"),
        ("2.3 Safeguarding children is a shared responsibility.", None),
        ("2.10 A tenth paragraph.", None),
        ("Our values are these.", None),
    ],
)
def test_only_a_groups_opening_paragraph_loses_its_number(content, words) -> None:
    assert without_group_number(content) == (content if words is None else words)


_NUMBERED = (
    "Policies, values and principles\n\n"
    "1.1 This chapter sits at the front of the Harwick children's social care manual and "
    "explains the reasons behind the procedures in it.\n\n"
    "2.1 Harwick Borough Council works with children under the Children Act 1989 and the "
    "Children Act 2004, and with the guidance made under them.\n\n"
    "2.2 Safeguarding children is a shared responsibility. The police, schools and health "
    "services work with us under the borough's safeguarding arrangements.\n\n"
    "3.1 When a child comes into our care the council becomes their corporate parent and "
    "follows the seven corporate parenting principles in everything it does for them.\n\n"
    "4.1 Children should live with their own families wherever that is safe. A plan for "
    "permanence is made within four months of a child coming into care, and care leavers keep "
    "a personal adviser until they are 25.\n\n"
    "5.1 We measure our success by what happens to children: their health, their safety, their "
    "progress at school and their start in adult life.\n\n"
    "6.1 Information about families is kept confidential and shared only where the law allows "
    "it or a child's safety requires it.\n"
)


def test_a_groups_opening_paragraph_is_read_by_the_cues_after_its_number() -> None:
    outline = outline_of(_NUMBERED)
    assert_tiles(outline)
    found = kinds_and_starts(outline, 20)
    assert ("key_outcomes", "5.1 We measure our s") in found
    outcomes = next(s for s in outline.sections if s.kind == "key_outcomes")
    assert outcomes.decided_by == "cue"


def test_a_later_paragraph_of_a_group_stays_in_its_numbers_section() -> None:
    outline = outline_of(_NUMBERED)
    assert not any(section.text.startswith("2.2") for section in outline.sections)
    group = next(s for s in outline.sections if s.text.startswith("2.1 Harwick"))
    assert "2.2 Safeguarding children" in group.text


_LED = (
    "Policies, values and principles\n\n"
    "1. This chapter sits at the front of the Harwick children's social care manual. It says "
    "what we believe and why the procedures after it are written as they are.\n\n"
    "2. Harwick Borough Council works with children under the Children Act 1989 and the "
    "Children Act 2004. Those Acts apply to every child in need in the borough.\n\n"
    "3. Social workers in Harwick use Signs of Safety. Each assessment asks the family what is "
    "working well, what the worries are and what needs to happen next.\n\n"
    "4. Our decisions about each child keep to four plain rules.\n\n"
    "4.1 Children are best brought up within their own families, and our help is aimed first "
    "at keeping them there safely.\n\n"
    "4.2 When that cannot be, relatives and friends are assessed as carers first.\n\n"
    "4.3 A permanence plan is agreed within six months of a child becoming looked after.\n\n"
    "4.4 Care leavers may keep a personal adviser until they are 25.\n"
)


def test_a_short_item_over_its_numbers_paragraphs_opens_their_section() -> None:
    outline = outline_of(_LED)
    assert_tiles(outline)
    principles = next(s for s in outline.sections if s.kind == "key_principles")
    assert principles.text.startswith("4. Our decisions about each child")
    assert "4.4 Care leavers" in principles.text


def test_a_short_item_with_no_numbered_paragraphs_under_it_stays_where_it_was() -> None:
    text = _LED.split("4. Our decisions")[0] + "4. Our decisions keep to four plain rules.\n"
    outline = outline_of(text)
    assert_tiles(outline)
    assert outline.sections[-1].text.strip().endswith("four plain rules.")
    assert not outline.sections[-1].text.startswith("4. Our decisions")


_COLON = (
    "Policies, values and principles\n\n"
    "This chapter sits at the front of the Harwick children's social care manual and explains "
    "the reasons behind the procedures in it.\n\n"
    "Children should live with their own families wherever that is safe, and relatives are "
    "asked first when they cannot. Care leavers keep a personal adviser until they are 25.\n\n"
    "We will judge ourselves by what happens to the children:\n"
    "whether they are healthy, whether they are safe, whether they learn, and whether they "
    "leave us ready for adult life.\n\n"
    "Files about children are kept securely and shared only when the law allows it.\n"
)


def test_a_colon_line_over_a_paragraph_in_lower_case_is_no_heading() -> None:
    outline = outline_of(_COLON)
    assert_tiles(outline)
    assert all(
        section.heading != "We will judge ourselves by what happens to the children:"
        for section in outline.sections
    )
    assert all(block.type != "heading" for s in outline.sections[1:] for block in s.blocks)


def test_a_colon_label_over_a_capitalised_paragraph_may_still_head_it() -> None:
    text = _COLON.replace(
        "We will judge ourselves by what happens to the children:\nwhether they are",
        "Purpose of this chapter:\n\nIt is for staff. Children are",
    )
    outline = outline_of(text)
    assert_tiles(outline)
    assert any(
        block.type == "heading" and "Purpose of this chapter" in block.text
        for section in outline.sections
        for block in section.blocks
    )
