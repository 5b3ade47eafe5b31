"""Amendment lines of blind round 154 (decision 0253) under a chapter's title, or above it: the
change said approved or the text "last changed" after a version label, the amendment in brackets
after the version, the latest amendments as a sentence's subject dated by when they were
published, and a bare "Last amendment:" field. Each is the chapter's amendment note, an un-headed
scope section of its own (decisions 0085, 0110); a version alone, a page stamp and the latest
changes to something else stay where they were. Every case is written for this test in our own
words. Sections still tile the text."""

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
        "Version 3.4 \u00b7 changes approved 2 June 2025",
        "Issue 7 | changes agreed 14 October 2024",
        "Issue 2 \u00b7 last changed April 2025",
        "Version 5 - last changed 03/03/2025",
        "Version 8 (amended 21 January 2025)",
        "Issue 3 (last revised March 2025)",
        "The latest changes to the chapter were made in May 2025.",
        "Our most recent round of amendments to this policy was agreed on 9 September 2024.",
    ],
)
def test_an_amendment_line_under_the_title_is_its_own_scope_note(line: str) -> None:
    outline = outline_of(_PAGE.format(line=line))
    assert_tiles(outline)
    sections = kinds_and_starts(outline)
    assert [kind for kind, _ in sections] == ["title", "scope", "values"]
    assert sections[1][1].startswith(line[:30])


@pytest.mark.parametrize(
    "line",
    [
        "Version 3.4",
        "Version 3.4 \u00b7 approved by the fostering panel",
        "The latest changes to the fostering allowances were made in May 2025.",
    ],
)
def test_a_version_alone_or_changes_to_something_else_stay_with_the_title(line: str) -> None:
    outline = outline_of(_PAGE.format(line=line))
    assert_tiles(outline)
    assert [kind for kind, _ in kinds_and_starts(outline)][:2] == ["title", "values"]


def test_a_last_amendment_field_above_the_title_is_the_scope_note() -> None:
    text = (
        "Last amendment: 05/11/2024\n"
        "Children's Services Policies, Values and Principles\n\n"
        "Introduction\n"
        "This chapter describes what our children's services believe and how they decide.\n"
    )
    outline = outline_of(text)
    assert_tiles(outline)
    sections = kinds_and_starts(outline)
    assert sections[0] == ("scope", "Last amendment: 05/11/2024")
    assert [kind for kind, _ in sections[1:]] == ["title", "introduction"]


def test_a_page_stamp_above_the_title_is_still_no_scope_note() -> None:
    text = (
        "Page updated 05/11/2024\n"
        "Children's Services Policies, Values and Principles\n\n"
        "Introduction\n"
        "This chapter describes what our children's services believe and how they decide.\n"
    )
    outline = outline_of(text)
    assert_tiles(outline)
    assert "scope" not in [kind for kind, _ in kinds_and_starts(outline)]
