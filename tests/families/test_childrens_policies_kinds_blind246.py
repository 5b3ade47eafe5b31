"""Cues of blind round 246 (decision 0372): the service said to be one of the agencies or
partners in a child's life (shared responsibility). In our own words, none of them the set's
sentences; each with a near miss."""

import pytest


@pytest.mark.parametrize(
    "opening",
    [
        "The council is just one of many partners who work with children in Eastwick.",
        "We are only one of the organisations that families turn to when things go wrong.",
        "Children's social care is one of several services in a young person's life.",
    ],
)
def test_the_service_as_one_of_the_agencies_is_shared_responsibility(cues, opening):
    assert cues.content_kind(opening) == "shared_responsibility"


@pytest.mark.parametrize(
    "opening",
    [
        "We are one of the best councils in the region for keeping children at home.",
        "The council is one of the largest employers in the county.",
    ],
)
def test_one_of_the_best_names_no_partner(cues, opening):
    assert cues.content_kind(opening) != "shared_responsibility"
