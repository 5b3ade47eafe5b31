"""One mention of a model read by two rules, one keeping its last word and one dropping it
("Kestrel Practice" and "Kestrel" over the same words, blind382, decision 0561), names one
model, called as it is written: the name that is the mention's words in full. Each case is
written for this test in our own words."""

from __future__ import annotations

import pytest

from tests.families.fact_helpers import fact_value


def _models(heading: str, sentence: str) -> object:
    text = (
        "Policies, Values and Principles\n\n"
        f"{heading}\n\n"
        f"{sentence} Practitioners meet weekly to think about each family together.\n"
    )
    return fact_value(text, "named_models")


@pytest.mark.parametrize(
    ("heading", "sentence", "name"),
    [
        (
            "Practice in Brindlecombe",
            "Our teams use Kestrel Practice, the borough's own framework.",
            "Kestrel Practice",
        ),
        (
            "The way we work",
            "Family workers use Harbour Light Practice, a method the county wrote with parents.",
            "Harbour Light Practice",
        ),
    ],
)
def test_one_mention_names_one_model_as_written(heading: str, sentence: str, name: str) -> None:
    assert _models(heading, sentence) == [name]
