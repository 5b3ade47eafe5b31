"""Content cues blind set 47 showed missing (decision 0096): a changes note dated by a range of
months, a document control's "Date amended" field opening a box, an effective date alone."""

import pytest


@pytest.mark.parametrize(
    "opening",
    [
        "Changes made between June and August 2024 are shown in bold.",
        "Amendments made in March 2025 are marked with a bar in the margin.",
        "The changes to this chapter from May to July 2025 are listed below.",
        "Date amended | 3 February 2025\nReview date | 3 February 2026",
        "Date revised: 12 June 2024",
        "Effective date: 1 September 2025",
    ],
)
def test_a_dated_note_or_field_of_the_edition_names_the_scope(cues, opening):
    assert cues.content_kind(opening, near_end=False) == "scope"


@pytest.mark.parametrize(
    "opening",
    [
        "Changes to the allowances are explained below.",
        "Effective date of a care order is the day the court makes it.",
        "Date amended fields are filled in by the business support team.",
    ],
)
def test_other_sentences_about_changes_or_dates_do_not(cues, opening):
    assert cues.content_kind(opening, near_end=False) != "scope"
