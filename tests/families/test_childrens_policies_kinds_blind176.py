"""Sections blind set 176 showed the reader missing (decision 0281): the service's values named
as "the things we hold to" or "stand for", and a chapter's purpose said as what the service
(in the plural) stands for or values, under a one-word "Purpose" heading that alone would read
as the introduction.

Each case is written for this test in our own words; each near miss is a heading or a sentence
of another kind.
"""

import pytest

from tests.reading import read_kinds_and_headings

TITLE = "Family Help Standards, Aims and Duties\n\n"


@pytest.mark.parametrize(
    "heading",
    ["The things we hold to", "Things we stand for", "The things that we stand by"],
)
def test_the_things_the_service_holds_to_are_its_values(cues, heading: str) -> None:
    assert cues.heading_kind(heading) == "values"


@pytest.mark.parametrize("heading", ["Principles we hold to", "Things children stand up for"])
def test_other_things_held_to_are_not_the_values(cues, heading: str) -> None:
    assert cues.heading_kind(heading) != "values"


@pytest.mark.parametrize(
    "opening",
    [
        "This chapter sets out what Brindle Marsh's family help teams stand for",
        "This page explains what our social workers believe",
        "This chapter describes what the council's children's services value",
    ],
)
def test_what_the_services_stand_for_under_purpose_is_the_scope(opening: str) -> None:
    text = (
        "# " + TITLE + "## Purpose\n\n" + opening + " and how we expect every team to work "
        "with children and their families.\n\n"
        "## Leaving care\n\nEvery care leaver has a personal adviser until they are 21.\n"
    )
    assert ("scope", "Purpose") in read_kinds_and_headings(text, "chapter.md")


def test_what_the_framework_is_under_purpose_stays_the_introduction() -> None:
    text = (
        "# " + TITLE + "## Purpose\n\n"
        "This policy sets out the framework within which our teams work with children in need "
        "and their families under the Children Act 1989.\n\n"
        "## Leaving care\n\nEvery care leaver has a personal adviser until they are 21.\n"
    )
    assert ("introduction", "Purpose") in read_kinds_and_headings(text, "chapter.md")
