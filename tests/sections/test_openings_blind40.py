"""Shapes met in the fortieth blind round: a byline under the title does not hide the heading
under it; a bold "End" under the last section's heading ends the chapter; a one-line lead-in
("Please note:") in un-headed text stays with the paragraph it introduces. Sections still tile
the text."""

from __future__ import annotations

import pytest

from app.families import get_family
from app.sections.assemble import _after_a_lead_in
from app.sections.blocks_text import scan_text_blocks
from app.sections.classify import compile_cues
from app.sections.rules import find_headings
from app.text import LineIndex
from tests.sections.helpers import assert_tiles, kinds_and_starts, outline_of


def test_a_known_heading_under_a_byline_under_the_title_is_a_heading() -> None:
    text = (
        "Family Support Policy\n\n"
        "Westerby Council - Early Help\n\n"
        "About this Chapter\n\n"
        "This chapter explains how our family hubs work with parents.\n\n"
        "Corporate Parenting\n\n"
        "The council is the parent of every child in its care.\n"
    )
    outline = outline_of(text)
    assert_tiles(outline)
    assert ("scope", "About this Chapter") in [
        (section.kind, section.heading) for section in outline.sections
    ]


def test_an_unknown_line_under_a_byline_is_not_made_a_heading_by_it() -> None:
    text = (
        "Family Support Policy\n\n"
        "Westerby Council - Early Help\n\n"
        "Hubs open at nine\n\n"
        "This chapter explains how our family hubs work with parents.\n"
    )
    outline = outline_of(text)
    assert_tiles(outline)
    assert "Hubs open at nine" not in [section.heading for section in outline.sections]


@pytest.mark.parametrize("end", ["### End", "**End**"])
def test_end_as_the_last_heading_under_a_section_closes_the_chapter(end: str) -> None:
    text = (
        "# Family Support Policy\n\n"
        "## 1. Introduction\n\nWe help families early.\n\n"
        "## 2. Our Strategy\n\nOur strategy is to keep children safely at home.\n\n"
        f"{end}\n\n"
        "Last updated: 4 May 2025\n"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    assert outline.sections[-1].kind == "end_matter"
    assert outline.sections[-1].text.startswith(end)
    assert outline.sections[-2].kind == "strategy"


def test_a_last_sub_heading_of_no_trailing_kind_stays_inside_its_section() -> None:
    text = (
        "# Family Support Policy\n\n"
        "## 1. Key Outcomes\n\nWe want five outcomes.\n\n"
        "### Staying safe\n\nChildren are protected from harm.\n"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    assert outline.sections[-1].kind == "key_outcomes"
    assert "### Staying safe" in outline.sections[-1].text


_UNHEADED = (
    "Family Support Policy\n\n"
    "This chapter sets the context for every procedure in our manual. It contains the overall "
    "policy for services to children and families, and the values behind our recording.\n\n"
    "The council works within the law. The framework has regard to and is consistent with the "
    "Children Act 1989, the Children Act 2004 and the Children and Social Work Act 2017. Most of "
    "our work is with Children in Need and with children in care.\n\n"
    "{lead_in}\n\n"
    "No agency can keep a child safe on its own. Schools, health visitors, the police and the "
    "voluntary sector share what worries them, and all of them follow Working Together to "
    "Safeguard Children and the procedures of the local safeguarding partnership.\n\n"
    "Information that families give us is confidential. We share it only where the law allows, "
    "usually with their agreement, and always when sharing it protects a child from harm.\n"
)


@pytest.mark.parametrize("lead_in", ["Please note:", "In short:", "Before you go on, read this."])
def test_a_one_line_lead_in_opens_the_section_of_the_paragraph_it_introduces(
    lead_in: str,
) -> None:
    outline = outline_of(_UNHEADED.format(lead_in=lead_in))
    assert_tiles(outline)
    starts = kinds_and_starts(outline, 80)
    holding = next(section for section in outline.sections if lead_in in section.text)
    assert holding.text.lstrip().startswith(lead_in), starts
    assert "No agency can keep a child safe" in holding.text


@pytest.mark.parametrize(
    ("line", "lead_in"),
    [
        ("Please note:", True),
        ("Before you go on, read this.", True),
        ("Our duties are set out below.", True),
        ("We listen to children.", False),
        ("Children come first, and this matters to every one of us:", False),
    ],
)
def test_what_reads_as_a_lead_in(line: str, lead_in: bool) -> None:
    text = f"{line}\n\nNo agency can keep a child safe on its own; we all share what worries us.\n"
    lines = LineIndex(text)
    raw = scan_text_blocks(text, lines.line_starts())
    assert [block.type for block in raw] == ["paragraph", "paragraph"]
    state = find_headings(text, raw, compile_cues(get_family().kinds))
    assert _after_a_lead_in(text, raw, state, 1) is lead_in
