"""Content cues blind set 128 showed missing (decision 0209): whole chapters with no headings,
numbered paragraphs, whose practice model opens on the service practising under a named
framework and whose outcomes are said as "What we want for children is that they are ...".
Each case is written for this test in our own words."""

import pytest


@pytest.mark.parametrize(
    "opening",
    [
        "We practise under the Strengthening Families framework, which builds on what a family "
        "already does well.",
        "We practise within the Bright Steps model in every team.",
        "We now practise using a restorative approach with every family we meet.",
    ],
)
def test_practising_under_a_named_framework_is_the_practice_model(cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=False) == "practice_model"


@pytest.mark.parametrize(
    "opening",
    [
        "We practise within the legal framework the Children Act 1989 sets.",
        "We practise under the National Framework, as statutory guidance requires.",
        "We work within the framework of Working Together to Safeguard Children 2023.",
    ],
)
def test_practising_within_the_law_is_no_practice_model(cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=False) != "practice_model"


@pytest.mark.parametrize(
    "opening",
    [
        "What we want for children is that they are safe, healthy, learning, and ready for "
        "adult life.",
        "What we want for all our young people is that they are healthy and safe, do well at "
        "school and grow into independent adults.",
    ],
)
def test_what_we_want_is_that_they_are_is_key_outcomes(cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=False) == "key_outcomes"


def test_what_we_want_said_of_a_place_is_no_list_of_outcomes(cues) -> None:
    opening = "What we want for children is that they grow up in a town proud of them."
    assert cues.content_kind(opening, near_end=False) != "key_outcomes"
