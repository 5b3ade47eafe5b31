"""Content cue blind set 264 showed missing (decision 0393): an un-headed outcomes paragraph whose
children are named as a place's ("We want Sallowford's children …") and whose first outcome is
good health enjoyed or had ("to enjoy good physical and emotional health"), rather than "to be
safe" or "to be healthy". Each case is written for this test in our own words."""

import pytest


@pytest.mark.parametrize(
    "opening",
    [
        "We want the county's children to have good health, to stay safe, to do well at school "
        "and to be ready for adult life.",
        "We want Brackley's young people to enjoy good mental and physical health, to learn and "
        "achieve, and to become independent adults.",
        "We want North Marsh's children to be safe, to be healthy, to enjoy their education and "
        "to leave care ready for the next stage of their lives.",
        "We want children to enjoy good health, to do well at school and to become confident "
        "adults.",
    ],
)
def test_outcomes_for_a_places_children_from_good_health_are_key_outcomes(
    cues, opening: str
) -> None:
    assert cues.content_kind(opening, near_end=False) == "key_outcomes"


@pytest.mark.parametrize(
    "opening",
    [
        # One outcome is no list of outcomes.
        "We want Brackley's children to enjoy good health.",
        # A place named as the children's future is a vision.
        "We want Brackley to be a place where children grow up safe and happy.",
        # Staff are not the children whose outcomes these are.
        "We want the council's staff to have good health and to learn new skills as adults.",
    ],
)
def test_good_health_alone_a_place_or_staff_are_not_outcomes(cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=False) != "key_outcomes"
