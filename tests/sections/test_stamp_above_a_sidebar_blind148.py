"""Sections met in the hundred-and-forty-eighth blind round (decision 0244): a web page printed
to PDF whose sidebar ("Related chapters", "Contact the team") prints after the main column, below
the article's closing "Version 4.2" line. A heading naming material of no kind after the body does
not hold the stamp above it inside the last section: the stamp still closes the chapter.

Every text is written for these tests in our own words. Sections still tile the text.
"""

from __future__ import annotations

from tests.sections.helpers import assert_tiles, kinds_and_starts, outline_of

_BODY = (
    "# Values and Principles for Family Services\n\n"
    "## What this chapter is for\n\n"
    "This chapter sets out what guides the work of Dunholme family services.\n\n"
    "## What we believe\n\n"
    "Children do best in their own families wherever that can be made safe, and we tell parents "
    "plainly what we are worried about.\n\n"
    "## Keeping records private\n\n"
    "We keep records about families securely and share them only when a child's safety or a "
    "service needs it.\n\n"
)


def test_a_version_line_above_a_related_links_sidebar_is_end_matter() -> None:
    text = (
        _BODY + "Version 4.2\n\n"
        "## Related chapters\n\n"
        "- Early help\n- Care planning\n\n"
        "Telephone the manual team on 01632 960 771.\n"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    kinds = kinds_and_starts(outline)
    assert ("end_matter", "Version 4.2") in [(kind, start[:11]) for kind, start in kinds]


def test_a_version_line_above_a_heading_of_the_body_is_not_end_matter() -> None:
    text = (
        _BODY + "Version 4.2 of the form is used for every referral.\n\n"
        "## Information sharing\n\n"
        "We explain to families what we share and why.\n"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    assert "end_matter" not in [kind for kind, _start in kinds_and_starts(outline)]
