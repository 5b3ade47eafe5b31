"""A model named by a sentence that says outright which is the council's model (decision 0015,
note of 2026-12): "Our practice model is Trauma Informed Practice", "Circles of Support is our
model". Words that alone only describe a way of working are then a name, as after "called".

Each case is written for this test in our own words; each negative case is a wording that
describes practice without saying which model is the council's.
"""

import pytest

from tests.families.fact_helpers import fact_value


@pytest.mark.parametrize(
    ("text", "models"),
    [
        (
            "How we work\n\nOur practice model is Trauma Informed Practice. It shapes every visit.",
            ["Trauma Informed Practice"],
        ),
        (
            "How we work\n\nThe council's operating model is Relational Family Practice, used "
            "from the front door onwards.",
            ["Relational Family Practice"],
        ),
        (
            "How we work\n\nStrengths Based Practice is our practice model for every team.",
            ["Strengths Based Practice"],
        ),
        (
            "How we work\n\nSystemic Family Work is our model, taught to every new social worker.",
            ["Systemic Family Work"],
        ),
    ],
)
def test_a_title_case_name_said_to_be_the_model_is_read(text: str, models: list[str]) -> None:
    assert fact_value(text, "named_models") == models


@pytest.mark.parametrize(
    "text",
    [
        # a description, not a name: lower case
        "How we work\n\nOur practice model is trauma informed and strengths based.",
        # one generic word is no name
        "How we work\n\nOur practice model is Relational.",
        # someone else's model, not the council's
        "How we work\n\nA good practice model is Trauma Informed Practice, some say.",
        # the words are used, not named as the model
        "How we work\n\nWe use Trauma Informed Practice across all of our teams.",
    ],
)
def test_generic_words_not_said_to_be_the_model_name_none(text: str) -> None:
    assert fact_value(text, "named_models") == []


@pytest.mark.parametrize(
    "text",
    [
        "Our practice model\n\nAll Marrowdale practitioners are trained in Restorative Practice.",
        "Our practice model\n\nMost Kelby teams use Signs of Safety with families.",
    ],
)
def test_a_place_after_a_quantifier_is_whose_staff_not_a_model(text: str) -> None:
    # blind129 12902 (decision 0212): "All Marrowdale" is not a model's name
    assert len(fact_value(text, "named_models")) == 1
