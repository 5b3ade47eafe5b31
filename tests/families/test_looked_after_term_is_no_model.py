"""A term for children in care is whom a team works with, never the model it works to
(blind169, decision 0272): "Our teams work with Children Looked After …" under a practice model
heading names no model, while a model named in the same section is still read.

Each case is written for this test in our own words.
"""

import pytest

from app.analysis import analyze
from app.families import get_family
from app.ingest import read_source


def _models(text: str) -> object:
    analyzed = analyze(read_source(text.encode(), "chapter.txt"), get_family())
    return {fact.key: fact for fact in analyzed.facts}["named_models"].value


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
    assert _models(text) == models


def test_model_named_with_children_in_its_name_is_still_read() -> None:
    text = (
        "Our practice model\n\nOur practice model is called Children First Together, used "
        "by every team."
    )
    assert _models(text) == ["Children First Together"]
