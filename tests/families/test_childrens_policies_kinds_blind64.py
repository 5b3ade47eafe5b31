"""Cues blind set 64 showed missing (decision 0118): a changes heading dated by a month or a
season, and a table of the chapter's versions with no heading over it (scope under the title,
end matter closing the chapter)."""

import pytest


@pytest.mark.parametrize(
    "heading",
    [
        "Changes made in autumn 2024",
        "Amendments in March 2025",
        "Updates since January 2025",
        "Changes made in early June 2024",
    ],
)
def test_a_changes_heading_dated_by_a_month_or_season_is_scope(cues, heading):
    assert cues.heading_kind(heading) == "scope"


@pytest.mark.parametrize(
    "heading",
    [
        "Changes in circumstances",
        "Changes made in 2024 to the fostering allowances",
        "Updates in spring from the youth service",
    ],
)
def test_other_headings_about_changes_are_not(cues, heading):
    assert cues.heading_kind(heading) != "scope"


def test_a_changes_note_dated_by_a_season_names_the_scope(cues):
    opening = "Changes made in summer 2024 are shown in bold."
    assert cues.content_kind(opening, near_end=False) == "scope"


@pytest.mark.parametrize(
    "opening",
    [
        "Version | Date | Change\n3.1 | 4 March 2025 | Contacts updated",
        "Date | Version | What changed\n04/03/2025 | 3.1 | Contacts updated",
        "Revision | Month | Summary\nB | 2025-03 | Allowances rewritten",
    ],
)
def test_a_version_table_opening_a_block_is_the_amendment_record(cues, opening):
    assert cues.content_kind(opening, near_end=False) == "scope"
    assert cues.content_kind(opening, near_end=True) == "end_matter"


@pytest.mark.parametrize(
    "opening",
    [
        "Date | Venue | Who attends\n4 March 2025 | Town Hall | All carers",
        "Version control is handled by the policy team.",
    ],
)
def test_other_tables_and_sentences_are_not(cues, opening):
    assert cues.content_kind(opening, near_end=False) != "scope"


@pytest.mark.parametrize(
    "opening",
    [
        "We do not follow one branded model. Our teams build relationships with families.",
        "We don't use a single named practice model; supervisors coach each worker.",
        "We do not have any branded framework, and we train staff in several approaches.",
    ],
)
def test_saying_there_is_no_branded_model_names_the_practice_model_section(cues, opening):
    assert cues.content_kind(opening, near_end=False) == "practice_model"


@pytest.mark.parametrize(
    "opening",
    [
        "We do not use a single assessment form for every family.",
        "We do not follow one timetable for every review.",
    ],
)
def test_other_sentences_saying_what_we_do_not_use_do_not(cues, opening):
    assert cues.content_kind(opening, near_end=False) != "practice_model"
