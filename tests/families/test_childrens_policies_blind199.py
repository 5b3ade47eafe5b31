"""Wordings the 199th blind round used that the family did not know (decision 0312): a model
said to be the name of the council's model, and a permanence plan due by the end of the second
month. Each case is written for this test in our own words, with near misses."""

import pytest

from tests.reading import facts_of
from tests.sections.helpers import outline_of

TITLE = "Children's Services Policies, Values and Principles\n\n"
MODEL = TITLE + "How we practise\n\n{sentence}\n"
PERMANENCE = TITLE + "Our principles\n\n{sentence}\n"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Lighthouse is the name of our model of practice.", "Lighthouse"),
        ("Open Doors is the name of our practice model, and every team uses it.", "Open Doors"),
        ("Steady Ground is the name of the council's practice framework.", "Steady Ground"),
    ],
)
def test_a_name_said_to_be_the_name_of_the_model_is_named(sentence: str, name: str) -> None:
    assert facts_of(MODEL.format(sentence=sentence))["named_models"].value == [name]


def test_the_name_of_something_else_is_no_model() -> None:
    sentence = "Harbour House is the name of our family centre in the town."
    assert not facts_of(MODEL.format(sentence=sentence))["named_models"].value


@pytest.mark.parametrize(
    "sentence",
    [
        "Each child has a plan for permanence by the end of the second month in care.",
        "A permanence plan is agreed before the second month after a child comes into care ends.",
    ],
)
def test_the_second_month_is_two_months(sentence: str) -> None:
    assert facts_of(PERMANENCE.format(sentence=sentence))["permanence_plan_months"].value == 2


def test_a_second_review_names_no_months() -> None:
    sentence = "Each child's permanence plan is agreed at the second review."
    assert facts_of(PERMANENCE.format(sentence=sentence))["permanence_plan_months"].value is None


def _kind_of_practice_paragraph(opening: str) -> str:
    text = (
        TITLE
        + "We are honest with children and families, and we keep our promises to them.\n\n"
        + opening
        + " Practitioners build warm relationships with families and plan with them.\n"
    )
    outline = outline_of(text, "plain")
    return next(s.kind for s in outline.sections if "Practitioners build" in s.text)


@pytest.mark.parametrize(
    "opening",
    [
        "The following paragraph is about how we practise.",
        "This part of the chapter sets out how our social workers practise.",
    ],
)
def test_a_paragraph_naming_practice_as_its_subject_is_the_practice_model(opening: str) -> None:
    assert _kind_of_practice_paragraph(opening) == "practice_model"
