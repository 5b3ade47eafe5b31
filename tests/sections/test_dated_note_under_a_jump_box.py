"""A page copied as text with a box of jump links ("On this page") whose last entry is followed
straight away by the heading its first entry names, and that heading's body opening with a date
("Updated 3 May 2024: we …"): the dated line is the heading's body, an amendment note, not a
stamp, so the heading is a heading and not one more entry of the box (blind round 26).

Each text is written for this test in our own words.
"""

from __future__ import annotations

from tests.sections.helpers import assert_tiles, kinds_and_starts, outline_of

BOX = "Policies and values\nOn this page\nChanges\nScope\nIntroduction\nChanges\n"
SCOPE = (
    "Scope\n"
    "This chapter applies to all of the council's social workers and family support staff.\n"
    "Introduction\n"
    "The council works with families within a framework of law and guidance.\n"
)


def test_a_heading_whose_body_opens_with_a_dated_note_ends_the_jump_box() -> None:
    outline = outline_of(
        BOX
        + "Updated 3 May 2024: we rewrote the part about young carers and added links.\n"
        + SCOPE
    )
    assert_tiles(outline)
    starts = kinds_and_starts(outline, 30)
    assert ("scope", "Changes\nUpdated 3 May 2024: we") in starts


def test_a_stamp_under_the_last_entry_does_not_make_it_a_heading() -> None:
    outline = outline_of(BOX + "Last updated: 3 May 2024\n" + SCOPE)
    assert_tiles(outline)
    assert not any(
        start.startswith("Changes\nLast updated") for _, start in kinds_and_starts(outline)
    )
