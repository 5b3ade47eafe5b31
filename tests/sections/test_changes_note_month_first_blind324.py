"""A changes note that opens with its month and says what the council changed ("In June 2025
we reworded …") is the chapter's dated note as much as "This chapter was amended in …" is, so a
scope heading after it opens the chapter's own scope section (blind324, decision 0468). A note
that names a month without saying the council changed anything in it is no changes note.
Written for this test in our own words. Sections still tile."""

from __future__ import annotations

import pytest

from tests.sections.helpers import assert_tiles, kinds_and_starts, outline_of

_CHAPTER = (
    "Children's Services Policies, Values and Principles\n"
    "Amendment\n"
    "{note}\n"
    "Scope of this chapter\n"
    "These pages are for every social worker, personal adviser and foster carer in the county, "
    "and for the agencies that work with our children on our behalf.\n"
    "Our values\n"
    "We want children to grow up with people who know them well and stay with them.\n"
)


@pytest.mark.parametrize(
    "note",
    [
        "In June 2025 we reworded the part on contact with grandparents after a panel of young "
        "people read it.",
        "In February 2026, we added a short passage on the help we give kinship carers.",
    ],
)
def test_a_month_first_changes_note_leaves_the_scope_heading_its_own_section(note: str) -> None:
    outline = outline_of(_CHAPTER.format(note=note), "plain")
    assert_tiles(outline)
    starts = kinds_and_starts(outline, 40)
    assert ("scope", ("Amendment\n" + note)[:40]) in starts
    assert ("scope", "Scope of this chapter\nThese pages are fo") in starts


def test_a_month_without_a_change_done_in_it_is_no_changes_note() -> None:
    note = "In June 2025 the county's new family hubs opened in three market towns."
    outline = outline_of(_CHAPTER.format(note=note), "plain")
    assert_tiles(outline)
    starts = kinds_and_starts(outline, 40)
    assert ("scope", "Scope of this chapter\nThese pages are fo") not in starts
