"""The chapter's amendment note after the title's lines, in words no cue reads, is the scope
box's note (SPEC), right under the title or under a council's byline that stays with the title,
in one sentence or several; a scope heading after it still opens a scope section of its own
(decisions 0085, 0392). Written for this test in our own words."""

from __future__ import annotations

import pytest

from tests.sections.helpers import assert_tiles, outline_of

_TITLE = "# Children's Services Policies, Values and Principles\n\n"
_BYLINE = "*Brantwick Borough Council, Family Services Handbook*\n\n"
_REST = (
    "## Who should read this\n\nEvery social worker and foster carer working for the council.\n\n"
    "## Our values\n\nWe are honest with families and we keep our promises to them.\n"
)


@pytest.mark.parametrize(
    "note",
    [
        "Amended with effect from 3 March 2025, when the paragraph on staying put was added.",
        "This chapter was reworked in October 2024.",
        "This chapter was redrafted in May 2025. The Acts are now listed in date order.",
        "Amended as at August 2025",
    ],
)
@pytest.mark.parametrize("byline", ["", _BYLINE])
def test_the_note_after_the_title_is_a_scope_section_of_its_own(note: str, byline: str) -> None:
    outline = outline_of(f"{_TITLE}{byline}{note}\n\n{_REST}", "markdown")
    assert_tiles(outline)
    assert [(section.kind, section.heading) for section in outline.sections] == [
        ("title", "Children's Services Policies, Values and Principles"),
        ("scope", None),
        ("scope", "Who should read this"),
        ("values", "Our values"),
    ]
    assert outline.sections[1].text.startswith(note)


def test_a_page_stamp_after_the_byline_stays_with_the_title() -> None:
    outline = outline_of(f"{_TITLE}{_BYLINE}Updated 3 June 2024\n\n{_REST}", "markdown")
    assert_tiles(outline)
    assert [section.kind for section in outline.sections] == ["title", "scope", "values"]
    assert "Updated 3 June 2024" in outline.sections[0].text


def test_a_dated_sentence_about_the_service_is_no_amendment_note() -> None:
    opening = "In March 2025 the council opened two new children's homes in the town.\n\n"
    outline = outline_of(f"{_TITLE}{_BYLINE}{opening}{_REST}", "markdown")
    assert_tiles(outline)
    assert outline.sections[1].kind != "scope" or outline.sections[1].heading is not None
