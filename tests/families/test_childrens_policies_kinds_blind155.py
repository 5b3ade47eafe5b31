"""Content cue blind set 155 showed missing (decision 0255): a vision told as what the service is
aiming or hoping for, named as the sentence's subject. Each case is written for this test in our
own words."""

import pytest


@pytest.mark.parametrize(
    "opening",
    [
        "What we are aiming for is simple to say: every child in Ashby Fen should have a home.",
        "What we hope for is that children look back on their time with us with pride.",
        "What we strive for, for every child in our care, is a childhood like any other.",
    ],
)
def test_what_we_aim_or_hope_for_is_vision(cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=False) == "vision"


@pytest.mark.parametrize(
    "opening",
    [
        "What we do is listen first and act second.",
        "What we look for is evidence that children are healthy and safe.",
        "What we are aiming to change this year is the time children wait for a plan.",
    ],
)
def test_what_we_do_or_look_for_is_not_vision(cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=False) != "vision"
