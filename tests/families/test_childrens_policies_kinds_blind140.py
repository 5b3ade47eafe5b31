"""Content cues blind set 140 showed missing (decision 0234): the council's model opening its
paragraph by the name it goes by locally, under a heading that only hints at key principles
("How we practise"). Each case is written for this test in our own words."""

import pytest


@pytest.mark.parametrize(
    "opening",
    [
        "Our model, known locally as Bright Paths, asks workers to plan with families.",
        "Our practice framework, locally known as Open Doors, starts from what works.",
        "The council's model of practice, called Firm Ground, puts relationships first.",
        "Our own model, which we call Steady Steps, keeps the child's voice in every plan.",
    ],
)
def test_the_councils_model_by_its_local_name_is_practice_model(cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=False) == "practice_model"


@pytest.mark.parametrize(
    "opening",
    [
        "Our model of fostering is known across the region.",
        "The council's offer, known locally as the Hub, is open to every family.",
    ],
)
def test_other_things_known_locally_are_not_the_practice_model(cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=False) != "practice_model"


@pytest.mark.parametrize(
    "note",
    [
        "Changes since the last edition (November 2025): the section on carers was rewritten.",
        "Changes (May 2025) - the list of Acts was brought up to date.",
        "Amendments to this chapter (3 June 2025): the principles are now numbered.",
    ],
)
def test_a_changes_label_dated_in_brackets_closing_the_chapter_is_end_matter(cues, note) -> None:
    assert cues.content_kind(note, near_end=True) == "end_matter"


def test_a_changes_heading_dated_in_brackets_without_a_note_is_no_end_matter_cue(cues) -> None:
    assert cues.content_kind("Changes since the last edition (November 2025)", True) is None
