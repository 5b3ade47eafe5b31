"""Decision 0476: a name the chapter says is its approach to one task other than its practice
names no practice model, even where it opens the practice model section. Texts are our own."""

from __future__ import annotations

import pytest

from tests.families.fact_helpers import fact_value


def _models(heading: str, sentence: str) -> object:
    text = f"# Policy\n\n## {heading}\n\n{sentence} Staff are trained in it.\n"
    return fact_value(text, "named_models", "chapter.md")


@pytest.mark.parametrize("heading", ["Our practice model", "How we work"])
@pytest.mark.parametrize(
    "sentence",
    [
        "Kinship Compass is our approach to recruiting adopters.",
        "Open Gate is the council's approach to finding homes for brothers and sisters.",
        "Tide Mark is its approach to reviewing complaints.",
    ],
)
def test_an_approach_to_another_task_names_no_model(heading: str, sentence: str) -> None:
    assert _models(heading, sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Hearthstone is our approach to working with families.",
        "Hearthstone is our approach to practice.",
    ],
)
def test_an_approach_to_practice_still_names_the_model(sentence: str) -> None:
    assert _models("Our practice model", sentence) == ["Hearthstone"]
