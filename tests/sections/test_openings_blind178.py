"""Amendment lines of blind round 178 (decision 0283) under a chapter's title: the chapter's
last amendment as the sentence's subject ("The last amendment to this chapter was made in
October 2025."). The line is the chapter's amendment note, an un-headed scope section of its own
(decisions 0042, 0085); the last change to something else stays with the title. Every case is
written for this test in our own words. Sections still tile the text."""

from __future__ import annotations

import pytest

from tests.sections.helpers import assert_tiles, kinds_and_starts, outline_of

_PAGE = (
    "Adoption Support Values and Principles\n"
    "{line}\n\n"
    "Our values\n"
    "We tell adopted children the truth about their stories, in words that fit their age.\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "The last amendment to this chapter was made in October 2025.",
        "The most recent changes to this procedure took effect on 3 February 2026.",
        "Our latest revision of the policy was agreed in May 2025, adding a section on contact.",
        "The last amendments we made to this guidance were published in July 2024.",
    ],
)
def test_the_last_amendment_as_subject_is_the_scope_note(line: str) -> None:
    outline = outline_of(_PAGE.format(line=line))
    assert_tiles(outline)
    sections = kinds_and_starts(outline)
    assert [kind for kind, _ in sections] == ["title", "scope", "values"]
    assert sections[1][1].startswith(line[:30])


def test_the_last_change_to_something_else_stays_with_the_title() -> None:
    outline = outline_of(
        _PAGE.format(line="The last change to the adoption allowances was made in 2025.")
    )
    assert_tiles(outline)
    assert [kind for kind, _ in kinds_and_starts(outline)][:2] == ["title", "values"]


@pytest.mark.parametrize(
    "line", ["Updated and reissued: 9 June 2025", "Updated & republished in June 2025"]
)
def test_updated_and_reissued_under_the_title_is_the_scope_note(line: str) -> None:
    outline = outline_of(_PAGE.format(line="\n" + line))
    assert_tiles(outline)
    assert [kind for kind, _ in kinds_and_starts(outline)] == ["title", "scope", "values"]


def test_updated_alone_under_the_title_stays_with_it() -> None:
    outline = outline_of(_PAGE.format(line="\nUpdated: 9 June 2025"))
    assert_tiles(outline)
    assert [kind for kind, _ in kinds_and_starts(outline)] == ["title", "values"]
