"""Cues of blind round 261 (decision 0388): the council's aim for every child of its area,
named, said with its subject first, and the council wanting every child of its named area to
grow up well, in the first person, as a paragraph of its own (vision). In our own words, none
of them the set's sentences; each with a near miss."""

import pytest


@pytest.mark.parametrize(
    "opening",
    [
        "Our aim is that every child in Fenwick Moor grows up with someone who believes in them.",
        "The council's hope is that no young person growing up in Brayford feels forgotten.",
        "Our ambition is that all children living in Hollin Cross can say they are happy.",
    ],
)
def test_our_aim_for_every_child_of_the_area_is_vision(cues, opening):
    assert cues.content_kind(opening) == "vision"


def test_our_aim_for_every_child_in_care_names_no_place(cues):
    opening = "Our aim is that every child in care has a plan for permanence within weeks."
    assert cues.content_kind(opening) != "vision"


@pytest.mark.parametrize(
    "opening",
    [
        "We want every child in Brayford to grow up knowing they matter and that adults keep "
        "their word.",
        "We would like all of our children in Hollin Cross to grow up near the people they "
        "love.",
        "We'd like each young person in Fenwick Moor to grow up confident and safe.",
    ],
)
def test_wanting_every_child_of_the_named_area_to_grow_up_well_is_vision(cues, opening):
    assert cues.content_kind(opening) == "vision"


@pytest.mark.parametrize(
    "opening",
    [
        "We want every child to grow up safe and healthy.",
        "We want every child in care to grow up with a stable home.",
        "We want every child in Brayford to grow up safe. We work within the following "
        "legislation: the Children Act 1989.",
    ],
)
def test_wanting_children_to_grow_up_without_a_place_or_in_a_longer_paragraph(cues, opening):
    assert cues.content_kind(opening) != "vision"
