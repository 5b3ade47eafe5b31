"""A headed part of the scope box that holds only the chapter's amendment note ("Revisions log"
over "Version 3.2, February 2026: …", "Amendment" over "Revised in May 2025 to …") is complete
in itself, as a part holding only a record is (decisions 0156, 0292), and as the un-headed note
under the title is (0085): the scope heading set at its rank after it opens a section of its
own. A part that says something else, or a heading of a lower rank, still joins (0043). Each
case is written for this test in our own words (decision 0338)."""

from __future__ import annotations

import pytest

from tests.sections.helpers import assert_tiles, outline_of

_TITLE = "# Policies, Values and Principles\n\n"
_SCOPE = "## Who this chapter is for\n\nThis chapter applies to all our children's teams.\n\n"
_NEXT = "## Our values\n\nWe are honest with families and we keep our promises to them.\n"


@pytest.mark.parametrize(
    ("label", "note"),
    [
        ("Revisions log", "Version 3.2, February 2026: the list of Acts was brought up to date."),
        ("Amendment", "Revised in May 2025 to add our offer to care leavers."),
        ("Amendments", "Issue 4, 12 March 2026 \u2013 the permanence section was rewritten."),
    ],
)
def test_the_note_part_and_the_scope_heading_are_siblings(label: str, note: str) -> None:
    outline = outline_of(f"{_TITLE}## {label}\n\n{note}\n\n{_SCOPE}{_NEXT}", "markdown")
    assert_tiles(outline)
    assert [(section.kind, section.heading) for section in outline.sections] == [
        ("title", "Policies, Values and Principles"),
        ("scope", label),
        ("scope", "Who this chapter is for"),
        ("values", "Our values"),
    ]


def test_a_version_line_without_a_date_and_a_colon_names_no_amendment() -> None:
    text = f"{_TITLE}## Amendment\n\nVersion 3.2, the current one.\n\n{_SCOPE}{_NEXT}"
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    assert [section.kind for section in outline.sections] == ["title", "scope", "values"]
