"""Two wordings blind set 315 showed the reader missing (decision 0455).

A model named by "known as" after a comma ("Our approach, known as Open Harbour, …") was never
tried: the words that pick the sentences to search were written without the comma the pattern
itself allows. And a principle paraphrased as expecting much of children ("expect the most of
them") was not recognised as the fifth principle (high aspirations), so seven principles run
into one sentence counted six.

Each case is written for this test in our own words; each negative case is a wording a careless
reader would take for the fact.
"""

import pytest

from tests.families.fact_helpers import fact_value, model_names


def _principles(text: str) -> int | None:
    value = fact_value(text, "corporate_parenting_principles")
    return None if value is None else int(value)


def _chapter(heading: str, paragraph: str) -> str:
    return (
        "# Children's Services Policies, Values and Principles\n\n"
        "## Our values\n\nWe are honest with families and we do what we say we will.\n\n"
        f"## {heading}\n\n{paragraph}\n"
    )


@pytest.mark.parametrize(
    "opening",
    [
        "Our way of working, known as Open Harbour,",
        "The approach, known as Open Harbour,",
    ],
)
def test_a_model_known_as_a_name_after_a_comma_is_named(opening: str) -> None:
    text = _chapter(
        "How we practise",
        f"{opening} asks every worker to understand a family's story before acting on it.",
    )
    assert model_names(text) == ["Open Harbour"]


def test_a_place_known_as_a_name_after_a_comma_names_no_model() -> None:
    text = _chapter(
        "How we practise",
        "Our family centre, known as Brook House, is open to parents every weekday.",
    )
    assert model_names(text) == []


_SEVEN_IN_A_SENTENCE = (
    "As the council we must act in the best interests of each child and guard their health, "
    "invite them to tell us what they think, give real weight to what they say, help them use "
    "the services open to them, {fifth}, keep them safe and settled at home and at school, and "
    "make them ready for adult life."
)


@pytest.mark.parametrize(
    "fifth",
    ["expect the most of them", "expect a great deal for them", "expect a lot of them"],
)
def test_expecting_much_of_children_is_the_aspiration_principle(fifth: str) -> None:
    text = _chapter("Corporate parenting", _SEVEN_IN_A_SENTENCE.format(fifth=fifth))
    assert _principles(text) == 7


def test_expecting_a_report_is_no_principle() -> None:
    text = _chapter(
        "Corporate parenting",
        "As corporate parents we must do what is best for each child and guard their health, "
        "invite them to tell us what they think, give real weight to what they say, help them "
        "use the services open to them, keep them safe and settled at home and at school, and "
        "make them ready for adult life. Councillors expect a report on their progress.",
    )
    assert _principles(text) == 6
