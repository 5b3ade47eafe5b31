"""Wordings the known-misses round misses84 found the family did not know (decision 0549): a
heading naming the communities or the voluntary groups the service works with, partners outside
the council as the agencies are. Each case is written for this test in our own words, with near
misses that must not be read so."""

import pytest


@pytest.mark.parametrize(
    "heading",
    [
        "Working with local communities",
        "Working closely with faith and cultural communities",
        "Working with community groups",
        "Working with the voluntary and community sector",
    ],
)
def test_a_heading_naming_the_communities_worked_with_hints_shared_responsibility(
    cues, heading: str
) -> None:
    assert cues.heading_kind(heading) == "shared_responsibility"
    assert cues.only_hinted("shared_responsibility", heading)


@pytest.mark.parametrize(
    "heading",
    [
        "Working with families",
        "Working with children and young people",
        "Communities we serve",
        "Building stronger communities",
    ],
)
def test_working_with_families_or_communities_alone_are_not_this_hint(cues, heading: str) -> None:
    assert cues.heading_kind(heading) != "shared_responsibility"
