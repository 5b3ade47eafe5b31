"""Two more ways of saying which model is the council's (decision 0338): "Our model is X" (as
"our practice model is X" already did, decision 0015) and "we call our model of social work X"
(as "we call our model of practice X" already did). The owner is in the words themselves, so a
Title Case name that alone would only describe a way of working is named; a lower-case
description, one word, someone else's model or a model that is merely "based on" something stay
unnamed.

Each case is written for this test in our own words.
"""

from __future__ import annotations

import pytest

from tests.families.fact_helpers import fact_value


def _models(sentence: str) -> object:
    text = (
        "Policies, Values and Principles\n\n"
        "How we work\n\n"
        f"{sentence} Our social workers are trained in it and supervised by managers who "
        "know it well.\n"
    )
    return fact_value(text, "named_models")


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Our model is Strengths-Based Practice.", "Strengths-Based Practice"),
        ("Across the service our model is Family Minded Practice.", "Family Minded Practice"),
        ("Our model is Motivational Social Work.", "Motivational Social Work"),
        (
            "We call our model of social work Trauma-Informed Practice.",
            "Trauma-Informed Practice",
        ),
        (
            "We have called our model of social work Family Minded Practice.",
            "Family Minded Practice",
        ),
    ],
)
def test_the_council_saying_which_is_its_model_names_it(sentence: str, name: str) -> None:
    assert _models(sentence) == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "Our model is strengths-based and relational.",
        "Our model is Relational.",
        "Our model is based on Trauma-Informed Practice and attachment theory.",
        "A good model is Relationship-Based Practice, researchers say.",
        "Their model is Trauma-Informed Practice, but ours has not been chosen yet.",
    ],
)
def test_descriptions_and_other_peoples_models_name_none(sentence: str) -> None:
    assert _models(sentence) == []
