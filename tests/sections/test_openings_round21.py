"""Page openings met in the twenty-first blind round (issue 12): document-control fields with a
date ("Date of last amendment: …", "Next review: …") and a version field right above a heading,
a version and amendment stamp on one line ("Version 3 | Amended May 2025"), and a page's
contents list naming a scope heading that comes after another heading it lists."""

from __future__ import annotations

import pytest

from tests.sections.helpers import assert_tiles, letters, outline_of


def _starts(outline, kind: str) -> list[str]:
    return [letters(s.text) for s in outline.sections if s.kind == kind]


@pytest.mark.parametrize(
    "stamp",
    [
        "Date of last amendment: 3 February 2025",
        "Next review: October 2026",
        "Effective from: 01/04/2025",
        "Document version: v7",
        "Version: 2.4",
        "Version 3 | Amended May 2025",
    ],
)
def test_a_field_stamp_under_the_title_leaves_the_scope_heading_a_heading(stamp: str) -> None:
    text = (
        "Fostering Values and Principles for Carers and Staff\n"
        f"{stamp}\n"
        "Purpose of this chapter\n"
        "This chapter tells foster carers and their social workers what we expect of each other.\n"
        "Introduction\n"
        "The Council approves foster carers under the Fostering Services Regulations 2011.\n"
    )
    outline = outline_of(text)
    assert_tiles(outline)
    assert any(
        start.startswith(letters("Purpose of this chapter This chapter"))
        for start in _starts(outline, "scope")
    )


def test_a_line_of_a_label_and_words_is_not_a_stamp() -> None:
    text = (
        "Fostering Values and Principles for Carers and Staff\n"
        "Note: read this with the fostering handbook\n"
        "Purpose of this chapter\n"
        "This chapter tells foster carers and their social workers what we expect of each other.\n"
    )
    outline = outline_of(text)
    assert_tiles(outline)
    assert not any(
        start.startswith(letters("Purpose of this chapter")) for start in _starts(outline, "scope")
    )


def test_a_contents_list_names_a_scope_heading_after_another_listed_one() -> None:
    text = (
        "# Fostering Values and Principles\n\n"
        "## In this chapter\n\n"
        "- Changes\n- Scope\n- Our duties\n\n"
        "## Changes\n\nThe chapter was rewritten in May 2025 with carers' help.\n\n"
        "## Scope\n\nThis chapter tells carers and staff what we expect of each other.\n\n"
        "## Our duties\n\nThe Council approves, trains and supports foster carers.\n"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    scopes = _starts(outline, "scope")
    assert any(start.startswith(letters("Changes The chapter")) for start in scopes)
    assert any(start.startswith(letters("Scope This chapter")) for start in scopes)
