"""Sections met in the forty-third blind round (decision 0089): a closing "Content last checked:"
stamp is end matter, as "Page last updated:" is; a "checked" that is no stamp stays where it is.
Sections still tile the text."""

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
    "closing", ["Content last checked: 9 April 2025", "Content checked: 12/03/2025"]
)
def test_a_closing_content_checked_stamp_is_end_matter(closing: str) -> None:
    outline = outline_of(_TITLE + _SCOPE + _BODY + closing + "\n", "markdown")
    assert_tiles(outline)
    assert outline.sections[-1].kind == "end_matter"
    assert outline.sections[-1].text.strip() == closing


def test_a_closing_sentence_about_checks_on_families_stays_in_its_section() -> None:
    closing = "Content of each plan is checked by the team manager every month."
    outline = outline_of(_TITLE + _SCOPE + _BODY + closing + "\n", "markdown")
    assert_tiles(outline)
    assert outline.sections[-1].kind != "end_matter"


@pytest.mark.parametrize(
    "line", ["Rev. B - last amended 7.4.25", "Version 2024/2 | Amended November 2024"]
)
def test_a_lettered_or_serial_version_with_its_amendment_under_the_title_is_scope(
    line: str,
) -> None:
    outline = outline_of(f"Family Support Policy\n\n{line}\n\n" + _SCOPE + _BODY, "markdown")
    assert_tiles(outline)
    stamp = next(s for s in outline.sections if s.text.startswith(line))
    assert stamp.kind == "scope"
