"""Section kinds met in decision 0071: the place a council wants its area to become, with the
kind of place said first, is the vision.

Each passage is written for this test in our own words.
"""

import pytest


@pytest.mark.parametrize(
    "opening",
    [
        "We want Brackenholt to be a good place for every child to grow up.",
        "We want Low Pellow to be the safest and happiest borough in the north for children.",
        "We want Ashcombe to be a place where children thrive.",
    ],
)
def test_the_place_the_council_wants_its_area_to_be_is_the_vision(cues, opening):
    assert cues.content_kind(opening) == "vision"


def test_a_place_of_no_named_area_is_no_vision_cue(cues):
    assert cues.content_kind("We want this to be a good place to work for our staff.") is None
