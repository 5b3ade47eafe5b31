"""Cues the eighty-first blind round's un-headed chapters showed missing (decision 0141): the
chapter's name opening on two of its words ("Values and Principles of … Children's Services"),
a history of the chapter told as prose from its first edition closing the text, a vision that
pictures the named area, outcomes said as "we will know we have done well when …" or one to a
paragraph, and partnership said as "No single agency can protect children …".

Each case is written for this test in our own words; the near misses are shapes a careless cue
would take.
"""

import pytest


@pytest.mark.parametrize(
    "line",
    [
        "Values and Principles of Ashgrove Children's Services",
        "Principles and values for children's social care",
        "Values and principles in Lowdale's children's services",
    ],
)
def test_two_of_the_chapters_words_with_whose_they_are_name_the_title(cues, line: str) -> None:
    assert cues.heading_kind(line) == "title"


@pytest.mark.parametrize("line", ["Values and principles", "Our values", "Values and beliefs"])
def test_values_headings_naming_no_service_stay_values(cues, line: str) -> None:
    assert cues.heading_kind(line) == "values"


@pytest.mark.parametrize(
    "opening",
    [
        "This chapter was first published in May 2020. It was revised in 2023 and again in 2025.",
        "This procedure was first issued in 2018 and has been reviewed every year since.",
    ],
)
def test_a_prose_history_from_the_first_edition_closes_as_end_matter(cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=True) == "end_matter"


def test_the_same_history_under_the_title_stays_the_scope(cues) -> None:
    opening = "This chapter was first published in May 2020. It was revised in 2023."
    assert cues.content_kind(opening, near_end=False) == "scope"


@pytest.mark.parametrize(
    "opening",
    [
        "We picture a Hollowmere in which no child's chances depend on the street they live on.",
        "We imagine a Castleby where families find help close to home.",
    ],
)
def test_the_council_picturing_its_named_area_is_a_vision(cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=False) == "vision"


@pytest.mark.parametrize(
    "opening",
    ["We picture a child who feels safe at school.", "We see a need for more foster carers."],
)
def test_picturing_a_child_or_a_need_is_no_vision(cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=False) != "vision"


@pytest.mark.parametrize(
    "opening",
    [
        "We will know that we have done well when children leave us healthy, safe and settled.",
        "We'll know we have succeeded when the young people we support are safe and in work.",
    ],
)
def test_knowing_we_have_done_well_when_children_are_safe_is_outcomes(cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=False) == "key_outcomes"


def test_knowing_without_saying_what_for_children_is_not_outcomes(cues) -> None:
    opening = "We will know we have done well when the new case system is running on time."
    assert cues.content_kind(opening, near_end=False) != "key_outcomes"


@pytest.mark.parametrize(
    "paragraph", ["We want our children to be safe.", "We want every child to stay healthy."]
)
def test_one_outcome_to_a_paragraph_is_outcomes(cues, paragraph: str) -> None:
    assert cues.content_kind(paragraph, near_end=False) == "key_outcomes"


def test_a_fuller_wish_for_children_is_not_read_as_one_outcome(cues) -> None:
    paragraph = "We want our children to be safe, loved and proud of where they come from."
    assert cues.content_kind(paragraph, near_end=False) != "key_outcomes"


@pytest.mark.parametrize(
    "opening",
    [
        "No single agency can protect children on its own. Schools and doctors see what we miss.",
        "No one organisation can keep children safe by itself.",
    ],
)
def test_no_single_agency_protecting_children_is_shared_responsibility(cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=False) == "shared_responsibility"


def test_no_agency_saying_something_else_is_not_shared_responsibility(cues) -> None:
    opening = "No single agency can hold every record, so each keeps its own."
    assert cues.content_kind(opening, near_end=False) != "shared_responsibility"
