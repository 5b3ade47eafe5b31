"""Wordings the hundred-and-eighty-third blind round's browser copies used that the family did
not know (decision 0291): a values heading named by what steers the service ("What guides us"),
and a tool used inside the practice model named beside it. Each case is written for this test in
our own words, with near misses that must not be read so."""

import pytest

from tests.families.fact_helpers import fact_value


@pytest.mark.parametrize(
    "heading", ["What guides us", "What drives us", "What inspires us", "What motivates us"]
)
def test_what_steers_the_service_is_a_values_heading(cues, heading: str) -> None:
    assert cues.heading_kind(heading) == "values"


@pytest.mark.parametrize(
    "heading",
    ["What guides decisions about contact", "What drives placement moves", "What guides our work"],
)
def test_what_steers_a_decision_is_not_this_cue(cues, heading: str) -> None:
    assert cues.heading_kind(heading) != "values"


def _models(text: str) -> list[str]:
    return list(fact_value(text, "named_models"))


CHAPTER = (
    "Children's Services Policies, Values and Principles\n\n"
    "Our practice model\n\n"
    "{sentence} Workers agree the next steps with each family.\n\n"
    "Sharing information\n\n"
    "We share information only where the law allows it.\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Lindow uses Signs of Safety, and children's wishes are recorded using the Three Houses "
        "tool.",
        "We use Signs of Safety, and workers draw family trees using the Genogram technique.",
    ],
)
def test_a_tool_used_inside_the_model_is_no_model(sentence: str) -> None:
    assert _models(CHAPTER.format(sentence=sentence)) == ["Signs of Safety"]


def test_a_model_used_under_the_heading_is_still_named() -> None:
    sentence = "We use Relational Partnership Practice in every team."
    assert _models(CHAPTER.format(sentence=sentence)) == ["Relational Partnership Practice"]
