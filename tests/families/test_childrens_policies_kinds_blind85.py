"""Headings and openings the eighty-fifth blind round's chapters used with no cue the family
knew (decision 0147): the partnership heading asked as a question in the council's voice ("Who
do we work alongside?", "Why do we work in partnership?"). Each case is written for this test
in our own words, with near misses that must not be read so."""

import pytest


@pytest.mark.parametrize(
    "heading",
    [
        "Who do we work alongside?",
        "Why do we work in partnership?",
        "How do we work with other agencies?",
        "Why do we work together",
        "How will we work alongside partners?",
    ],
)
def test_partnership_headings_asked_as_questions(cues, heading: str) -> None:
    assert cues.heading_kind(heading) == "shared_responsibility"


@pytest.mark.parametrize(
    "heading",
    [
        "How do we work with families?",
        "Who do we work for?",
        "Why do we work this way?",
        "How do we work with children in care?",
    ],
)
def test_questions_about_other_work_are_not_the_partnership(cues, heading: str) -> None:
    assert cues.heading_kind(heading) != "shared_responsibility"
