"""The outcomes listed as what the service wants for children named as looked after or cared
for, ending on their leaving care ready for what comes next (decision 0329). Each opening is
written for this test in our own words, with near misses that must not be read so."""

import pytest


@pytest.mark.parametrize(
    "opening",
    [
        "We want Looked After Children in Ashdene to be safe, healthy and happy at home and at "
        "school, and to leave care ready for the next stage of their lives.",
        "We want cared for children to be healthy, to do well in education and to be ready for "
        "life after care.",
        "We want our looked-after children to be safe and settled, to achieve at school and to "
        "grow into independent adults.",
    ],
)
def test_outcomes_for_children_named_as_looked_after_are_key_outcomes(cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=False) == "key_outcomes"


@pytest.mark.parametrize(
    "opening",
    [
        "We want Looked After Children in Ashdene to be safe and to do well at school.",
        "We want cared for children to be heard in every decision about their lives.",
    ],
)
def test_a_want_that_stops_short_of_the_list_is_not_key_outcomes(cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=False) != "key_outcomes"
