"""Sections met in the fifty-first blind round (decision 0100): a closing line of stamps set side
by side (the amendment or page date, the version, the next review) is end matter; a "Revision N"
line under the title is a label, so the short line after it is still a heading. Sections still
tile the text."""

from __future__ import annotations

import pytest

from tests.sections.helpers import assert_tiles, outline_of

_TITLE = "# Family Support Policy\n\n"
_SCOPE = "## About this policy\n\nThis policy applies to every family support worker.\n\n"
_BODY = (
    "## Our values\n\n"
    "We listen to children and keep the promises we make to them.\n\n"
    "## Sharing information\n\n"
    "Staff keep what families tell them private unless the law says otherwise.\n\n"
)


@pytest.mark.parametrize(
    "closing",
    [
        "*Policy amended 03.02.2025 · Version 4.2 · Next review 03.02.2027*",
        "Version 6 | Page updated 14/05/2025 | Next review 14/05/2026",
        "v2.1 • Last reviewed 9 June 2025",
    ],
)
def test_a_closing_line_of_stamps_side_by_side_is_end_matter(closing: str) -> None:
    outline = outline_of(_TITLE + _SCOPE + _BODY + closing + "\n", "markdown")
    assert_tiles(outline)
    assert outline.sections[-1].kind == "end_matter"
    assert outline.sections[-1].text.strip() == closing


def test_a_closing_line_of_team_names_set_apart_by_bars_stays_in_its_section() -> None:
    closing = "Family support | Early help | Youth service"
    outline = outline_of(_TITLE + _SCOPE + _BODY + closing + "\n", "markdown")
    assert_tiles(outline)
    assert outline.sections[-1].kind != "end_matter"


def test_a_short_heading_after_a_revision_line_under_the_title_is_a_heading() -> None:
    text = (
        "Family Support Policy\n\n"
        "Amended on Monday 3 March 2025: the section on sharing information is new.\n"
        "Revision 6\n\n"
        "Sharing information\n\n"
        "Staff keep what families tell them private unless the law says otherwise.\n"
    )
    outline = outline_of(text, "plain")
    assert_tiles(outline)
    headings = [section.heading for section in outline.sections]
    assert "Sharing information" in headings
