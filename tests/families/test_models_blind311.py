"""Models the blind311 round measured (decision 0450) in un-headed chapters: a model the
council's workers practise, given by name and then called an approach or a way of working in
apposition; a model they were trained in with the year they began between "trained" and "in";
and an apposition saying whose way of working it is in the possessive ("the city's own
approach"). Written for this test in our own words, each with near misses."""

from __future__ import annotations

import pytest

from tests.families.fact_helpers import fact_value

TITLE = "Children's Services Policies, Values and Principles"


def _models(text: str) -> object:
    return fact_value(f"{TITLE}\n\n{text}\n", "named_models")


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Our family workers practise Riverbank, an approach that puts trust before tasks.",
            "Riverbank",
        ),
        (
            "Every social worker here practices Lodestar, a way of working drawn up with carers.",
            "Lodestar",
        ),
        (
            "Staff have been trained since 2021 in Clearwater, the city's own way of working.",
            "Clearwater",
        ),
        (
            "Managers were trained from 2024 in Open Gate, an approach built around kin.",
            "Open Gate",
        ),
        (
            "Teams use Bridgeway, the county's own approach to visiting families.",
            "Bridgeway",
        ),
    ],
)
def test_a_model_practised_or_trained_in_and_called_an_approach(sentence: str, name: str) -> None:
    assert _models(f"{sentence} It guides each visit.") == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "Nurses practise Harbour Ward, a unit of the local hospital.",
        "Volunteers were trained since 2022 in Chesterfield, a town near the border.",
        "Carers practise their driving at weekends, an approach the service pays for.",
    ],
)
def test_other_things_practised_or_trained_in_are_no_model(sentence: str) -> None:
    assert _models(sentence) == []
