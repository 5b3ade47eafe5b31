"""A term for children in care is whom a team works with, never the model it works to
(blind169, decision 0272): "Our teams work with Children Looked After …" under a practice model
heading names no model, while a model named in the same section is still read.

Each case is written for this test in our own words.
"""

import pytest

from tests.families.fact_helpers import fact_value


@pytest.mark.parametrize(
    ("text", "models"),
    [
        (
            "Our practice model\n\nOur teams work with Children Looked After and their families "
            "in a restorative way. Restorative Practice means working with families.",
            ["Restorative Practice"],
        ),
        (
            "Practice model\n\nWe work with Looked After Children and their carers using "
            "Signs of Safety in every team.",
            ["Signs of Safety"],
        ),
        (
            "Our practice model\n\nOur teams work with Children in Care and their families "
            "in a restorative way, building on what is going well.",
            [],
        ),
    ],
)
def test_looked_after_term_is_no_model(text: str, models: list[str]) -> None:
    assert fact_value(text, "named_models") == models


def test_model_named_with_children_in_its_name_is_still_read() -> None:
    text = (
        "Our practice model\n\nOur practice model is called Children First Together, used "
        "by every team."
    )
    assert fact_value(text, "named_models") == ["Children First Together"]
