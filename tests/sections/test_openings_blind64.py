"""Sections met in the sixty-fourth blind round (decision 0118): a council's name on the line
right under the title, with no blank line between them, is a byline that stands with the title,
so the heading after it ("Amendment") is still a heading; another line run into the title is
no byline, as before. Sections still tile the text."""

from __future__ import annotations

from tests.sections.helpers import assert_tiles, kinds_and_starts, outline_of

_AFTER = (
    "\n\nAmendment\n\n"
    "This policy was amended in February 2025 to add the allowances.\n\n"
    "Introduction\n\n"
    "This policy sets out how we support our foster carers.\n"
)


def test_a_council_named_right_under_the_title_stands_with_it() -> None:
    text = "Fostering Policy\nBrackenfold Borough Council" + _AFTER
    outline = outline_of(text)
    assert_tiles(outline)
    assert kinds_and_starts(outline, 20) == [
        ("title", "Fostering Policy\nBra"),
        ("scope", "Amendment\n\nThis poli"),
        ("introduction", "Introduction\n\nThis p"),
    ]


def test_a_note_run_into_the_title_is_no_byline() -> None:
    text = "Fostering Policy\nNote: read this with the fostering handbook" + _AFTER
    outline = outline_of(text)
    assert_tiles(outline)
    assert [section.kind for section in outline.sections][:2] == ["title", "other"]
    assert outline.sections[1].text.startswith("Note: read this")


_SUMMARY_PAGE = (
    "# Fostering Policy\n\n"
    "## About this policy\n\n"
    "Amended: 2025-04\n\n"
    "## {box}\n\n"
    "- Allowances: paid every week\n"
    "- Support for carers: a supervising social worker for each household\n\n"
    "## Introduction\n\n"
    "This policy sets out how we support our foster carers.\n"
)


def test_a_summary_box_after_the_scope_box_is_a_section_of_its_own() -> None:
    outline = outline_of(_SUMMARY_PAGE.format(box="Key facts"), "markdown")
    assert_tiles(outline)
    assert [(section.kind, section.heading) for section in outline.sections] == [
        ("title", "Fostering Policy"),
        ("scope", "About this policy"),
        ("scope", "Key facts"),
        ("introduction", "Introduction"),
    ]


def test_a_part_of_the_scope_box_after_its_heading_still_joins_it() -> None:
    outline = outline_of(_SUMMARY_PAGE.format(box="Amendment"), "markdown")
    assert_tiles(outline)
    assert [(section.kind, section.heading) for section in outline.sections] == [
        ("title", "Fostering Policy"),
        ("scope", "About this policy"),
        ("introduction", "Introduction"),
    ]
