"""Words of a way of working in a section only the kind model reads as the practice model's
(follow-up m17a of decision 0353): a sentence calling them one approach among others ("…, a way
of working that …") describes practice and names no model, unless the name is no generic
description or a known model. Each case is written for this test in our own words."""

import pytest

from tests.reading import facts_of


@pytest.mark.parametrize(
    ("text", "models"),
    [
        ("Our teams use Relational Practice, a way of working that puts relationships first.", []),
        (
            "How we work\n\nOur workers follow Relational Practice, a way of working that starts "
            "with trust.",
            [],
        ),
        (
            "Our teams use Family Compass, an approach that builds on what families do well.",
            ["Family Compass"],
        ),
        (
            "How we work\n\nOur workers follow Family Compass, an approach that starts with trust.",
            ["Family Compass"],
        ),
    ],
)
def test_generic_words_called_an_approach_name_no_model(text: str, models: list[str]) -> None:
    assert facts_of(text)["named_models"].value == models
