"""Sections met in the blind294 round (decision 0430): a closing "Content last changed:" or
"Page last edited:" stamp is end matter, as "Content last checked:" is (decision 0089); a
sentence about what changed for families stays where it is. Sections still tile the text."""

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
    ["Content last changed: 18 February 2026", "Page last edited: 03/09/2025"],
)
def test_a_closing_changed_or_edited_stamp_is_end_matter(closing: str) -> None:
    outline = outline_of(_TITLE + _SCOPE + _BODY + closing + "\n", "markdown")
    assert_tiles(outline)
    assert outline.sections[-1].kind == "end_matter"
    assert outline.sections[-1].text.strip() == closing


def test_a_closing_sentence_about_changes_for_families_stays_in_its_section() -> None:
    closing = "Content changed for families when the new hub opened, and they told us so."
    outline = outline_of(_TITLE + _SCOPE + _BODY + closing + "\n", "markdown")
    assert_tiles(outline)
    assert outline.sections[-1].kind != "end_matter"
