"""Content cues blind set 59 showed missing (decision 0113): the outcomes listed as what the
service wants for its children may open on when they are reached ("By the time they leave us,
…") and end on a home of their own ("… and to have somewhere good to live")."""

import pytest


@pytest.mark.parametrize(
    "opening",
    [
        "By the time they leave us, we want our children to be healthy, to be safe, to have done "
        "as well as they can at school and to have somewhere good to live.",
        "When they reach eighteen, we want every child to be safe and healthy, to have learned "
        "all they can in education and to have a settled home.",
        "We want all children to be healthy, to do well at school and to have a stable home.",
    ],
)
def test_outcomes_opening_on_when_or_ending_on_a_home_are_key_outcomes(cues, opening) -> None:
    assert cues.content_kind(opening, near_end=False) == "key_outcomes"


@pytest.mark.parametrize(
    "opening",
    [
        "By the time they leave us, we want our children to know that we kept our promises.",
        "We want every child to be safe and to do well at school.",
        "When a child comes into care, we want them to be safe and to have a home near school.",
    ],
)
def test_a_wish_without_the_list_of_outcomes_is_not_key_outcomes(cues, opening) -> None:
    assert cues.content_kind(opening, near_end=False) != "key_outcomes"
