"""An amendment note under the title, however short ("Amended: 04/2024"), is the chapter's
amendment note, which SPEC puts in the scope section: it starts `scope` instead of staying with
the title as a page's stamp ("Updated 3 June 2024") does, also right before a scope heading,
which then opens a scope section of its own (decision 0085). Sections still tile the text."""

from __future__ import annotations

import pytest

from tests.sections.helpers import assert_tiles, outline_of

_BODY = (
    "This chapter gives the background to every procedure in our manual.\n\n"
    "Our council works with children in need and children who need protection, and with the "
    "children we look after.\n"
)


@pytest.mark.parametrize(
    "stamp",
    ["Amended: 05/2023", "Revised throughout in March 2022.", "_Last amended 9th May 2024_"],
)
def test_an_amendment_stamp_under_the_title_starts_the_scope(stamp: str) -> None:
    outline = outline_of(f"# Policies, Values and Principles\n\n{stamp}\n\n{_BODY}", "markdown")
    assert_tiles(outline)
    assert outline.sections[0].kind == "title"
    assert stamp not in outline.sections[0].text
    scope = outline.sections[1]
    assert scope.kind == "scope"
    assert scope.text.startswith(stamp)


def test_a_page_stamp_under_the_title_stays_with_the_title() -> None:
    stamp = "Updated 3 June 2024"
    outline = outline_of(f"# Policies, Values and Principles\n\n{stamp}\n\n{_BODY}", "markdown")
    assert_tiles(outline)
    assert stamp in outline.sections[0].text
    assert not any(section.text.startswith(stamp) for section in outline.sections[1:])


def test_a_note_in_prose_under_the_title_starts_the_scope_before_a_scope_heading() -> None:
    note = "In June 2024 we changed our offer: every care leaver now has a personal adviser to 25."
    text = (
        f"# Policies, Values and Principles\n\n{note}\n\n## About this chapter\n\n"
        "This chapter gives the background to every procedure in our manual.\n\n"
        "## Introduction\n\nOur council works with children in need.\n"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    assert note not in outline.sections[0].text
    assert outline.sections[1].kind == "scope"
    assert outline.sections[1].text.startswith(note)


def test_a_stamp_right_before_a_scope_heading_keeps_its_scope_section_beside_the_headings() -> None:
    """The note is the chapter's amendment note (scope, as SPEC says), and the scope heading after
    it still opens a section of its own, with its heading (decision 0085; before it, 0042 sent
    the stamp back to the title so that the heading would not join it)."""
    stamp = "Amended: 05/2023"
    text = (
        f"# Policies, Values and Principles\n\n{stamp}\n\n## Scope of this chapter\n\n"
        "This chapter gives the background to every procedure in our manual.\n"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    assert [section.kind for section in outline.sections] == ["title", "scope", "scope"]
    assert stamp not in outline.sections[0].text
    assert outline.sections[1].heading is None
    assert outline.sections[1].text.startswith(stamp)
    assert outline.sections[2].heading == "Scope of this chapter"
    assert outline.sections[2].text.startswith("## Scope of this chapter")


def test_a_page_stamp_right_before_a_scope_heading_stays_with_the_title() -> None:
    stamp = "Last reviewed: 14 March 2025"
    text = (
        f"# Policies, Values and Principles\n\n{stamp}\n\n## Scope of this chapter\n\n"
        "This chapter gives the background to every procedure in our manual.\n"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    assert [section.kind for section in outline.sections] == ["title", "scope"]
    assert stamp in outline.sections[0].text
    assert outline.sections[1].heading == "Scope of this chapter"
