"""Un-headed chapters of blind round 271 (decision 0402). A chapter of un-headed paragraphs that
ends with a sentence saying when its changes took effect ("Amendments to this chapter took
effect on 1 August 2025.") ends with end matter of its own, as a closing "This chapter was last
amended in …" does (decision 0097). The same sentence about another document's changes stays
with the paragraph before. A paragraph that names the police, schools or health as meeting
in a multi-agency hub or team opens the partners' section (shared responsibility), even after the
values; councillors meeting in a panel do not. Every case is written for this test in our own
words. Sections still tile the text."""

from __future__ import annotations

import pytest

from tests.sections.helpers import assert_tiles, kinds_and_starts, outline_of

_PAGE = (
    "Children's Services Policies, Values and Principles\n\n"
    "We tell children the truth about their lives, in words that fit their age, and we keep "
    "the promises we make to them.\n\n"
    "Everyone who works in children's services, and every carer who works on our behalf, "
    "should read this chapter and the procedures that follow it.\n\n"
    "{line}\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "Amendments to this chapter took effect on 1 August 2025.",
        "The changes in this edition came into effect in March 2026.",
        "These revisions took effect from 14 May 2025.",
    ],
)
def test_a_closing_note_of_when_the_changes_took_effect_is_end_matter(line: str) -> None:
    outline = outline_of(_PAGE.format(line=line))
    assert_tiles(outline)
    sections = kinds_and_starts(outline)
    assert sections[-1][0] == "end_matter"
    assert sections[-1][1].startswith(line[:30])


def test_changes_to_another_document_taking_effect_are_no_end_matter() -> None:
    outline = outline_of(
        _PAGE.format(line="Changes to the fostering allowances took effect on 1 April 2025.")
    )
    assert_tiles(outline)
    assert "end_matter" not in [kind for kind, _ in kinds_and_starts(outline)]


_PARTNERS = (
    "Children's Services Policies, Values and Principles\n\n"
    "Honesty, warmth and ambition are the values we ask of everyone who works with children, and "
    "staff are appraised against them every year.\n\n"
    "{paragraph}\n\n"
    "Records about a child are kept confidential and are seen only by those who need them, and "
    "any young person who was looked after may ask to read their file.\n"
)


@pytest.mark.parametrize(
    "paragraph",
    [
        "The police, schools, health visitors and our social workers meet every morning in the "
        "Multi-Agency Safeguarding Hub to agree what should happen when someone is worried.",
        "Health services, the police and the council's early help teams work together in a joint "
        "front door that takes every call about a child.",
    ],
)
def test_agencies_meeting_in_a_multi_agency_body_open_the_partners_section(paragraph: str) -> None:
    outline = outline_of(_PARTNERS.format(paragraph=paragraph))
    assert_tiles(outline)
    sections = kinds_and_starts(outline)
    assert ("shared_responsibility", paragraph[:40]) in [
        (kind, start[:40]) for kind, start in sections
    ]


def test_councillors_meeting_in_a_panel_are_no_partners_cue() -> None:
    paragraph = (
        "Councillors and senior officers meet every month in the corporate parenting panel "
        "and hear from young people at every meeting."
    )
    outline = outline_of(_PARTNERS.format(paragraph=paragraph))
    assert_tiles(outline)
    assert "shared_responsibility" not in [kind for kind, _ in kinds_and_starts(outline)]
