"""A version line under the title that says only which body approved it and when ("Version 4.2 -
approved by Cabinet 11.07.2024") is the chapter's amendment note, which SPEC puts in the scope
section (decisions 0042, 0126); approved by a person, it dates nothing and stays with the title
(decision 0126). Written for this test in our own words (blind287, decision 0421)."""

from __future__ import annotations

import pytest

from tests.sections.helpers import assert_tiles, outline_of

_TITLE = "# Children's Services Policies, Values and Principles\n\n"
_REST = "## Our values\n\nWe are honest with families and we keep our promises to them.\n"


@pytest.mark.parametrize(
    "line",
    [
        "Version 4.2 \u2013 approved by Cabinet 11.07.2024",
        "Version 3 - agreed by the Corporate Parenting Board on 4 May 2025",
        "Issue 7 | signed off by the Director of Children's Services in March 2026",
        "v2.1 \u2014 endorsed by our Children's Leadership Team on 12th January 2026.",
    ],
)
def test_a_version_approved_by_a_body_on_a_day_opens_the_scope_section(line: str) -> None:
    outline = outline_of(f"{_TITLE}{line}\n\n{_REST}", "markdown")
    assert_tiles(outline)
    assert [(section.kind, section.heading) for section in outline.sections] == [
        ("title", "Children's Services Policies, Values and Principles"),
        ("scope", None),
        ("values", "Our values"),
    ]
    assert outline.sections[1].text.startswith(line)


@pytest.mark.parametrize(
    "line",
    [
        "Version 2 - approved by Sam Holt on 3 June 2025",
        "Version 4.2 \u2013 approved by Cabinet",
    ],
)
def test_a_version_approved_by_a_person_or_undated_stays_with_the_title(line: str) -> None:
    outline = outline_of(f"{_TITLE}{line}\n\n{_REST}", "markdown")
    assert_tiles(outline)
    assert [section.kind for section in outline.sections] == ["title", "values"]
    assert line in outline.sections[0].text
