"""Cues added in known-misses round 54 (decision 0404): a model's own name before "our model for
practice" in a heading, and the Acts counted then named after a colon. Each wording is written
for this test in our own words, with negatives."""

from __future__ import annotations

import pytest

from app.sections.classify import Cues


@pytest.mark.parametrize(
    "heading",
    [
        "Threads: our model for practice",
        "Open Doors - our practice framework",
        "Kindred Ways: the model of social work practice",
    ],
)
def test_a_named_model_before_what_it_is_heads_the_practice_model(cues: Cues, heading: str) -> None:
    assert cues.heading_kind(heading) == "practice_model"


@pytest.mark.parametrize(
    "heading",
    ["Threads: how we listen to children", "Our values: a model for practice elsewhere too"],
)
def test_other_headings_after_a_colon_are_not_the_practice_model(cues: Cues, heading: str) -> None:
    assert cues.heading_kind(heading) != "practice_model"


@pytest.mark.parametrize(
    "opening",
    [
        "Two Acts matter most here: the Children Act 1989 and the Children and Social Work Act "
        "2017.",
        "Three statutes shape what we must do: the Children Act 1989, the Children Act 2004 and "
        "the Children and Families Act 2014.",
    ],
)
def test_acts_counted_then_named_open_the_introduction(cues: Cues, opening: str) -> None:
    assert cues.content_kind(opening) == "introduction"


def test_a_count_of_other_things_is_no_introduction(cues: Cues) -> None:
    assert (
        cues.content_kind(
            "Two things matter most here: listening to children and keeping them safe."
        )
        != "introduction"
    )
