"""Headings the hundred-and-forty-eighth blind round's chapters used with no cue the family knew
(decision 0244): the service's values named as "the things we value". Each case is written for
this test in our own words, with near misses that must not be read so."""

import pytest


@pytest.mark.parametrize(
    "heading",
    [
        "The things we value",
        "Things we believe in",
        "Things that we hold dear",
        "THE THINGS WE VALUE",
    ],
)
def test_the_things_the_service_values_are_its_values(cues, heading: str) -> None:
    assert cues.heading_kind(heading) == "values"


@pytest.mark.parametrize("heading", ["Things children value", "The things we will do"])
def test_other_things_are_not_the_values(cues, heading: str) -> None:
    assert cues.heading_kind(heading) != "values"
