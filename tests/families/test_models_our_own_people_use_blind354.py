"""A model named in passing is the council's when a clause after its name says the council's own
people work to it (blind354): "the Tidewater approach that our social workers use" names
Tidewater wherever the sentence stands, with no verb before the name and no practice model
section. Partners' use, a service's own words and a name in lower case name no model.

Each case is written for this test in our own words.
"""

from __future__ import annotations

import pytest

from tests.families.fact_helpers import fact_value


def _models(sentence: str) -> object:
    text = (
        "Policies, Values and Principles\n\n"
        "Partnership\n\n"
        "Health visitors, schools and the police work closely with us. "
        f"{sentence} Concerns are raised early and shared.\n"
    )
    return fact_value(text, "named_models")


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Several schools now hold their reviews in the Tidewater approach that our social "
            "workers use.",
            "Tidewater",
        ),
        (
            "Health colleagues are trained in the same Lanternlight framework which we follow.",
            "Lanternlight",
        ),
        (
            "Nurseries plan with parents in the Open Gate way of working that the council's "
            "teams use.",
            "Open Gate",
        ),
        (
            "Youth workers meet families in the Brightwater model, which our own staff also use.",
            "Brightwater Model",
        ),
        ("Schools draw on the Tidewater framework used by our social workers.", "Tidewater"),
        ("Health visitors share the Lanternlight approach that is used by us.", "Lanternlight"),
    ],
)
def test_a_model_our_own_people_use_is_named(sentence: str, name: str) -> None:
    assert _models(sentence) == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "Several schools hold their reviews in the Tidewater approach that the police use.",
        "Nurseries plan in the Early Help approach that our teams use.",
        "Schools hold reviews in the tidewater approach that our social workers use.",
        "Youth clubs meet families in the Brightwater approach that our partner agency staff use.",
        "Schools draw on the Tidewater framework used by other councils.",
    ],
)
def test_other_users_and_service_names_name_no_model(sentence: str) -> None:
    assert _models(sentence) == []
