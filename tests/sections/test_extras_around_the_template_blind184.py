"""Blind round 184 (decision 0292): the parts council documents add around the template's
content. Numbered lines that carry on the body's numbering after a section are no contents
list; a closing part holding only a record is complete in itself; "Planning for children" is
principles of planning. Our own words throughout."""

from __future__ import annotations

from tests.sections.outline_helpers import kinds_and_headings

_PLAIN = (
    "POLICIES, VALUES AND PRINCIPLES\nMarrowby Council\n\n"
    "1. SCOPE\n\n1.1 This chapter of the Marrowby manual explains the values our staff work "
    "by.\n\n"
    "2. EQUALITY IMPACT\n\n2.1 The chapter was screened for its effect on equality and no "
    "harm to any group was found.\n\n"
)


def test_numbered_lines_carrying_on_the_body_s_numbering_are_no_contents_list() -> None:
    text = (
        f"{_PLAIN}3. LINKED PROCEDURES\n\n"
        "3.1 Marrowby Fostering procedure\n3.2 Marrowby Adoption procedure\n"
        "3.3 Marrowby Leaving Care procedure\n\n"
        "4. DOCUMENT INFORMATION\n\nOwner: Head of Service\nVersion: 6.1\n"
    )
    headings = [heading for _kind, heading in kinds_and_headings(text, "plain")]
    assert "3. LINKED PROCEDURES" in headings
    assert "4. DOCUMENT INFORMATION" in headings


def test_a_contents_list_under_the_title_is_still_one() -> None:
    text = (
        "POLICIES, VALUES AND PRINCIPLES\n\n"
        "1. SCOPE\n1.1 Who it covers\n2. VALUES\n2.1 What we believe\n3. OUR MODEL\n\n"
        "1. SCOPE\n\nThis chapter of the Marrowby manual explains the values our staff work by "
        "and who they cover.\n\n"
        "2. VALUES\n\nWe believe children do best in their own families where that is safe.\n\n"
        "3. OUR MODEL\n\nOur teams use Signs of Safety with every family they work with.\n"
    )
    headings = [heading for _kind, heading in kinds_and_headings(text, "plain")]
    assert headings.count("1. SCOPE") == 1
    assert "1.1 Who it covers" not in headings


def test_a_closing_record_then_a_history_are_two_parts() -> None:
    text = (
        "# Policies, Values and Principles\n\n"
        "## 1. Our values\n\nWe keep children safe and close to the people who love them. "
        "We say what worries us.\n\n"
        "## Document details\n\n| Item | Detail |\n|---|---|\n| Owner | Head of Service |\n"
        "| Version | 4 |\n\n"
        "## Amendment history\n\n| Version | Date | Change |\n|---|---|---|\n"
        "| 3 | May 2023 | Reissued |\n| 4 | April 2025 | Values rewritten |\n"
    )
    kinds = kinds_and_headings(text, "markdown")
    assert ("end_matter", "Document details") in kinds
    assert ("end_matter", "Amendment history") in kinds


def test_a_section_with_prose_keeps_a_same_kind_sub_heading() -> None:
    text = (
        "# Policies, Values and Principles\n\n"
        "## Our values\n\nWe keep children safe.\n\n"
        "## What we believe\n\n| We believe | Because |\n|---|---|\n| Families matter | "
        "They last |\n"
    )
    headings = [heading for _kind, heading in kinds_and_headings(text, "markdown")]
    assert "Our values" in headings


def test_planning_for_children_over_timescales_and_a_review_interval_is_principles() -> None:
    text = (
        f"{_PLAIN}3. PLANNING FOR CHILDREN AND YOUNG PEOPLE\n\n"
        "3.1 A permanence plan will be agreed for each child in care within four months of "
        "their coming into care.\n\n"
        "3.2 Care leavers may keep a personal adviser until they are 21, or until 25 if they "
        "ask. Pathway plans are reviewed at least every six months.\n"
    )
    assert ("key_principles", "3. PLANNING FOR CHILDREN AND YOUNG PEOPLE") in kinds_and_headings(
        text, "plain"
    )
