"""Amendment lines of blind round 169 (decision 0272) under a chapter's title: the changes said
made to the chapter in the passive ("Changes were last made to this chapter in November
2024."). The line is the chapter's amendment note, an un-headed scope section of its own
(decisions 0042, 0085); changes made to something else stay with the title. Every case is
written for this test in our own words. Sections still tile the text."""

from __future__ import annotations

import pytest

from tests.sections.helpers import assert_tiles, kinds_and_starts, outline_of

_PAGE = (
    "Fostering Panel Values and Principles\n"
    "{line}\n\n"
    "Our values\n"
    "We treat foster carers as colleagues and tell them the truth about the children we place.\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "Changes were last made to this chapter in November 2024.",
        "The changes have been made to the procedure on 4 March 2025.",
        "Changes were made to this policy in June 2025 to add the new panel rules.",
    ],
)
def test_changes_said_made_to_the_chapter_are_its_scope_note(line: str) -> None:
    outline = outline_of(_PAGE.format(line=line))
    assert_tiles(outline)
    sections = kinds_and_starts(outline)
    assert [kind for kind, _ in sections] == ["title", "scope", "values"]
    assert sections[1][1].startswith(line[:30])


def test_changes_made_to_something_else_stay_with_the_title() -> None:
    outline = outline_of(
        _PAGE.format(line="Changes were made to the fostering allowances in 2025.")
    )
    assert_tiles(outline)
    assert [kind for kind, _ in kinds_and_starts(outline)][:2] == ["title", "values"]
