"""Facts as page openings state them in the nineteenth blind round (issue 12, item 4): a
publishing platform's "Published" and "Last updated" fields with a link to the page's history,
a wiki's "last modified by … on", and a version with its amendment in a quoted line.

Each case is written for this test in our own words.
"""

from __future__ import annotations

from tests.reading import facts_of

PLATFORM_FIELDS = (
    "# Policies, Values and Principles\n\n"
    "- Published\n  2 February 2022\n"
    "- Last updated\n  9 October 2024 - See all updates\n\n"
    "## Scope of this chapter\n\n"
    "In October 2024, the section on early help was rewritten.\n"
)


def test_a_last_updated_field_with_a_history_link_is_the_pages_stamp_not_an_amendment() -> None:
    facts = facts_of(PLATFORM_FIELDS, "chapter.md")
    assert facts["last_updated"].value == "2024-10-09"
    assert facts["amendment_date"].value == "2024-10"


def test_a_wikis_last_modified_line_gives_the_pages_date() -> None:
    text = (
        "Policies, Values and Principles\n\n"
        "Created by Sam Okafor, last modified by Jo Lindqvist on 3 Mar 2025\n\n"
        "Scope of this chapter\n\nThis chapter explains what our services rest on.\n"
    )
    assert facts_of(text, "chapter.txt")["last_updated"].value == "2025-03-03"


def test_a_version_in_a_quoted_line_with_its_amendment_is_the_version_label() -> None:
    text = (
        "# Policies, Values and Principles\n\n"
        "> **Version 4** | Revised March 2025\n\n"
        "## Scope of this chapter\n\nThis chapter explains what our services rest on.\n"
    )
    assert facts_of(text, "chapter.md")["version_label"].value == "Version 4"


def test_a_chapter_menu_above_the_title_gives_no_looked_after_term() -> None:
    text = (
        "1. Assessment\n"
        "2. Policies, Values and Principles\n"
        "3. Looked After Children\n"
        "4. Leaving Care\n"
        "\n"
        "Policies, Values and Principles\n"
        "\n"
        "Scope of this chapter\n"
        "\n"
        "This chapter explains what our services for children in care rest on.\n"
    )
    assert facts_of(text, "chapter.txt")["looked_after_term"].value == "Children in Care"
