"""Sections met in the fifty-fifth blind round (decision 0107): a table row opening with a
dotted version number ("1.2 | 11/09/2024 | …") is a row, not a heading numbered "1." whose
words begin with "2"; a closing document-control table stays end matter. Sections still tile
the text."""

from __future__ import annotations

from app.sections.rules import _NUMBER
from tests.sections.helpers import assert_tiles, outline_of

_TITLE = "# Family Support Policy\n\n"
_BODY = (
    "## About this policy\n\nThis policy applies to every family support worker.\n\n"
    "## Our values\n\n"
    "We listen to children and keep the promises we make to them.\n\n"
    "## Sharing information\n\n"
    "Staff keep what families tell them private unless the law says otherwise.\n\n"
)


def test_a_dotted_number_is_not_a_number_and_a_separator_before_a_digit() -> None:
    match = _NUMBER.match("1.2 | 11/09/2024 | Values section revised")
    assert match is None
    heading = _NUMBER.match("1. 2025 in review")
    assert heading is not None and heading.group("number") == "1"
    dotted = _NUMBER.match("2.1 Responsibilities")
    assert dotted is not None and dotted.group("number") == "2.1"


def test_a_closing_history_table_whose_rows_open_with_versions_is_end_matter() -> None:
    closing = (
        "## Version history\n\n"
        "Version | Date | Change\n"
        "2.1 | 04/02/2024 | Contacts updated\n"
        "2.2 | 19/03/2025 | Values section revised\n"
    )
    outline = outline_of(_TITLE + _BODY + closing, "markdown")
    assert_tiles(outline)
    assert outline.sections[-1].kind == "end_matter"
    assert outline.sections[-1].text.startswith("## Version history")


def test_a_key_facts_box_under_the_title_is_scope() -> None:
    text = (
        _TITLE + "### Key facts\n\n"
        "- Who it covers: every family support worker\n"
        "- Corporate parenting principles: seven, listed below\n"
        "- Support for care leavers: to 21\n\n" + _BODY
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    box = next(section for section in outline.sections if section.heading == "Key facts")
    assert box.kind == "scope"


def test_a_changes_heading_over_dated_entries_after_a_key_facts_box_opens_its_own_scope() -> None:
    text = (
        _TITLE + "## Key facts\n\n"
        "- Who it covers: every family support worker\n"
        "- Reviewed every two years\n\n"
        "## Changes in this version\n\n"
        "- 4 March 2025: values section rewritten\n"
        "- 12 October 2024: contacts updated\n\n" + _BODY
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    headings = [(section.heading, section.kind) for section in outline.sections[:3]]
    assert headings[1:] == [("Key facts", "scope"), ("Changes in this version", "scope")]


def test_a_scope_heading_over_a_contents_list_after_a_key_facts_box_stays_in_the_box() -> None:
    text = (
        _TITLE + "## Key facts\n\n"
        "- Who it covers: every family support worker\n"
        "- Reviewed every two years\n\n"
        "## Contents\n\n"
        "- About this policy\n"
        "- Our values\n\n" + _BODY
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    assert [section.heading for section in outline.sections if section.kind == "scope"][:1] == [
        "Key facts"
    ]
    assert all(section.heading != "Contents" for section in outline.sections)
