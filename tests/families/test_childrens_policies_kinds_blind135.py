"""Content cues blind set 135 showed missing (decision 0221): whole chapters with no headings
whose leaving-care paragraph gives care leavers help from a personal adviser (not the adviser
itself), and whose families-first paragraph opens on what the service does to keep children
with their families wherever it is safe. Each case is written for this test in our own words."""

import pytest


@pytest.mark.parametrize(
    "opening",
    [
        "Care leavers can have help from a personal adviser up to the age of 25.",
        "Care leavers get support from their personal adviser until they turn 21.",
        "Young people who leave our care are offered advice from a personal adviser until 21.",
        "Care leavers keep their personal adviser to 21.",
    ],
)
def test_care_leavers_helped_by_a_personal_adviser_is_key_principles(cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=False) == "key_principles"


@pytest.mark.parametrize(
    "opening",
    [
        "Care leavers can have help from the council tax team if they ask.",
        "Care leavers told us that help from a personal adviser came too late.",
    ],
)
def test_other_help_for_care_leavers_is_not_cued(cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=False) != "key_principles"


@pytest.mark.parametrize(
    "opening",
    [
        "Wherever it is safe, we help children to stay with their parents, and when that is not "
        "possible we look to relatives first.",
        "Where it is safe, we support children to remain with their own families.",
        "We help children to live with their families wherever that can be made safe.",
        "Wherever it is possible and safe, we work to keep children at home with their parents.",
    ],
)
def test_keeping_children_with_their_families_is_key_principles(cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=False) == "key_principles"


@pytest.mark.parametrize(
    "opening",
    [
        "We help children to stay safe online and in the community.",
        "Wherever it is safe, we share information with partners quickly.",
        "We help children to stay in touch with their brothers and sisters.",
    ],
)
def test_other_help_for_children_is_not_families_first(cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=False) != "key_principles"
