"""Blind round 252 (decision 0379): "model" after a joining word ("Training in the model is
given …", "Signs of Safety and the model …") points back to a model named elsewhere; the words
before the join name no model. A name that holds a join before its own last word still does.
Texts are our own."""

from __future__ import annotations

from tests.families.fact_helpers import fact_value


def _models(paragraphs: str) -> object:
    text = (
        "Children's Services Policies, Values and Principles\n\n"
        "Our Practice Model\n\n" + paragraphs + "\n\n"
        "Leaving care\n\nCare leavers have a personal adviser until they are 21.\n"
    )
    return fact_value(text, "named_models")


def test_training_in_the_model_names_no_model() -> None:
    assert _models(
        "Our practice model is Safe and Together.\n\n"
        "Training in the model is given to every new social worker in their first year."
    ) == ["Safe and Together"]


def test_a_model_and_the_model_names_only_the_first() -> None:
    assert _models(
        "We use Family Valued. Supervision and the model are reviewed each spring by Practice "
        "Leads in the service."
    ) == ["Family Valued"]


def test_a_name_with_a_join_inside_it_before_model_is_still_a_name() -> None:
    assert _models("Caseworkers in Eastmoor use the Partners in Care Model with every family.") == [
        "Partners in Care Model"
    ]
