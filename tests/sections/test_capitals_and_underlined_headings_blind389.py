"""Plain text whose typist set some headings in capitals and underlined the others (blind389,
decision 0571): the capitals lines are the underlined headings' peers, each opening a section of
its own, not sub-headings of the underlined section above. Capitals lines all under one
underlined heading stay its parts. Texts are our own."""

from __future__ import annotations

from tests.sections.helpers import assert_tiles, outline_of

_MIXED = """FAMILY SUPPORT POLICY

SETTING THE SCENE

These notes describe how Brindlecombe's family support service works and
who should read them before starting work with a family.


What the law asks
-----------------

The service works under the Children Act 1989 and the Children Act 2004,
and under the guidance issued with them for every child in need.


HOW WE JOIN FORCES WITH OTHERS

Safeguarding is shared work: schools, health services and the police work
with us under Working Together to Safeguard Children, and we ask partners
what they know before we decide anything about a family.


The council as parent
---------------------

For a child in its care the council takes on the part of a parent and
must keep its corporate parenting duties in view in all it does.


WHERE WE ARE GOING

Within five years we would like every family to be offered help before
things reach a crisis, in the place where they live.
"""


def _headings(text: str) -> list[str | None]:
    outline = outline_of(text)
    assert_tiles(outline)
    return [section.heading for section in outline.sections]


def test_capitals_lines_between_underlined_headings_open_sections() -> None:
    headings = _headings(_MIXED)
    assert "HOW WE JOIN FORCES WITH OTHERS" in headings
    assert "WHERE WE ARE GOING" in headings
    assert "What the law asks" in headings
    assert "The council as parent" in headings


_PARTS_OF_ONE = """FAMILY SUPPORT POLICY

The purpose of these notes
--------------------------

These notes describe how Brindlecombe's family support service works and
who should read them before starting work with a family.


What we hope for children
-------------------------

We judge our work by what changes for the children we meet.

STAYING WELL

Children see a doctor and a dentist when they need to.

LEARNING

Children go to school and enjoy it.


Keeping records
---------------

We write records a child could read one day without being hurt by them.
"""


def test_capitals_lines_under_one_underlined_heading_stay_its_parts() -> None:
    headings = _headings(_PARTS_OF_ONE)
    assert "STAYING WELL" not in headings
    assert "LEARNING" not in headings
    assert "What we hope for children" in headings


def test_a_short_line_broken_by_hand_keeps_its_paragraph_whole() -> None:
    text = (
        "Planning for children\n=====================\n\n"
        "Each child we look after has a permanence plan, settled by the review panel\n"
        "and at the latest within\nsix months of coming into our care, and kept under\n"
        "review after that.\n"
    )
    for syntax in ("markdown", "plain"):
        outline = outline_of(text, syntax)
        assert_tiles(outline)
        paragraphs = [
            outline.text[block.start : block.end]
            for section in outline.sections
            for block in section.blocks
            if block.type == "paragraph"
        ]
        assert any("latest within\nsix months" in paragraph for paragraph in paragraphs), syntax
