"""Changes notes the misses71 round read (decision 0491): under a heading that names the chapter's
changes, a note dating what "we" changed in a part ("In May 2026 we added a paragraph on …") is
the dated note, so the scope heading after it opens the chapter's own section, as after "We
updated this chapter in …"; and a bare "Amended" heading over the note labels the amendment box,
as "Amendment" does. Written for this test in our own words, each with a near miss."""

from __future__ import annotations

import pytest

from tests.sections.helpers import assert_tiles, kinds_and_starts, outline_of

_TITLE = "Children's Services Policies, Values and Principles\n\n"
_AFTER = (
    "Our values\n\n"
    "We believe children do best with their own families, and we say so to every parent.\n"
)


@pytest.mark.parametrize(
    "note",
    [
        "In May 2026 we added a paragraph on family group conferences.",
        "In March 2025, we rewrote the part on contact with brothers and sisters.",
        "On 4 November 2025 we shortened the list of Acts to those we use every week.",
    ],
)
def test_scope_after_a_dated_note_of_what_we_changed_opens_its_own_section(note: str) -> None:
    text = (
        _TITLE + "Changes to this chapter\n\n" + note + "\n\n"
        "Scope of this chapter\n\n"
        "This chapter is for everyone who works with children and families in the borough, "
        "and for the carers who look after children for us.\n\n" + _AFTER
    )
    outline = outline_of(text)
    assert_tiles(outline)
    assert [kind for kind, _ in kinds_and_starts(outline)][:3] == ["title", "scope", "scope"]
    assert outline.sections[2].text.startswith("Scope of this chapter")


def test_scope_after_a_note_that_dates_nothing_stays_under_it() -> None:
    text = (
        _TITLE + "Changes to this chapter\n\n"
        "We added a paragraph on family group conferences.\n\n"
        "Scope of this chapter\n\n"
        "This chapter is for everyone who works with children and families in the borough, "
        "and for the carers who look after children for us.\n\n" + _AFTER
    )
    outline = outline_of(text)
    assert_tiles(outline)
    assert not any(section.text.startswith("Scope of this chapter") for section in outline.sections)


def test_a_bare_amended_heading_opens_the_amendment_box_after_a_numbered_section() -> None:
    text = (
        _TITLE + "1 About this chapter\n\n"
        "This chapter explains what guides our work with children and their families.\n\n"
        "2 The law we follow\n\n"
        "Our duties come from the Children Act 1989 and the Children and Families Act 2014.\n\n"
        "Amended\n"
        "This chapter was amended in May 2026 to add a part on staying close.\n\n"
        "3 Our values\n\n"
        "We believe children do best with their own families, and we say so to every parent.\n"
    )
    outline = outline_of(text)
    assert_tiles(outline)
    amended = [section for section in outline.sections if section.text.startswith("Amended")]
    assert [section.kind for section in amended] == ["scope"]
