"""Cues of blind round 261 (decision 0388): the council's aim for every child of its area,
named, said with its subject first, and the council wanting every child of its named area to
grow up well, in the first person, as a paragraph of its own (vision); a promise, after a
lead-in, that no child will wait more than a stated time to know where they will grow up (the
permanence principle, key_principles: blind240's 24004, which the model lost once it learned
blind261). In our own words, none of them the sets' sentences; each with a near miss."""

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
        "We would like all of our children in Hollin Cross to grow up near the people they love.",
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


@pytest.mark.parametrize(
    "opening",
    [
        "Beside our legal duties stands one promise: no child in our care will wait longer than "
        "six months to know where they will live.",
        "Our pledge to children is simple: no young person will wait more than twelve weeks for "
        "a decision on where they will grow up.",
    ],
)
def test_a_promise_of_no_long_wait_for_where_a_child_grows_up_is_a_principle(cues, opening):
    assert cues.content_kind(opening) == "key_principles"


@pytest.mark.parametrize(
    "opening",
    [
        "Our promise is simple: no child will be left without a trusted adult.",
        "Our promise: no child will wait more than two weeks for a first visit from a social "
        "worker.",
    ],
)
def test_a_promise_of_something_else_is_not_that_principle(cues, opening):
    assert cues.content_kind(opening) != "key_principles"


def test_wanting_every_child_of_the_area_to_grow_up_into_the_outcomes_is_not_vision(cues):
    opening = (
        "We want every child in Brayford to grow up healthy, to enjoy learning and to achieve "
        "well at school."
    )
    assert cues.content_kind(opening) != "vision"
