"""Section readings blind set 82 showed missing (decision 0142): a reissue or a dated edition
under the title is the chapter's amendment note and opens the scope, as "Amended: 04/2024" does;
a closing list of numbered notes is one list, its first short item no heading. Written for this
test in our own words."""

from __future__ import annotations

import pytest

from tests.sections.helpers import assert_tiles, outline_of

_TITLE = "Children's Services Policies, Values and Principles"
_BODY = "Introduction\n\nThis policy sets out the framework for our work with families.\n"


@pytest.mark.parametrize(
    "note",
    [
        "Reissued 3 March 2025 with a new part on kinship care.",
        "Re-issued on 9 October 2024: the leaving care paragraph was rewritten.",
        "This edition, dated 12 May 2025, replaces the one from 2022.",
        "The latest version, dated 4 February 2025, brings in a shorter timescale.",
        "Changes (August 2025): the principles are now numbered.",
    ],
)
def test_a_reissue_or_dated_edition_under_the_title_opens_the_scope(note: str) -> None:
    outline = outline_of(f"{_TITLE}\n\n{note}\n\n{_BODY}")
    assert_tiles(outline)
    assert outline.sections[0].kind == "title"
    assert note not in outline.sections[0].text
    assert outline.sections[1].kind == "scope"
    assert outline.sections[1].text.startswith(note)


@pytest.mark.parametrize(
    "stamp",
    ["Updated 3 June 2024", "This edition is the one in force."],
)
def test_a_page_stamp_or_an_undated_edition_line_opens_no_scope(stamp: str) -> None:
    outline = outline_of(f"{_TITLE}\n\n{stamp}\n\n{_BODY}")
    assert_tiles(outline)
    assert not any(
        section.kind == "scope" and section.text.startswith(stamp) for section in outline.sections
    )


def test_a_closing_numbered_list_of_notes_is_no_heading() -> None:
    text = (
        f"# {_TITLE}\n\n## Key principles\n\nCare leavers have an adviser until they turn 25.\n\n"
        "1. Children Act 1989, Part III.\n"
        "2. Children and Social Work Act 2017, section 1.\n"
        "3. Children and Families Act 2014, section 98.\n"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    assert [section.kind for section in outline.sections] == ["title", "key_principles"]


def test_numbered_headings_each_over_their_text_stay_headings() -> None:
    text = (
        f"{_TITLE}\n\n1. Introduction\n\nThis policy sets out the framework for our work.\n\n"
        "2. Corporate Parenting\n\nThe whole council is the corporate parent of every child "
        "in its care.\n"
    )
    outline = outline_of(text)
    assert_tiles(outline)
    assert [section.kind for section in outline.sections] == [
        "title",
        "introduction",
        "corporate_parenting",
    ]
