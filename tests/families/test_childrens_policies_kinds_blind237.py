"""Cues of blind round 237 (decision 0361): nobody said to keep a child safe alone (shared
responsibility); the council's formal intention for every or no child of its area, named, and
success asked about then answered by picturing the place (vision). In our own words, none of
them the set's sentences; each with a near miss."""

import pytest


@pytest.mark.parametrize(
    "opening",
    [
        "No one can protect children alone, and we do not try to.",
        "Nobody keeps children safe by themselves; it takes schools, doctors and the police.",
        "No-one safeguards a child single-handedly.",
    ],
)
def test_nobody_keeping_a_child_safe_alone_is_shared_responsibility(cues, opening):
    assert cues.content_kind(opening) == "shared_responsibility"


def test_nobody_facing_care_alone_is_not_shared_responsibility(cues):
    opening = "Nobody should leave care alone, so every young person keeps a personal adviser."
    assert cues.content_kind(opening) != "shared_responsibility"


@pytest.mark.parametrize(
    "opening",
    [
        "It is the aim of the Borough Council that every child in Marlow Vale should grow up "
        "with someone on their side.",
        "It is the council's intention that no young person in Eastwick leaves school without "
        "a plan.",
        "It is our hope that all children growing up in Thornbury feel they belong there.",
    ],
)
def test_the_councils_intention_for_every_child_of_its_area_is_vision(cues, opening):
    assert cues.content_kind(opening) == "vision"


def test_an_intention_for_children_in_care_names_no_place(cues):
    opening = "It is the aim of the council that every child in care has a plan within weeks."
    assert cues.content_kind(opening) != "vision"


@pytest.mark.parametrize(
    "opening",
    [
        "What does good look like? A Marlow Vale where every family can ask for help early.",
        "What would success look like for our children? An Eastwick in which no child is "
        "moved far from home.",
    ],
)
def test_success_answered_by_picturing_the_place_is_vision(cues, opening):
    assert cues.content_kind(opening) == "vision"


def test_success_answered_by_measures_is_not_vision(cues):
    opening = "What would success look like? Fewer moves, better grades and quicker plans."
    assert cues.content_kind(opening) != "vision"
