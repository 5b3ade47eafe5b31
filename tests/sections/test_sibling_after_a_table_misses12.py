"""A heading of a section's own kind after a statement and a table closing it is a sibling
(decision 0121): "Introduction" with a sentence and a key-facts table, then "Related
legislation", are two sections, as they are when the introduction says two sentences. A
lead-in that announces what follows stays a lead-in, table or not."""

from __future__ import annotations

from tests.sections.helpers import assert_tiles, outline_of

_TITLE = "# Respite Care Procedure\n\n"
_AFTER = (
    "## Related legislation\n\n"
    "Statute | Year | Notes\n"
    "Children Act | 1989 | Short breaks\n"
    "Care Standards Act | 2000 | Approving carers\n\n"
    "## Planning a stay\n\n"
    "Each stay is agreed with the family and the carer before it starts, in writing.\n"
)


def test_a_statement_and_a_table_then_a_same_kind_heading_are_two_sections() -> None:
    intro = (
        "## Introduction\n\n"
        "This procedure explains how short stays with approved carers are arranged.\n\n"
        "Key facts | Detail\n"
        "Who it covers | Every family support worker\n"
        "Longest stay | Fourteen nights\n\n"
    )
    outline = outline_of(_TITLE + intro + _AFTER, "markdown")
    assert_tiles(outline)
    headings = [section.heading for section in outline.sections]
    assert "Introduction" in headings
    assert "Related legislation" in headings


def test_a_lead_in_announcing_a_table_still_introduces_the_heading_after_it() -> None:
    intro = (
        "## Introduction\n\n"
        "The key facts are set out below:\n\n"
        "Key facts | Detail\n"
        "Who it covers | Every family support worker\n"
        "Longest stay | Fourteen nights\n\n"
    )
    outline = outline_of(_TITLE + intro + _AFTER, "markdown")
    assert_tiles(outline)
    headings = [section.heading for section in outline.sections]
    assert "Related legislation" not in headings
