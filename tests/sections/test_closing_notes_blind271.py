"""A closing note of blind round 271 (decision 0402): a chapter of un-headed paragraphs that
ends with a sentence saying when its changes took effect ("Amendments to this chapter took
effect on 1 August 2025.") ends with end matter of its own, as a closing "This chapter was last
amended in …" does (decision 0097). The same sentence about another document's changes stays
with the paragraph before. Every case is written for this test in our own words. Sections still
tile the text."""

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
