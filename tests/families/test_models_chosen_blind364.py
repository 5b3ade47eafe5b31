"""A model the council says it chose or selected is one it adopted (blind364): "The service has
chosen Systemic Practice as its model" names Systemic Practice, though its words alone would only
describe a way of working, as "has adopted … as its model" does. A choice of something that is
not called a model, approach or framework names none.

Each case is written for this test in our own words.
"""

from __future__ import annotations

import pytest

from tests.families.fact_helpers import fact_value


def _models(sentence: str) -> object:
    text = (
        "Policies, Values and Principles\n\n"
        "Our way of working\n\n"
        f"{sentence} Practitioners meet weekly to think about each family together.\n"
    )
    return fact_value(text, "named_models")


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Brindlecombe has chosen Systemic Practice as its model.", "Systemic Practice"),
        ("In 2024 the council chose Harbour Lights as its practice framework.", "Harbour Lights"),
        ("We selected the Open Hearth approach for every team.", "Open Hearth"),
        ("Leaders are choosing Common Ground as our framework for now.", "Common Ground"),
    ],
)
def test_a_model_the_council_chose_is_named(sentence: str, name: str) -> None:
    assert _models(sentence) == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "Young people chose the Bright Room as the place for their forum.",
        "Parents can choose the Saturday session if weekdays are hard.",
    ],
)
def test_a_choice_of_anything_else_names_no_model(sentence: str) -> None:
    assert _models(sentence) in (None, [])
