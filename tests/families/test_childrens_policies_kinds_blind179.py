"""Content cue blind set 179 showed missing (decision 0285): a leaving-care paragraph that states
the personal adviser as an entitlement ("are entitled to", "are eligible for") rather than as
something care leavers keep or are offered. Each case is written for this test in our own words."""

import pytest


@pytest.mark.parametrize(
    "opening",
    [
        "Care leavers are entitled to a personal adviser until they reach 21.",
        "Care leavers are eligible for the help of a personal adviser up to the age of 25.",
        "Young people leaving care are entitled to the advice of their personal adviser until 21.",
        "Young people who leave our care are eligible for support from a personal adviser.",
    ],
)
def test_care_leavers_entitled_to_a_personal_adviser_is_key_principles(cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=False) == "key_principles"


@pytest.mark.parametrize(
    "opening",
    [
        "Care leavers are entitled to a council tax exemption until they are 25.",
        "Care leavers are eligible for a bursary if they go on to university.",
        "Young people leaving care are entitled to priority on the housing register.",
    ],
)
def test_other_entitlements_of_care_leavers_are_not_cued(cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=False) != "key_principles"
