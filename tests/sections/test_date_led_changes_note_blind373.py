"""Readings from blind373 (decision 0551), each case written for this test in our own words.

A changes note that opens on the month and says what was done then ("In May 2026 we removed
…") is the chapter's dated note as much as "This chapter was amended in May 2026": a scope
heading right after it opens the chapter's own scope section instead of joining the note, in a
page copied as text as in markdown. Sections still tile."""

from __future__ import annotations

import pytest

from tests.sections.helpers import assert_tiles, outline_of

_PLAIN = (
    "Fostering Panel Procedures\n"
    "Changes to this chapter\n"
    "{note}\n"
    "{scope}\n"
    "These pages are for panel members, the panel adviser and the social workers who present "
    "cases to the panel.\n"
    "Our values\n"
    "We treat every applicant with respect and explain our decisions in writing.\n"
)


@pytest.mark.parametrize(
    "note",
    [
        "In May 2026 we removed the old quorum rules and added a paragraph on virtual panels.",
        "In September 2025, we have updated the list of panel members' duties.",
    ],
)
@pytest.mark.parametrize("scope", ["Scope", "Who this chapter is for"])
def test_a_scope_heading_after_a_date_led_changes_note_opens_its_own_section(
    note: str, scope: str
) -> None:
    outline = outline_of(_PLAIN.format(note=note, scope=scope), "plain")
    assert_tiles(outline)
    headed = [(section.kind, section.heading) for section in outline.sections]
    assert ("scope", "Changes to this chapter") in headed
    assert ("scope", scope) in headed


def test_a_note_naming_a_month_without_saying_what_changed_still_joins() -> None:
    text = _PLAIN.format(
        note="In May 2026 the panel met four times and approved nine households.", scope="Scope"
    )
    outline = outline_of(text, "plain")
    assert_tiles(outline)
    headed = [section.heading for section in outline.sections]
    assert "Scope" not in headed
