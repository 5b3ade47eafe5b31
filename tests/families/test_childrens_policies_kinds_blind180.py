"""Content cues blind set 180 showed missing (decision 0287): an amendment note that gives its
month first and the council's rewrite after it, perhaps under a run-in label and perhaps of one
part of the chapter; and outcomes that open on the difference the service means to make, with
the list of changes after a colon. Each case is written for this test in our own words."""

import pytest


@pytest.mark.parametrize(
    "opening",
    [
        "Amendment note: in March 2026 we rewrote the part of this chapter about care leavers.",
        "In June 2025 we updated the section on permanence planning.",
        "Note: in October 2024, we revised this chapter to add the new family hubs.",
        "Changes: during January 2026 we amended the paragraphs about short breaks.",
        "On 4 February 2025 we refreshed the guidance after the inspection.",
    ],
)
def test_a_dated_rewrite_in_the_councils_voice_is_scope(cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=False) == "scope"


@pytest.mark.parametrize(
    "opening",
    [
        "Note: in March 2026 we opened two new family hubs in the north of the county.",
        "Update: in June 2025 we updated our local offer for care leavers.",
        "In 2024 we rewrote the part of our fostering offer that covers allowances.",
    ],
)
def test_other_dated_work_of_the_council_under_a_label_is_not_scope(cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=False) != "scope"


@pytest.mark.parametrize(
    "opening",
    [
        "The difference we are trying to make can be measured: more children staying safely at "
        "home, fewer moves for children in care and more care leavers in work.",
        "The changes we want to see for children are these: better health, steadier homes, and "
        "more of them in education or training.",
        "The difference that we aim to make: safer homes, better school attendance and more "
        "young people ready for adult life.",
    ],
)
def test_the_difference_the_service_means_to_make_with_a_list_is_key_outcomes(
    cues, opening: str
) -> None:
    assert cues.content_kind(opening, near_end=False) == "key_outcomes"


@pytest.mark.parametrize(
    "opening",
    [
        "The difference we want to make is that every child grows up safe and loved.",
        "The changes we want to see in our own practice start with listening to children.",
    ],
)
def test_the_difference_without_a_list_of_changes_is_not_outcomes(cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=False) != "key_outcomes"
