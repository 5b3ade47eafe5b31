"""Shapes met in the sixty-sixth blind round (decision 0120): the chapter's amendment and its
version set side by side under the title with the amendment first ("Amended: February 2025 |
Version 12"). It is the chapter's amendment note, as "Version 12 | Amended February 2025" is:
an un-headed scope section of its own, and the scope heading after it opens another (decision
0085). Sections still tile the text."""

from __future__ import annotations

import pytest

from tests.sections.helpers import assert_tiles, kinds_and_starts, outline_of

_PAGE = (
    "# Fostering Panel Procedure\n\n"
    "{stamp}\n\n"
    "## Scope of this chapter\n\n"
    "This chapter applies to everyone who sits on or advises the fostering panel.\n\n"
    "## Introduction\n\n"
    "The fostering panel recommends whether carers should be approved.\n"
)


@pytest.mark.parametrize(
    "stamp",
    [
        "Amended: February 2025 | Version 12",
        "Revised 11/2024 \u00b7 Issue 3",
        "Last amended 4 March 2025 - v2.1",
    ],
)
def test_an_amendment_then_its_version_under_the_title_is_the_scope_note(stamp: str) -> None:
    outline = outline_of(_PAGE.format(stamp=stamp), syntax="markdown")
    assert_tiles(outline)
    sections = kinds_and_starts(outline)
    assert [kind for kind, _ in sections[:3]] == ["title", "scope", "scope"]
    assert sections[1][1].startswith(stamp[:30])
    assert outline.sections[2].heading == "Scope of this chapter"


def test_a_page_update_then_its_version_is_no_amendment_note() -> None:
    outline = outline_of(_PAGE.format(stamp="Updated: 3 March 2025 | Version 12"), "markdown")
    assert_tiles(outline)
    kinds = [kind for kind, _ in kinds_and_starts(outline)]
    assert kinds[:2] == ["title", "scope"]
    assert outline.sections[1].heading == "Scope of this chapter"


def test_a_page_stamp_written_as_a_sentence_under_the_title_leaves_the_heading_under_it() -> None:
    text = (
        "Fostering Panel Procedure\n"
        "This page was last reviewed on 9 December 2024\n"
        "Amendment\n"
        "In June 2025 this chapter was amended to add the panel's new quorum.\n\n"
        "Introduction\n"
        "The fostering panel recommends whether carers should be approved.\n"
    )
    outline = outline_of(text)
    assert_tiles(outline)
    assert [kind for kind, _ in kinds_and_starts(outline)] == ["title", "scope", "introduction"]
    assert outline.sections[1].heading == "Amendment"


def test_a_sentence_saying_when_the_chapter_was_updated_is_no_stamp() -> None:
    text = (
        "Fostering Panel Procedure\n"
        "Amendment\n"
        "This chapter was updated on 3 June 2025 to add the panel's new quorum.\n\n"
        "Introduction\n"
        "The fostering panel recommends whether carers should be approved.\n"
    )
    outline = outline_of(text)
    assert_tiles(outline)
    assert [kind for kind, _ in kinds_and_starts(outline)] == ["title", "scope", "introduction"]
    assert outline.sections[1].heading == "Amendment"


def test_the_chapters_three_words_in_another_order_name_the_title() -> None:
    text = (
        "Holmbury Children's Services Policies and Procedures\n"
        "Values, Principles and Policies\n"
        "Amendment\n"
        "This chapter was amended in February 2025 to add the panel's new quorum.\n\n"
        "Introduction\n"
        "The council works with families to keep children safe.\n"
    )
    outline = outline_of(text)
    assert_tiles(outline)
    kinds = kinds_and_starts(outline)
    assert ("title", "Values, Principles and Policies") in [(k, s[:31]) for k, s in kinds]


def test_a_manuals_policies_and_procedures_name_is_not_the_title() -> None:
    text = (
        "Holmbury Children's Services Policies and Procedures\n"
        "Values, Principles and Policies\n"
        "Amendment\n"
        "This chapter was amended in February 2025 to add the panel's new quorum.\n"
    )
    titles = [s for k, s in kinds_and_starts(outline_of(text)) if k == "title"]
    assert not any(start.startswith("Holmbury") for start in titles)
