"""Titles and the lines under them on pages copied from editors, intranets and learning
platforms (decision 0390): a file's name over the title it repeats, a title whose words name a
kind over a byline and the page's stamp, the amendment note with the page's fields under it, and
a dated field under the title. Texts written for this test in our own words."""

from __future__ import annotations

from tests.sections.helpers import assert_tiles, outline_of

BODY = (
    "1. Scope\n"
    "This chapter applies to every worker in Pellingham's fostering service, including "
    "supervising social workers and support staff.\n"
    "2. Our values\n"
    "We are honest with carers and children, and we explain each decision we make.\n"
)


def _sections(text: str) -> list[tuple[str, str]]:
    outline = outline_of(text)
    assert_tiles(outline)
    return [(section.kind, section.text.strip().splitlines()[0]) for section in outline.sections]


def test_a_file_name_over_the_title_it_repeats_leaves_the_title_to_the_second_line() -> None:
    text = "Fostering Policies and Standards v3.1\nFostering Policies and Standards\n" + BODY
    outline = outline_of(text)
    assert_tiles(outline)
    assert outline.title == "Fostering Policies and Standards"
    assert ("title", "Fostering Policies and Standards") in _sections(text)


def test_a_file_name_with_an_extension_is_a_file_name_too() -> None:
    text = "Fostering policies, standards.docx\nFostering Policies, Standards\n" + BODY
    assert outline_of(text).title == "Fostering Policies, Standards"


def test_a_first_line_with_other_words_over_the_title_is_not_a_file_name() -> None:
    text = "Pellingham Council v2\nFostering Policies and Standards\n" + BODY
    assert outline_of(text).title != "Fostering Policies and Standards"


def test_a_title_naming_a_kind_over_a_byline_and_the_pages_stamp_is_the_title() -> None:
    text = (
        "Values and Standards\n"
        "Owen Castell\n"
        "Head of Fostering\n"
        "Last reviewed: 2 February 2026\n"
        "Our values\n"
        "We are honest with carers and children, and we explain each decision we make.\n"
    )
    outline = outline_of(text)
    assert_tiles(outline)
    assert outline.title == "Values and Standards"
    assert _sections(text)[0] == ("title", "Values and Standards")


def test_a_heading_over_prose_is_not_made_a_title_by_this_rule() -> None:
    text = (
        "Fostering Policies and Standards\n"
        "Our values\n"
        "We are honest with carers and children, and we explain each decision we make.\n"
    )
    assert ("title", "Our values") not in _sections(text)


def test_the_amendment_note_with_a_field_of_the_page_under_it_keeps_its_scope_section() -> None:
    text = (
        "Fostering Policies and Standards\n"
        "Issue 5 \u2013 revised January 2026\n"
        "Page owner: Service Manager, Fostering and Kinship\n" + BODY
    )
    sections = _sections(text)
    assert sections[0] == ("title", "Fostering Policies and Standards")
    assert sections[1] == ("scope", "Issue 5 \u2013 revised January 2026")


def test_a_dated_field_under_the_title_stays_with_it() -> None:
    text = (
        "Fostering Policies and Standards\n"
        "Available from: Tuesday, 6 January 2026, 10:30 AM\n\n"
        "This page was revised in December 2025 to add the short breaks part.\n\n" + BODY
    )
    sections = _sections(text)
    assert sections[0] == ("title", "Fostering Policies and Standards")
    assert sections[1] == (
        "scope",
        "This page was revised in December 2025 to add the short breaks part.",
    )
