"""Page openings met in the nineteenth blind round (issue 12): a page's box of jump links whose
first entry names the heading right under it, entries shorter than their headings, a chapter menu
copied above the page's title, a version stamp with its date under the title, and a page
summary as the scope's heading."""

from __future__ import annotations

from tests.sections.helpers import assert_tiles, letters, outline_of


def _starts(outline, kind: str) -> list[str]:
    return [letters(s.text) for s in outline.sections if s.kind == kind]


def test_the_heading_a_jump_box_names_first_opens_a_section_with_no_break_before_it() -> None:
    text = (
        "Policies, Values and Principles\n"
        "On this page\n"
        "Scope\n"
        "Our legal duties\n"
        "Working with other agencies\n"
        "Scope\n"
        "Every procedure in the Brightwater manual is read in the light of this one.\n"
        "Our legal duties\n"
        "Brightwater Council's duties to children come from the Children Act 1989.\n"
    )
    outline = outline_of(text)
    assert_tiles(outline)
    scopes = _starts(outline, "scope")
    assert any(start.startswith(letters("Scope Every procedure")) for start in scopes)


def test_a_page_tool_between_the_contents_and_the_first_heading_does_not_hide_it() -> None:
    text = (
        "Policies, Values and Principles\n"
        "Contents\n"
        "Purpose of this chapter\n"
        "Our legal duties\n"
        "Email this link\n"
        "Purpose of this chapter\n"
        "Every procedure in the Brightwater manual is read in the light of this one.\n"
        "Our legal duties\n"
        "Brightwater Council's duties to children come from the Children Act 1989.\n"
    )
    outline = outline_of(text)
    assert_tiles(outline)
    assert any(
        start.startswith(letters("Purpose of this chapter Every procedure"))
        for start in _starts(outline, "scope")
    )


def test_a_jump_link_shorter_than_its_heading_still_names_it() -> None:
    text = (
        "# Policies, Values and Principles\n\n"
        "## On this page\n\n"
        "- Scope\n- Changes\n- Introduction\n\n"
        "## Scope of this chapter\n\n"
        "Every procedure in the Brightwater manual is read in the light of this one.\n\n"
        "## Changes\n\nRevised in May 2024.\n\n"
        "## Introduction\n\nBrightwater Council works with children in need.\n"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    assert any(
        start.startswith(letters("Scope of this chapter")) for start in _starts(outline, "scope")
    )


def test_the_title_is_the_line_below_a_chapter_menu_that_names_it_too() -> None:
    text = (
        "1. Working with Children\n"
        "1.1 Policies, Values and Principles\n"
        "1.2 Recording and Case Files\n"
        "2. Assessment\n"
        "3. Children in Care\n"
        "\n"
        "Policies, Values and Principles\n"
        "\n"
        "Scope of this chapter\n"
        "\n"
        "Every procedure in the Brightwater manual is read in the light of this one.\n"
    )
    outline = outline_of(text)
    assert_tiles(outline)
    title = next(s for s in outline.sections if s.kind == "title")
    assert title.start == text.index("\nPolicies, Values and Principles\n") + 1


def test_a_version_stamp_with_its_date_under_the_title_leaves_the_scope_heading_a_heading() -> None:
    text = (
        "Policies, Values and Principles\n\n"
        "Version 3.1 - 14 May 2025\n\n"
        "Scope of this chapter\n\n"
        "Every procedure in the Brightwater manual is read in the light of this one.\n\n"
        "Amendment\n\n"
        "Revised in May 2025 to add our local offer.\n"
    )
    outline = outline_of(text)
    assert _starts(outline, "scope")[0].startswith(letters("Scope of this chapter"))


def test_a_document_pages_summary_heading_is_the_scope() -> None:
    text = (
        "# Policies, Values and Principles\n\n"
        "## Summary\n\n"
        "What our services for children stand on, and the values staff bring to them.\n\n"
        "## Introduction\n\nBrightwater Council works with children in need.\n"
    )
    outline = outline_of(text, "markdown")
    assert _starts(outline, "scope")[0].startswith(letters("Summary"))
